// Settings of the watcher, kept as data so they are easy to find and tune.

export const DEFAULT_INTERVAL_SECONDS = 900;

/** Feed item keys (guid or link) remembered per source; at least every key of the current feed is kept. */
export const DEFAULT_MAX_SEEN = 2000;

/**
 * A feed item whose text (markup stripped) is shorter than this is taken for a summary, and its
 * linked page is fetched for the full article. Full-content feeds (content:encoded) run to
 * thousands of characters; descriptions are a sentence or three.
 */
export const DEFAULT_SUMMARY_MAX_CHARS = 700;

/** New feed items handled per poll; the rest stay unseen and come next poll (bounds the first poll of a big feed). */
export const DEFAULT_MAX_NEW_ITEMS_PER_POLL = 50;

/** Sources polled at the same time (requests to one host still go one at a time). */
export const DEFAULT_SOURCE_CONCURRENCY = 4;
