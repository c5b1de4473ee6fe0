// Tuned numbers of the compare stage, kept in one place. ALIGN was set by hand from the seed story's
// true and false pairs and checked on the generated edit test (eval/compare.ts, compare/generated:
// reworded claims must align, added ones must not); RELATED is the looser bar a pair must pass to be
// checked for conflicts. Not yet tuned on gold alignments (none in ../shared).
export const THRESHOLDS = {
  /** Weighted cosine at or above which two claims of different articles state the same thing. */
  align: 0.4,
  /** … and they share at least this many content terms: two short claims meeting on one word ("want") are not one claim. */
  alignMinShared: 2,
  /**
   * Paraphrase tiers: independently written reports of one fact (no copy) score below `align` but
   * share many content words; a pair at or above a tier's cosine aligns when it shares at least the
   * tier's number of distinct content terms (entity keys not counted, so one name is not two); the
   * lower the cosine, the more shared terms it takes. Set by reading BASIL dev triplets' pairs below
   * `align`; checked on compare/generated (precision) and on cross-event BASIL article pairs
   * (eval/compare/basil.ts, cross_event_shared_per_pair).
   */
  paraphrase: [
    { cosine: 0.28, shared: 4 },
    { cosine: 0.22, shared: 6 },
  ],
  /** Looser similarity for contradiction and number checks between claims that are not aligned. */
  related: 0.22,
  /** Aligned claims contradict by negation only when at least this similar (paraphrases often add a "not"). */
  negationFlip: 0.5,
  /** Rarest terms of a claim probed in the term index for candidates. */
  probeTerms: 8,
  /** Posting lists longer than this are truncated (a term in most claims says little). */
  maxPosting: 256,
  /** Best candidates kept per claim (by shared term weight) before scoring. */
  maxCandidates: 60,
  /** An article omits a claim when at least this share of the other articles report it (and at least 2). */
  omissionShare: 0.5,
  /** Quote renderings of one speaker are variants when this share of the shorter one's terms is in the other. */
  quoteContainment: 0.45,
  /** … and they share at least this many content terms. */
  quoteMinShared: 2,
} as const;
