// The polite HTTP client: robots.txt and the per-host rate limit before every request, redirects
// followed hop by hop (http/https only, bounded), retries with back-off on transient failures, and
// every failure returned as a value naming the URL and the problem.
import type { Exchange } from './request-once.js';
import { formatMs, requestOnce } from './request-once.js';
import {
  ACCEPT, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_MAX_MS, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_RETRY_AFTER_MS, DEFAULT_TIMEOUT_MS, RETRY_STATUSES, ROBOTS_MAX_BYTES, USER_AGENT,
} from './defaults.js';
import { defaultFetchContext, type FetchContext } from './fetch-context.js';
import { backoffDelay } from './retry-policy.js';
import type { FetchError, FetchErrorKind, FetchOptions, FetchResult } from './types.js';

const HTTP_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

interface Settings {
  options: FetchOptions;
  ctx: FetchContext;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  truncate: boolean;
  maxRedirects: number;
  maxAttempts: number;
  robots: boolean;
}

function settingsOf(options: FetchOptions, truncate = false): Settings {
  return {
    options,
    ctx: options.context ?? defaultFetchContext(),
    userAgent: options.userAgent ?? USER_AGENT,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    truncate,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    robots: options.robots ?? true,
  };
}

/** Fetches one URL politely. Never throws: failures come back as `{ status: 'error' }`. */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  return run(url, settingsOf(options));
}

async function run(url: string, s: Settings): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return failure(url, null, 'invalid-url', 'not a valid URL', 0);
  }
  if (!HTTP_PROTOCOLS.has(current.protocol)) {
    return failure(url, null, 'invalid-url', `only http: and https: URLs are fetched, not ${current.protocol}`, 0);
  }
  let attempts = 0;
  for (let redirects = 0; ; redirects++) {
    const at = current.href === url ? null : current.href;
    if (s.robots) {
      const verdict = await s.ctx.robots.check(current, s.userAgent, (robotsUrl) => fetchRobots(robotsUrl, s));
      if (!verdict.allowed) return failure(url, at, verdict.kind, verdict.problem, attempts);
      if (verdict.crawlDelayMs) s.ctx.limiter.setInterval(current.host, verdict.crawlDelayMs);
    }
    const { exchange, tries, note } = await withRetries(current, s);
    attempts += tries;
    if (exchange.kind !== 'redirect') return settle(url, at, current, exchange, note, attempts, s);
    if (redirects >= s.maxRedirects) return failure(url, at, 'redirect', `too many redirects (more than ${s.maxRedirects})`, attempts);
    let next: URL;
    try {
      next = new URL(exchange.location, current);
    } catch {
      return failure(url, at, 'redirect', `redirect to an invalid URL (${exchange.location})`, attempts);
    }
    if (!HTTP_PROTOCOLS.has(next.protocol)) {
      return failure(url, at, 'redirect', `redirect to a ${next.protocol} URL refused (only http: and https: are followed)`, attempts);
    }
    current = next;
  }
}

/** The result of a final (non-redirect) exchange. */
function settle(url: string, at: string | null, current: URL, exchange: Exclude<Exchange, { kind: 'redirect' }>, note: string, attempts: number, s: Settings): FetchResult {
  const validators = s.options.validators;
  switch (exchange.kind) {
    case 'body':
      return {
        status: 'ok', url, finalUrl: current.href, httpStatus: exchange.status, contentType: exchange.headers.get('content-type'),
        body: exchange.body, etag: exchange.headers.get('etag'), lastModified: exchange.headers.get('last-modified'), attempts,
      };
    case 'not-modified':
      if (!validators?.etag && !validators?.lastModified) {
        return { ...failure(url, at, 'http', 'HTTP 304 Not Modified to a request that was not conditional', attempts), httpStatus: 304 };
      }
      return {
        status: 'not-modified', url, finalUrl: current.href,
        etag: exchange.headers.get('etag') ?? validators.etag ?? null,
        lastModified: exchange.headers.get('last-modified') ?? validators.lastModified ?? null, attempts,
      };
    case 'http-error': {
      const problem = `HTTP ${exchange.status}${exchange.statusText ? ` ${exchange.statusText}` : ''}${note}`;
      return { ...failure(url, at, 'http', problem, attempts), httpStatus: exchange.status };
    }
    case 'failed':
      return failure(url, at, exchange.errorKind, exchange.problem + note, attempts);
  }
}

/** robots.txt itself: no robots check, no validators, the first 512 KiB kept (RFC 9309). */
function fetchRobots(robotsUrl: string, s: Settings): Promise<FetchResult> {
  const options: FetchOptions = { ...s.options, robots: false, validators: undefined, maxBytes: ROBOTS_MAX_BYTES };
  return run(robotsUrl, settingsOf(options, true));
}

/** One request (one hop) with bounded retries; `note` explains why retrying stopped. */
async function withRetries(url: URL, s: Settings): Promise<{ exchange: Exchange; tries: number; note: string }> {
  const { ctx, options } = s;
  const headers: Record<string, string> = { 'user-agent': s.userAgent, accept: ACCEPT };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  for (let attempt = 1; ; attempt++) {
    let exchange: Exchange;
    try {
      exchange = await ctx.limiter.run(url.host, () => requestOnce({
        url, headers, timeoutMs: s.timeoutMs, maxBytes: s.maxBytes, truncate: s.truncate, signal: options.signal,
      }), options.signal);
    } catch {
      return { exchange: aborted(), tries: attempt - 1, note: '' };
    }
    const retryAfterMs = retryable(exchange);
    if (retryAfterMs === false) return { exchange, tries: attempt, note: '' };
    if (attempt >= s.maxAttempts) return { exchange, tries: attempt, note: attempt > 1 ? ` (after ${attempt} attempts)` : '' };
    const maxRetryAfter = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    if (retryAfterMs !== null && retryAfterMs > maxRetryAfter) {
      return { exchange, tries: attempt, note: ` (Retry-After ${formatMs(retryAfterMs)} is over the ${formatMs(maxRetryAfter)} limit)` };
    }
    const backoff = backoffDelay(attempt, options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS, options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS, options.random ?? Math.random);
    try {
      await ctx.clock.sleep(Math.max(backoff, retryAfterMs ?? 0), options.signal);
    } catch {
      return { exchange: aborted(), tries: attempt, note: '' };
    }
  }
}

/** false when the exchange is final; otherwise the Retry-After asked for (null when none). */
function retryable(e: Exchange): number | null | false {
  if (e.kind === 'http-error') return RETRY_STATUSES.has(e.status) ? e.retryAfterMs : false;
  if (e.kind === 'failed') return e.retryable ? null : false;
  return false;
}

function aborted(): Exchange {
  return { kind: 'failed', errorKind: 'aborted', problem: 'stopped before it finished (aborted)', retryable: false };
}

function failure(url: string, at: string | null, kind: FetchErrorKind, problem: string, attempts: number): FetchError {
  const full = at ? `${problem} at ${at}` : problem;
  return { status: 'error', url, kind, problem: full, message: `${url}: ${full}`, attempts };
}
