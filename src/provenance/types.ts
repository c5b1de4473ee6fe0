// Types of the provenance stage: the per-article summary, the links between articles, and the
// storage contract (ProvenanceIndex) that the corpus step needs; memory-index.ts implements it for
// tests and the bench, the store implements it on SQLite.
import type { EditDiff, Flag, Original, Outlet } from './model-types.js';

/** The fields of an extracted article that provenance reads (a subset of ExtractedArticle). */
export interface ProvenanceInput {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  outlet: Outlet | null;
  dateline: string | null;
  /** Credit-based original from extraction ({ outlet, published, evidence, article_id: null }), if any. */
  original: Original | null;
  flags?: Flag[];
}

/** Compact per-article summary, computed in worker threads; everything the candidate search needs. */
export interface ArticleSummary {
  id: string;
  /** Hash (hex) of the normalised token sequence: equal for exact duplicates. '' for an empty text. */
  textHash: string;
  tokenCount: number;
  /** Words in paragraphs left out as boilerplate (credits, share prompts): copies add them. */
  boilerplateTokens: number;
  /** Distinct shingle count. */
  shingleCount: number;
  /** MinHash over all shingles (NUM_PERM slots); may be dropped by an index that does not keep it. */
  signature: Uint32Array | null;
  /** LSH keys (integers below 2^53, exact in a double and a 64-bit INTEGER): whole-text bands, lead and
   * tail bands, paragraph fingerprints, then per-paragraph passage bands (in [2^52, 2^53)). Only an
   * added article's keys are read: a summary read back from an index may have none (store/summary-codec.ts). */
  keys: Float64Array;
  /** Fingerprints of long paragraphs, in text order. */
  paragraphs: Uint32Array;
  /** Quality flags from the text analysis of this stage (garbled), with their evidence. */
  quality: Flag[];
  /** Credit line or agency dateline found in the text (credits.ts), read on worker threads so that
   * lineage does not re-read the text; absent when the summary was made without the dateline. */
  credit?: Original | null;
}

/** How the extra text of one side of a copy pair looks: more body, or more boilerplate. */
export interface ExtraText {
  /** Tokens of this side's paragraphs that are not covered by the other text. */
  bodyTokens: number;
  boilerplateTokens: number;
  /** The text ends mid-sentence or with an ellipsis. */
  truncated: boolean;
  /** Word substitutions in which this side's words are clearly rarer (a rewriter's synonyms); absent in old links. */
  rarerWords?: number;
}

/** A passage shared by two texts, in token indices of each (offsets come from each article's own tokens). */
export interface TokenPassage {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** A verified relation between two exact-duplicate groups, stored by their representatives (a < b). */
export interface CopyLink {
  a: string;
  b: string;
  kind: 'near' | 'contained' | 'reuse';
  /** Share of a's distinct shingles found in b, and of b's in a. */
  aInB: number;
  bInA: number;
  jaccard: number;
  extraA: ExtraText;
  extraB: ExtraText;
  /** Only for kind 'reuse': the aligned passages. */
  passages: TokenPassage[];
}

/** Where an article came from, decided over its copy group. */
export interface LineageRecord {
  id: string;
  /** The root of the copy chain (or the credit alone). */
  original: Original | null;
  diff: EditDiff | null;
  /** The direct source: the copy it was made from when that is itself a copy (absent in old records). */
  parent?: string | null;
}

/** Storage contract of the provenance corpus step. All lookups are by key: no scans, no all-pairs. */
export interface ProvenanceIndex {
  /** Stores the article and its summary (texts are read back only for verification and diffs). */
  putArticle(article: ProvenanceInput, summary: ArticleSummary): void;
  getArticle(id: string): ProvenanceInput | undefined;
  getSummary(id: string): ArticleSummary | undefined;
  /** Exact-duplicate groups by text hash; the first member stored is the representative. */
  groupOf(textHash: string): string[];
  addToGroup(textHash: string, id: string): void;
  /** Ids stored under any of the keys (representatives only; may repeat). An index may bound the ids
   * read per key to the most recent BUCKET_CANDIDATES (config.ts), so that a giant bucket costs a bounded walk. */
  lookup(keys: Float64Array): string[];
  /** Optional: lookup() of each key on its own, in key order (an index that reads many keys at once
   * faster than one by one provides it; the candidate search needs per-key results for passage keys). */
  lookupEach?(keys: Float64Array): readonly (readonly string[])[];
  addKeys(id: string, keys: Float64Array): void;
  /** Optional hint: these articles' inputs or summaries are read next (an index that reads many rows
   * at once faster than one by one reads them now). */
  readAhead?(category: 'articles' | 'summaries', ids: readonly string[]): void;
  /** Links between representatives. */
  linksOf(id: string): CopyLink[];
  putLink(link: CopyLink): void;
  getLineage(id: string): LineageRecord | undefined;
  putLineage(record: LineageRecord): void;
  /** Ids whose lineage names `id` as their in-corpus original. */
  copiesOf(id: string): string[];
}

/** What one addArticles call changed. */
export interface ProvenanceUpdate {
  added: string[];
  /** Articles whose own provenance fields (provenance-of.ts) may have changed, new ones included; their lists change with any link. */
  affected: string[];
  stats: { candidates: number; verified: number; links: number; exactDuplicates: number };
}
