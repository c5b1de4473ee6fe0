// Per-source state: a fresh one, and the bounded list of seen feed item keys.
import type { SourceState } from './types.js';

export function emptyState(): SourceState {
  return { etag: null, lastModified: null, contentSha256: null, seen: [], lastPolled: null, lastError: null, failures: 0 };
}

/** A stored state read leniently (older or hand-edited files), with defaults for what is missing. */
export function normalizeState(raw: Partial<SourceState> | null | undefined): SourceState {
  const s = emptyState();
  if (!raw || typeof raw !== 'object') return s;
  return {
    etag: typeof raw.etag === 'string' ? raw.etag : null,
    lastModified: typeof raw.lastModified === 'string' ? raw.lastModified : null,
    contentSha256: typeof raw.contentSha256 === 'string' ? raw.contentSha256 : null,
    seen: Array.isArray(raw.seen) ? raw.seen.filter((k): k is string => typeof k === 'string') : [],
    lastPolled: typeof raw.lastPolled === 'string' ? raw.lastPolled : null,
    lastError: typeof raw.lastError === 'string' ? raw.lastError : null,
    failures: typeof raw.failures === 'number' ? raw.failures : 0,
  };
}

/**
 * Appends `added` keys and trims the oldest beyond `max`, never dropping a key still in the
 * current feed (`current`): a trimmed key that is still listed would come back as new.
 */
export function rememberKeys(seen: string[], added: string[], current: ReadonlySet<string>, max: number): string[] {
  const fresh = new Set(added);
  const merged = [...seen.filter((k) => !fresh.has(k)), ...added];
  let excess = merged.length - max;
  if (excess <= 0) return merged;
  const out: string[] = [];
  for (const k of merged) {
    if (excess > 0 && !current.has(k)) {
      excess--;
      continue;
    }
    out.push(k);
  }
  return out;
}
