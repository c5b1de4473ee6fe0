// One HTTP exchange with Node's fetch (undici): no redirect following (the caller checks each hop),
// a timeout over headers and body, and a size cap enforced while the body streams in.
import { formatBytes } from '../ingest/bytes.js';
import { describeNetworkError } from './network-error.js';
import { parseRetryAfter } from './retry-policy.js';
import type { FetchErrorKind } from './types.js';

export type Exchange =
  | { kind: 'body'; status: number; headers: Headers; body: Buffer }
  | { kind: 'not-modified'; headers: Headers }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'http-error'; status: number; statusText: string; retryAfterMs: number | null }
  | { kind: 'failed'; errorKind: FetchErrorKind; problem: string; retryable: boolean };

export interface ExchangeRequest {
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** Keep the first maxBytes of a longer body instead of failing (robots.txt). */
  truncate: boolean;
  signal?: AbortSignal;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

const tooLarge = (limit: number): Exchange => ({
  kind: 'failed', errorKind: 'too-large', problem: `body over ${formatBytes(limit)} (the size cap); download stopped`, retryable: false,
});

export async function requestOnce(req: ExchangeRequest): Promise<Exchange> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const onAbort = () => controller.abort();
  req.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (req.signal?.aborted) throw req.signal.reason;
    const res = await fetch(req.url, { headers: req.headers, redirect: 'manual', signal: controller.signal });
    return await interpret(res, req, controller);
  } catch (err) {
    if (timedOut) return { kind: 'failed', errorKind: 'timeout', problem: `timed out after ${formatMs(req.timeoutMs)}`, retryable: true };
    if (req.signal?.aborted) return { kind: 'failed', errorKind: 'aborted', problem: 'stopped before it finished (aborted)', retryable: false };
    const p = describeNetworkError(err);
    return { kind: 'failed', errorKind: p.kind, problem: p.problem, retryable: p.retryable };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

async function interpret(res: Response, req: ExchangeRequest, controller: AbortController): Promise<Exchange> {
  if (res.status === 304) {
    await discard(res);
    return { kind: 'not-modified', headers: res.headers };
  }
  const location = res.headers.get('location');
  if (res.status >= 300 && res.status < 400 && location !== null) {
    await discard(res);
    return { kind: 'redirect', status: res.status, location };
  }
  if (res.status < 200 || res.status >= 300) {
    await discard(res);
    return {
      kind: 'http-error', status: res.status, statusText: res.statusText,
      // An HTTP-date in Retry-After is wall-clock time, so it is read against the real clock.
      retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
    };
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (!req.truncate && declared > req.maxBytes) {
    controller.abort();
    return tooLarge(req.maxBytes);
  }
  const body = await readCapped(res, req.maxBytes, req.truncate);
  if (body === null) {
    controller.abort();
    return tooLarge(req.maxBytes);
  }
  return { kind: 'body', status: res.status, headers: res.headers, body: body.bytes };
}

/** The body, or null once it grows past `limit` (reading stops there). */
async function readCapped(res: Response, limit: number, truncate = false): Promise<{ bytes: Buffer } | null> {
  if (!res.body) return { bytes: Buffer.alloc(0) };
  const reader = res.body.getReader();
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > limit) {
      await reader.cancel().catch(() => undefined);
      if (!truncate) return null;
      parts.push(Buffer.from(value.subarray(0, limit - size)));
      return { bytes: Buffer.concat(parts) };
    }
    parts.push(Buffer.from(value));
    size += value.length;
  }
  return { bytes: Buffer.concat(parts) };
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}
