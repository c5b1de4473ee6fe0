// What the provenance step reads from and writes to a store: rows of its index, by key. The step
// runs the (synchronous) algorithm on an in-memory overlay filled with these rows, so the algorithm
// works unchanged over any store, local or remote (see provenance-overlay.ts).
import type { ArticleSummary, CopyLink, LineageRecord, ProvenanceInput } from '../provenance/types.js';

/** Ids, hashes and keys whose index rows to read. */
export interface ProvenanceFetch {
  /** Provenance inputs (title, text, outlet, …) of these articles. */
  articles: string[];
  summaries: string[];
  /** Exact-duplicate groups by text hash. */
  groups: string[];
  /** LSH keys (52-bit integers). */
  keys: number[];
  /** Links with these ids on either side. */
  links: string[];
  lineage: string[];
  /** Ids whose copies (lineage naming them as original) to read. */
  copies: string[];
}

export interface ProvenanceRows {
  articles: ProvenanceInput[];
  summaries: ArticleSummary[];
  /** Members in insertion order (the first is the representative); absent hashes are left out. */
  groups: { hash: string; ids: string[] }[];
  keys: { key: number; ids: string[] }[];
  links: CopyLink[];
  lineage: LineageRecord[];
  copies: { id: string; ids: string[] }[];
}

/** What one provenance step changed, to be written in one transaction. */
export interface ProvenanceChanges {
  summaries: ArticleSummary[];
  /** Group additions in the order they were made (the order decides representatives). */
  groupAdds: { hash: string; id: string }[];
  keys: { id: string; keys: number[] }[];
  links: CopyLink[];
  lineage: LineageRecord[];
}

export function emptyFetch(): ProvenanceFetch {
  return { articles: [], summaries: [], groups: [], keys: [], links: [], lineage: [], copies: [] };
}

export function isEmptyFetch(f: ProvenanceFetch): boolean {
  return Object.values(f).every((list: unknown[]) => list.length === 0);
}
