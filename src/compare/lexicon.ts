// The compare stage's word lists, loaded once from data/lexicons/framing/*.json (documented there).
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';

function read<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath('lexicons', 'framing', `${name}.json`), 'utf8')) as T;
}

interface EventNouns { nouns: Record<string, string>; weak: string[]; attachPriority: string[]; modifiers: string[]; stopBefore: string[]; maxPremodifiers: number; maxAttachWords: number }
interface Government { nouns: string[]; modifiers: string[]; locative: string[]; actorVerbs: string[]; maxModifiers: number }
interface Stance { pro: string[]; con: string[]; negation: string[]; notNegation: string[]; chainGap: number; negationWindow: number }
interface Numbers {
  words: Record<string, number>; scales: Record<string, number>;
  bounds: { min: string[]; max: string[]; approx: string[] };
  percentUnits: string[]; nonUnits: string[]; sameTolerance: number; approxTolerance: number;
}
interface Loaded { negative: string[]; positive: string[]; intensifier: string[] }
interface AttributionVerbs { verbs: Record<string, { class: string; forms: string[] }> }
interface CapitalEntry { country: string; capitals?: string[]; seats?: string[]; demonyms?: string[] }

export interface CompareLexicon {
  stopwords: ReadonlySet<string>;
  /** Synonym groups as written (folded after stemming in terms.ts). */
  synonymGroups: string[][];
  stance: Stance;
  numbers: Numbers;
  eventNouns: EventNouns;
  government: Government;
  hedges: string[];
  loaded: Loaded;
  attribution: AttributionVerbs['verbs'];
  /** Capital or seat of government → country, from the shared gazetteer (empty when it is absent). */
  capitalOf: ReadonlyMap<string, string>;
  /** Demonym → country ("Chinese" → China). */
  demonymOf: ReadonlyMap<string, string>;
  countries: ReadonlySet<string>;
}

function capitals(): { capitalOf: Map<string, string>; demonymOf: Map<string, string>; countries: Set<string> } {
  const capitalOf = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const countries = new Set<string>();
  const file = dataPath('gazetteers', 'capitals.json');
  if (!existsSync(file)) return { capitalOf, demonymOf, countries };
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: CapitalEntry[] };
  for (const e of data.entries) {
    countries.add(e.country);
    for (const name of [...(e.capitals ?? []), ...(e.seats ?? [])]) capitalOf.set(name, e.country);
    for (const name of e.demonyms ?? []) demonymOf.set(name, e.country);
  }
  return { capitalOf, demonymOf, countries };
}

let cached: CompareLexicon | null = null;

export function compareLexicon(): CompareLexicon {
  if (cached) return cached;
  const { capitalOf, demonymOf, countries } = capitals();
  cached = {
    stopwords: new Set(read<{ words: string[] }>('stopwords').words),
    synonymGroups: read<{ groups: string[][] }>('synonyms').groups,
    stance: read<Stance>('stance'),
    numbers: read<Numbers>('numbers'),
    eventNouns: read<EventNouns>('event-nouns'),
    government: read<Government>('government'),
    hedges: read<{ hedges: string[] }>('hedges').hedges,
    loaded: read<Loaded>('loaded'),
    attribution: read<AttributionVerbs>('attribution-verbs').verbs,
    capitalOf,
    demonymOf,
    countries,
  };
  return cached;
}
