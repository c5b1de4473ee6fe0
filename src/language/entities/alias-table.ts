// data/aliases.json and data/gazetteers/capitals.json as lookups on normalised names: the canonical
// name of a surface form, and the country a capital, seat of government or demonym stands for.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import { normaliseName } from './normalise.js';

export interface Canonical {
  name: string;
  type: string;
}

export interface AliasTable {
  /** The table's entry for a surface form, when it has one. */
  canonical(surface: string): Canonical | null;
  /** The country whose capital or seat of government `surface` is ("Beijing" → "China"). */
  governmentOf(surface: string): string | null;
  /** Whether `surface` is a seat of government ("the Kremlin"), always the government unless locative. */
  isSeat(surface: string): boolean;
  /** The country a demonym or country name in a role states ("Chinese" → "China", "US" → "United States"). */
  countryOf(word: string): string | null;
}

interface AliasFile { entries: { name: string; type: string; aliases: string[] }[] }
interface CapitalFile { entries: { country: string; capitals: string[]; seats?: string[]; demonyms?: string[] }[] }

function build(): AliasTable {
  const aliases = JSON.parse(readFileSync(dataPath('aliases.json'), 'utf8')) as AliasFile;
  const capitals = JSON.parse(readFileSync(dataPath('gazetteers', 'capitals.json'), 'utf8')) as CapitalFile;
  const canon = new Map<string, Canonical>();
  for (const e of aliases.entries) for (const s of [e.name, ...e.aliases]) canon.set(normaliseName(s), { name: e.name, type: e.type });
  const government = new Map<string, string>();
  const seats = new Set<string>();
  const countries = new Map<string, string>();
  for (const e of capitals.entries) {
    for (const c of e.capitals) government.set(normaliseName(c), e.country);
    for (const s of e.seats ?? []) {
      government.set(normaliseName(s), e.country);
      seats.add(normaliseName(s));
    }
    for (const d of e.demonyms ?? []) countries.set(normaliseName(d), e.country);
    countries.set(normaliseName(e.country), e.country);
  }
  // Country aliases ("US", "Britain") state a country too.
  for (const [key, c] of canon) if (c.type === 'GPE' && countries.has(normaliseName(c.name))) countries.set(key, c.name);
  return {
    canonical: (s) => canon.get(normaliseName(s)) ?? null,
    governmentOf: (s) => government.get(normaliseName(s)) ?? null,
    isSeat: (s) => seats.has(normaliseName(s)),
    countryOf: (w) => countries.get(normaliseName(w)) ?? null,
  };
}

let cached: AliasTable | null = null;

/** The shared alias table (read on first use). */
export function aliasTable(): AliasTable {
  return (cached ??= build());
}
