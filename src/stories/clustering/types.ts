// Shared shapes of the clustering stage: the per-article input summary, its representation and
// the parameters of one grouping level (events or stories).

/** What the per-article stages hand to clustering (compact, no full corpus in memory). */
export interface ArticleSummary {
  id: string;
  title: string | null;
  text: string;
  /** ISO date or date-time of publication, when known. */
  published: string | null;
  outlet: string | null;
  /**
   * Named entities; `key` is opaque (a linker id or a normalised surface form). `local`: the
   * article-local key `key` was resolved from, when cross-article linking may later resolve it
   * differently (see StoryClusterer.relink).
   */
  entities: EntityMention[];
  /** TIMEX3 values the text states (e.g. 2022-01-27, 2022-W05, XXXX-03-07). */
  dates?: { value: string }[];
}

export interface EntityMention { key: string; name: string; type: string; local?: string }

/** Sparse vector as parallel sorted arrays (keys ascending) — compact to store and to merge. */
export interface SparseVector {
  keys: string[];
  values: number[];
}

/** A vector by key ids (of the clusterer's key table) with its values, in key order. */
export interface IdVector { ids: number[]; values: number[] }

/** Pure per-article representation: raw counts, no corpus statistics yet. */
export interface ArticleRep {
  id: string;
  /** Term counts of the body plus boosted title terms. */
  terms: SparseVector;
  /** Entity key counts. */
  entities: SparseVector;
  /** Display names per entity key (most frequent surface form). */
  names: Record<string, string>;
  /** Publication day (days since 1970-01-01), or null. */
  day: number | null;
  /** Days the text states in full (with a year), sorted, deduplicated; includes the publication day. */
  eventDays: number[];
  /** The year the article speaks from: publication year, else the latest year the text states. */
  year: number | null;
  /** Month-days stated or published (month × 100 + day), sorted: reports of one happening share them. */
  monthDays: number[];
  /** Number of body tokens (tells short snippets from full articles). */
  length: number;
  /** The entity mentions `entities` and `names` were counted from, kept when some have a `local` key (for relinking). */
  mentions?: EntityMention[];
}

/** Parameters of one level: how a pair is scored and which scores link. */
export interface LevelParams {
  /** Weight of the entity cosine against the term cosine (0 = terms only). */
  entityWeight: number;
  /** Two units link in the candidate graph when their score reaches this. */
  linkThreshold: number;
  /** Average-link merging inside a component stops below this average score. */
  mergeThreshold: number;
  /** Dates further apart than this many days count as different happenings (null = no date check). */
  dateGapDays: number | null;
  /** Subtracted from the score when both units have dates and they are further apart than dateGapDays. */
  datePenalty: number;
  /** Subtracted when the units' years differ by `yearGap` or more. */
  yearPenalty: number;
  yearGap: number;
  /** Added when the units state a common month-day ("27 January"). */
  sameDayBonus: number;
}

/** The shipped model (data/models/clustering.json). */
export interface ClusteringModel {
  /** Below this many body tokens an article counts as a short text (headline/snippet). */
  shortTextTokens: number;
  event: { full: LevelParams; short: LevelParams };
  story: LevelParams;
  /** Retrieval: keys indexed per unit, posting cap, minimum partial score to score a pair. */
  retrieval: { termKeys: number; entityKeys: number; postingCap: number; minPartial: number };
  /** Retrieval at the story level (default: `retrieval` with 24 term and 24 entity keys). */
  storyRetrieval?: { termKeys: number; entityKeys: number; postingCap: number; minPartial: number };
  titleBoost: number;
  /** Widest span of publication days one event may hold (null or absent = unbounded). */
  eventSpanDays?: number | null;
  /** Without a title, extra weight of the lead sentence's terms (0 or absent = off). */
  leadBoost?: number;
  /** Boost the lead sentence even when the article has a title. */
  leadAlways?: boolean;
  /** Numbers (two digits or more) count as terms. */
  numberTerms?: boolean;
  /** How much one entity mention counts per type (absent types count 1). */
  entityTypeWeights?: Record<string, number>;
  learned?: Record<string, unknown>;
}
