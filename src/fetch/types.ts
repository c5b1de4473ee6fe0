// The HTTP client's options and results. Errors are values, never exceptions.
import type { Clock } from './clock.js';
import type { FetchContext } from './fetch-context.js';

/** Validators from an earlier response, sent back as If-None-Match / If-Modified-Since. */
export interface CacheValidators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchOptions {
  /** Per attempt, headers and body (default 30 s). */
  timeoutMs?: number;
  /** Body size cap after content decoding (default 20 MiB). */
  maxBytes?: number;
  /** Default 5; only http: and https: targets are followed. */
  maxRedirects?: number;
  /** Attempts per request including the first (default 4). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Longer Retry-After values fail the request rather than wait (default 5 min). */
  maxRetryAfterMs?: number;
  /** Conditional request: a 304 answer becomes `{ status: 'not-modified' }`. */
  validators?: CacheValidators;
  userAgent?: string;
  /** Check robots.txt before each request (default true). */
  robots?: boolean;
  /** Stops waiting and any request in flight; the result is an error of kind 'aborted'. */
  signal?: AbortSignal;
  /** Shared robots cache, host rate limiter and clock (default: one per process). */
  context?: FetchContext;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
}

export type FetchErrorKind =
  | 'invalid-url' | 'robots' | 'timeout' | 'too-large' | 'http' | 'dns' | 'network' | 'redirect' | 'aborted';

export interface FetchOk {
  status: 'ok';
  /** The URL asked for. */
  url: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
  httpStatus: number;
  contentType: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** HTTP requests made for this result (retries and redirects included, robots.txt not). */
  attempts: number;
}

export interface FetchNotModified {
  status: 'not-modified';
  url: string;
  finalUrl: string;
  etag: string | null;
  lastModified: string | null;
  attempts: number;
}

export interface FetchError {
  status: 'error';
  url: string;
  kind: FetchErrorKind;
  /** One sentence naming the URL and the problem, e.g. "https://…/a: HTTP 404 Not Found". */
  message: string;
  /** The problem without the URL. */
  problem: string;
  httpStatus?: number;
  attempts: number;
}

export type FetchResult = FetchOk | FetchNotModified | FetchError;

export type { Clock };
