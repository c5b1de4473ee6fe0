// Node's fetch (undici) reports network failures as `TypeError: fetch failed` with the system error
// as its cause; this names the problem in words and says whether trying again can help.
import type { FetchErrorKind } from './types.js';

export interface NetworkProblem {
  kind: FetchErrorKind;
  problem: string;
  retryable: boolean;
}

const CODES: Record<string, { kind: FetchErrorKind; text: string; retryable: boolean }> = {
  ENOTFOUND: { kind: 'dns', text: 'DNS lookup failed (no such host)', retryable: false },
  EAI_AGAIN: { kind: 'dns', text: 'DNS lookup failed (temporary failure)', retryable: true },
  ECONNREFUSED: { kind: 'network', text: 'connection refused', retryable: true },
  ECONNRESET: { kind: 'network', text: 'connection reset by the server', retryable: true },
  EHOSTUNREACH: { kind: 'network', text: 'host unreachable', retryable: true },
  ENETUNREACH: { kind: 'network', text: 'network unreachable', retryable: true },
  ETIMEDOUT: { kind: 'timeout', text: 'connection timed out', retryable: true },
  UND_ERR_SOCKET: { kind: 'network', text: 'connection closed by the server', retryable: true },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', text: 'connection timed out', retryable: true },
  UND_ERR_HEADERS_OVERFLOW: { kind: 'network', text: 'response headers too large', retryable: false },
  CERT_HAS_EXPIRED: { kind: 'network', text: 'TLS certificate has expired', retryable: false },
  DEPTH_ZERO_SELF_SIGNED_CERT: { kind: 'network', text: 'self-signed TLS certificate', retryable: false },
  ERR_TLS_CERT_ALTNAME_INVALID: { kind: 'network', text: 'TLS certificate does not match the host', retryable: false },
};

export function describeNetworkError(err: unknown): NetworkProblem {
  let e: unknown = err;
  // Walk to the innermost cause that carries a system error code.
  for (let depth = 0; depth < 4 && e instanceof Error && e.cause !== undefined; depth++) e = e.cause;
  const code = (e as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? CODES[code] : undefined;
  if (known) return { kind: known.kind, problem: `${known.text} (${code})`, retryable: known.retryable };
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'network', problem: `network error: ${message}${typeof code === 'string' ? ` (${code})` : ''}`, retryable: true };
}
