// Limits and politeness settings of the HTTP client, kept as data so they are easy to find and tune.

export const USER_AGENT = 'Parallax/0.1 (+news analysis)';

/** What the client asks for: pages and feeds first, anything else accepted. */
export const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5';

/** One attempt (headers and body) must finish within this. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Bodies (after content decoding) are cut off past this many bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const DEFAULT_MAX_REDIRECTS = 5;

/** Attempts per request, the first included, on network errors, timeouts, 429 and 5xx. */
export const DEFAULT_MAX_ATTEMPTS = 4;

/** Back-off before retry n: base × 2^(n−1), capped, with jitter over its upper half. */
export const DEFAULT_BACKOFF_BASE_MS = 1_000;
export const DEFAULT_BACKOFF_MAX_MS = 60_000;

/** A Retry-After longer than this is not waited for: the request fails instead. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Minimum time between the starts of two requests to one host. */
export const DEFAULT_MIN_HOST_INTERVAL_MS = 1_000;

/** A robots.txt Crawl-delay is honoured up to this. */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** RFC 9309: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60_000;

/** A robots.txt that could not be fetched (5xx, network) blocks the host for this long before it is tried again. */
export const ROBOTS_ERROR_TTL_MS = 10 * 60_000;

/** RFC 9309 asks parsers to read at least 500 KiB of robots.txt. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** Hosts remembered by the robots cache and the rate limiter before the oldest are forgotten. */
export const MAX_REMEMBERED_HOSTS = 10_000;

/** Statuses worth retrying besides network errors. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);
