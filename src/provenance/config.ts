// Parameters of near-duplicate detection and lineage, kept as data so they can be tuned in one place.

/** Word (or character, for scripts without spaces) n-gram size: the issue defines copies over word 5-grams. */
export const SHINGLE_SIZE = 5;
/** MinHash permutations of the whole-text signature. */
export const NUM_PERM = 128;

/**
 * LSH band layout. Resemblance bands over the whole signature catch near copies (Jaccard ≳ 0.5:
 * P(hit) = 1-(1-J^4)^32 = .87 at .5, .99 at .6). Jaccard is low when one text holds the other plus
 * boilerplate, or is a cut/truncated version of it, so two containment-oriented key families are added:
 *  - lead and tail bands: small signatures over the first and last LEAD_TOKENS tokens; a truncated copy
 *    or one with an appended footer keeps the lead, one with a new intro keeps the tail;
 *  - paragraph keys: the PARAGRAPH_KEYS smallest fingerprints of long paragraphs (consistent sampling,
 *    so a text that holds most of another's paragraphs very likely shares its smallest ones).
 */
export const WHOLE_BANDS = 32;
export const WHOLE_ROWS = 4;
export const EDGE_PERM = 16;
export const EDGE_BANDS = 8;
export const EDGE_ROWS = 2;
export const LEAD_TOKENS = 60;
export const PARAGRAPH_KEYS = 4;
/** Paragraphs shorter than this (tokens) get no fingerprint: datelines, captions, one-line boilerplate. */
export const PARAGRAPH_MIN_TOKENS = 12;
/**
 * Passage keys: a small MinHash per long paragraph, banded, so that a text reusing a single paragraph
 * (with light word edits) inside otherwise different text shares keys with its source, which the
 * whole-text bands miss (text-reuse detection retrieves by passage, not by document). With 6 bands of
 * 2 rows, a paragraph whose 5-gram resemblance is .64 (two edits in fifty words) is retrieved with
 * P = 1-(1-.64^2)^6 = .96. Only the first PASSAGE_MAX_PARAGRAPHS paragraphs get keys (memory of very long texts).
 */
export const PASSAGE_PERM = 12;
export const PASSAGE_BANDS = 6;
export const PASSAGE_ROWS = 2;
export const PASSAGE_MAX_PARAGRAPHS = 64;
/**
 * A passage or exact-paragraph key already stored for this many other texts marks a stock paragraph (an outlet's blurb, a
 * standard disclaimer) that many unrelated articles carry: it retrieves nothing (a document-frequency
 * cut-off as in text-reuse detection), which also bounds the work of such buckets.
 */
export const PASSAGE_COMMON_BUCKET = 16;

/** A copy pair: at least this share of the shorter text's 5-grams stands in the other (issue 3). */
export const COPY_CONTAINMENT = 0.8;
/** "near" rather than "contained": both texts hold at least this share of each other's 5-grams. */
export const NEAR_MUTUAL = 0.8;
/** Partial reuse: the smaller side of the shared 5-grams, relative to the shorter text. */
export const REUSE_MIN_FRACTION = 0.1;
/** Reuse passages shorter than this many tokens are dropped (shared names and stock phrases). */
export const PASSAGE_MIN_TOKENS = 10;
/** Seed-and-extend: seeds on the same diagonal within this many tokens merge across light edits. */
export const PASSAGE_MAX_GAP = 12;
/** Diagonals within this many tokens count as the same alignment (a word inserted or dropped). */
export const PASSAGE_DIAGONAL_SLACK = 3;
/**
 * Work caps for giant buckets (thousands of near-but-not-exact copies of one text): per key, only the
 * most recent BUCKET_CANDIDATES ids are read, and per article at most MAX_VERIFIED candidates, those
 * sharing the most keys, are verified on text. Exact copies never reach this (they join their group).
 */
export const BUCKET_CANDIDATES = 64;
export const MAX_VERIFIED = 48;
/** Candidate pre-filter from signatures: skip verification when the estimated containment is below. */
export const PREFILTER_MIN_CONTAINMENT = 0.08;

/** Diff: paragraphs whose word-set Dice similarity reaches this are the same paragraph, changed. */
export const DIFF_MATCH_DICE = 0.5;
/** Lineage: a direction is claimed only when the evidence score reaches this margin. */
export const DIRECTION_MARGIN = 1;
/** Lineage: how far a chain of copies (a copy of a copy ...) is followed to its root. */
export const MAX_CHAIN = 4;
/** Lineage: candidate originals whose resemblance to the copy differs by less than this are equally near. */
export const NEAREST_TOLERANCE = 0.01;

/** Word edits: substitutions are replaced runs of at most this many words on each side. */
export const EDIT_MAX_WORDS = 3;
/** Word edits: the token diff gives up beyond this many edited tokens (not a light edit). */
export const EDIT_MAX_DIFF = 800;
/** Word edits: one side's words are "clearly rarer" when their mean log10 frequency is this much lower. */
export const EDIT_MIN_LOG_RATIO = 0.5;

/**
 * An article's `reuse` list keeps its MAX_REUSE_REFS best references (largest shared fraction, then
 * id), and its near/contained `duplicates` its MAX_DUPLICATE_REFS best (exact duplicates are all kept:
 * they cost no text reading). A text with thousands of reusing or near-copied articles would otherwise
 * carry, and rewrite on every batch, a list (with passages) that grows with the corpus: quadratic
 * output in all. The best references are the ones a reader follows; the rest stay reachable from the
 * other side (each reusing article lists its own best sources).
 */
export const MAX_REUSE_REFS = 25;
export const MAX_DUPLICATE_REFS = 25;
