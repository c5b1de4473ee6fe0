// Fetching URLs politely: robots.txt, per-host rate limit, timeout, size cap, redirects, retries.
export { fetchResource } from './fetch-resource.js';
export { readUrl, readFetched, isUrlArgument, type ReadUrlOptions } from './read-url.js';
export { readInputsAndUrls } from './read-sources.js';
export { createFetchContext, defaultFetchContext, type FetchContext, type FetchContextOptions } from './fetch-context.js';
export { systemClock, type Clock } from './clock.js';
export type { CacheValidators, FetchError, FetchErrorKind, FetchNotModified, FetchOk, FetchOptions, FetchResult } from './types.js';
