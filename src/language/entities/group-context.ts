// What the corpus knows about one name (all its local entities): role heads, stated countries and
// co-occurring entities; and the rule deciding whether two names' contexts agree enough to merge.
import { SPELLING_MERGE, UBIQUITOUS_CONTEXT } from './lexicon.js';
import { parseRole } from './role-phrase.js';
import type { LocalEntityRow } from './store-state.js';

/** Counts over the rows of one name, kept up to date as rows come and go (no rescans). */
export interface NameContext {
  heads: Map<string, number>;
  countries: Map<string, number>;
  related: Map<string, number>;
}

export function emptyContext(): NameContext {
  return { heads: new Map(), countries: new Map(), related: new Map() };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/** Adds (sign 1) or removes (sign -1) one row's roles and co-occurring entities. */
export function updateContext(ctx: NameContext, row: Pick<LocalEntityRow, 'roles' | 'related'>, sign: 1 | -1): void {
  for (const r of row.roles) {
    const info = parseRole(r);
    if (!info) continue;
    bump(ctx.heads, info.head, sign);
    if (info.country) bump(ctx.countries, info.country, sign);
  }
  for (const k of row.related) if (!UBIQUITOUS_CONTEXT.has(k)) bump(ctx.related, k, sign);
}

function shares(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const x of a.keys()) if (b.has(x)) n++;
  return n;
}

/**
 * Whether two names' contexts agree: no conflicting country or role, and enough evidence — a shared
 * role head counts 2, a shared country 1, each shared co-occurring entity 1 (capped). `ignore`
 * holds keys not to count (the two names themselves and their surname kin).
 */
export function contextsAgree(a: NameContext, b: NameContext, ignore: ReadonlySet<string>, minEvidence: number = SPELLING_MERGE.minEvidence): boolean {
  const sharedCountries = shares(a.countries, b.countries);
  if (a.countries.size && b.countries.size && sharedCountries === 0) return false;
  const sharedHeads = shares(a.heads, b.heads);
  if (a.heads.size && b.heads.size && sharedHeads === 0) return false;
  let related = 0;
  for (const k of a.related.keys()) if (b.related.has(k) && !ignore.has(k)) related++;
  const evidence = (sharedHeads ? 2 : 0) + (sharedCountries ? 1 : 0) + Math.min(related, SPELLING_MERGE.sharedRelatedCap);
  return evidence >= minEvidence;
}
