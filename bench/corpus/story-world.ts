// A "world" is one consistent set of fictional names that replaces the demo names in every
// article of a generated story, so its events stay linked by the same people and places.
import {
  DEMO_FEMALE, DEMO_FIRST_NAMES, DEMO_MISSPELLINGS, DEMO_PLACES, DEMO_SURNAMES, DEMO_THINGS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PLACE_ENDINGS, PLACE_STEMS,
  SURNAME_ENDS, SURNAME_STARTS,
} from './corpus-pools.js';
import type { Random } from './seeded-random.js';

export interface StoryWorld {
  /** Demo token -> replacement (title case; upper-case demo tokens get upper-cased replacements). */
  names: Map<string, string>;
}

function distinct(rng: Random, make: () => string, used: Set<string>): string {
  for (let tries = 0; tries < 50; tries++) {
    const v = make();
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
  const v = make() + used.size; // pools exhausted: a suffix keeps names distinct
  used.add(v);
  return v;
}

function misspell(name: string): string {
  const i = name.search(/[aeiou](?=[^aeiou]*$)/); // change the last vowel
  return i < 0 ? name + 'e' : name.slice(0, i) + (name[i] === 'e' ? 'a' : 'e') + name.slice(i + 1);
}

function placeNames(rng: Random, used: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const stems = new Map<string, { stem: string; capital: string }>();
  for (const { token, slot, form } of DEMO_PLACES) {
    let s = stems.get(slot);
    if (!s) {
      const stem = distinct(rng, () => rng.pick(PLACE_STEMS), used);
      s = { stem, capital: distinct(rng, () => rng.pick(PLACE_STEMS) + rng.pick(PLACE_ENDINGS.capital), used) };
      stems.set(slot, s);
    }
    const country = s.stem + PLACE_ENDINGS.country[s.stem.length % PLACE_ENDINGS.country.length];
    const name = s.stem + PLACE_ENDINGS.name[s.stem.length % PLACE_ENDINGS.name.length];
    const byForm: Record<typeof form, string> = {
      country,
      demonym: (slot === 'rival' ? name + 'i' : country.endsWith('ia') ? country.slice(0, -1) : s.stem + 'i') + 'an' + (token.endsWith('s') ? 's' : ''),
      name: slot === 'region' ? s.stem : name,
      capital: s.capital,
      land: s.stem + (slot === 'region' ? 'ia' : PLACE_ENDINGS.land[s.stem.length % PLACE_ENDINGS.land.length]),
      town: s.stem + PLACE_ENDINGS.town[s.stem.length % PLACE_ENDINGS.town.length],
    };
    out.set(token, byForm[form]);
  }
  return out;
}

export function createWorld(rng: Random): StoryWorld {
  const used = new Set<string>();
  const names = placeNames(rng, used);
  const usedFirst = new Set<string>();
  for (const first of DEMO_FIRST_NAMES) {
    const pool = DEMO_FEMALE.has(first) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
    names.set(first, distinct(rng, () => rng.pick(pool), usedFirst));
  }
  for (const last of DEMO_SURNAMES) names.set(last, distinct(rng, () => rng.pick(SURNAME_STARTS) + rng.pick(SURNAME_ENDS), used));
  for (const [wrong, right] of Object.entries(DEMO_MISSPELLINGS)) names.set(wrong, misspell(names.get(right)!));
  for (const [token, pool] of Object.entries(DEMO_THINGS)) names.set(token, rng.pick(pool));
  return { names };
}

/** Every demo token the worlds replace, for one compiled regex. */
export const DEMO_TOKENS: readonly string[] = [
  ...DEMO_PLACES.map((p) => p.token), ...DEMO_FIRST_NAMES, ...DEMO_SURNAMES, ...Object.keys(DEMO_MISSPELLINGS), ...Object.keys(DEMO_THINGS),
];
