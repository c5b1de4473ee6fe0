// When to retry and how long to wait: exponential back-off with jitter, and Retry-After.

/** Back-off before retry `retry` (1 for the first retry): base × 2^(retry−1) capped at `max`, jittered over its upper half. */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const DIGITS_RE = /^\s*\d+\s*$/;

/** Retry-After as milliseconds from `nowMs` (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  if (DIGITS_RE.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
