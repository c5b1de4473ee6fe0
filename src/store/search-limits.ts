// How much work one search may do, whatever the store's size (issue 7: bounded search latency).

/**
 * A search considers at most this many matching articles, the most recently stored first (highest
 * rowid / insertion order): it ranks them (BM25) and counts them. With more matches the result says
 * `total_capped` and `total` is this number ("10,000+"). The cost of ranking is linear in what is
 * ranked, so this bounds it; a query this common is refined with more words or filters anyway.
 */
export const SEARCH_WINDOW = 5_000;

/** BM25 column weights (title, text): a word in the title counts five times one in the body. */
export const SEARCH_WEIGHTS = { title: 5.0, text: 1.0 } as const;

/** Snippets are made from this much of the start of an article's text (a hit further in still counts). */
export const SNIPPET_SCANNED_CHARS = 100_000;
