// Per-story names of what the story worlds leave as in the demo (the alliance, outlets and agencies,
// a firm, a street, the brigade) and weekday names moved with the story's dates: a story whose dates
// move by a number of days that is not whole weeks renames "Monday" by the same offset, so weekday
// words stay true. Every event of a story renames alike, so the story's events stay linked.
import { ALLIANCE_FIRST, ALLIANCE_REST, FIXED_ACRONYMS, FIXED_NAMES, UNIT_KINDS, WEEKDAYS } from './story-name-pools.js';
import { createRandom, mixSeed, type Random } from './seeded-random.js';
import { escapeRegExp } from './rewrite-text.js';

const ALLIANCE = ['Northern Defence Alliance', 'NORDA', 'Norda'];
const BRIGADE = '\\d+(?:st|nd|rd|th) Motor Rifle Brigade';
const NAMES = [...ALLIANCE, ...Object.keys(FIXED_NAMES), ...Object.keys(FIXED_ACRONYMS), ...WEEKDAYS].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`\\b(?:${BRIGADE}|${NAMES.map(escapeRegExp).join('|')})\\b`, 'g');

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

export interface StoryNames {
  /** Demo name -> the story's name. */
  names: Map<string, string>;
}

function allianceNames(rng: Random, names: Map<string, string>): void {
  const first = rng.pick(ALLIANCE_FIRST);
  const rest = rng.pick(ALLIANCE_REST);
  const upper = (first.slice(0, 3) + rest.split(' ').map((w) => w[0]).join('')).toUpperCase();
  names.set('Northern Defence Alliance', `${first} ${rest}`).set('NORDA', upper).set('Norda', upper[0] + upper.slice(1).toLowerCase());
}

/** The names of story number `story` of a corpus seeded `seed`; `weekdayShift` days (0-6) move weekday names. */
export function storyNames(seed: number, story: number, weekdayShift: number): StoryNames {
  const rng = createRandom(mixSeed(seed, 4, story));
  const names = new Map<string, string>();
  allianceNames(rng, names);
  for (const [name, pool] of Object.entries({ ...FIXED_NAMES, ...FIXED_ACRONYMS })) names.set(name, rng.pick(pool));
  names.set('brigade', `${ordinal(rng.int(2, 160))} ${rng.pick(UNIT_KINDS)}`);
  WEEKDAYS.forEach((d, i) => names.set(d, WEEKDAYS[(i + weekdayShift) % 7]));
  return { names };
}

export function renameStoryNames(text: string, s: StoryNames): string {
  return text.replace(PATTERN, (m) => (m.endsWith('Brigade') ? s.names.get('brigade')! : s.names.get(m) ?? m));
}
