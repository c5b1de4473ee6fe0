// Rule-based DATE, MONEY, PERCENT and QUANTITY spans, then overlapping candidates resolved
// longest-first. Each type's sticky regex is tried only at word starts that begin with a digit or
// with one of the type's start texts (numeric-patterns.ts): most of an article holds none, and a
// whole-text scan of the big alternations tried them at every offset.
import { NUMERIC_PATTERNS, type NumericPattern } from './numeric-patterns.js';
import type { EntityType } from './entity-types.js';

export interface TypedSpan {
  type: EntityType;
  start: number;
  end: number;
}

/**
 * Keeps disjoint spans in one sweep by start offset: of two overlapping spans the one with the
 * higher `rank` wins, then the longer one. Returns them sorted by start.
 */
export function dropOverlaps<S extends { start: number; end: number }>(spans: S[], rank: (s: S) => number = () => 0): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: S[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (!last || s.start >= last.end) kept.push(s);
    else if (rank(s) > rank(last) || (rank(s) === rank(last) && s.end - s.start > last.end - last.start)) kept[kept.length - 1] = s;
  }
  return kept;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const ALL = (1 << NUMERIC_PATTERNS.length) - 1;

// Start texts by their first unit (one-unit texts: "$", "€", "-") or by their first two ASCII
// units ("th" → "the 1", "three", "this"…), with the bit mask of the patterns they start. Typed
// tables rather than Maps: nearly every word start is looked up here.
const SINGLE = new Uint8Array(65536);
/** Per ASCII pair c0 * 128 + c1: 1 + index into PAIR_TEXTS, or 0. */
const PAIR = new Uint16Array(128 * 128);
const PAIR_TEXTS: { rest: Uint16Array; mask: number }[][] = [];
if (NUMERIC_PATTERNS.length > 8) throw new Error('numeric-entities.ts: masks are kept in bytes');
NUMERIC_PATTERNS.forEach((p, i) => {
  for (const text of p.starts) {
    const c0 = text.charCodeAt(0);
    if (text.length === 1) { SINGLE[c0] |= 1 << i; continue; }
    const c1 = text.charCodeAt(1);
    if (c0 >= 128 || c1 >= 128) throw new Error(`numeric start text must be ASCII: ${text}`);
    if (PAIR[c0 * 128 + c1] === 0) PAIR[c0 * 128 + c1] = PAIR_TEXTS.push([]);
    const list = PAIR_TEXTS[PAIR[c0 * 128 + c1] - 1];
    const rest = Uint16Array.from(text.slice(2), (ch) => ch.charCodeAt(0));
    const same = list.find((x) => x.rest.join() === rest.join());
    if (same) same.mask |= 1 << i;
    else list.push({ rest, mask: 1 << i });
  }
});

// Per BMP unit: FIRST = a digit or the first unit of a start text; WORD = a letter or number (no
// match starts right after one); KNOWN = computed (filled lazily).
const FIRST = 1, WORD = 2, KNOWN = 4;
const CLASS = new Uint8Array(65536);

function classOf(c: number): number {
  const k = KNOWN | (WORD_CHAR_RE.test(String.fromCharCode(c)) ? WORD : 0)
    | ((c >= 48 && c <= 57) || SINGLE[c] !== 0 || (c < 128 && PAIR.subarray(c * 128, c * 128 + 128).some((x) => x !== 0)) ? FIRST : 0);
  CLASS[c] = k;
  return k;
}

/** Bit mask of the patterns that may match at `p`, a word start beginning with unit `c`. */
function startMask(text: string, p: number, c: number): number {
  if (c >= 48 && c <= 57) return ALL;
  let mask = SINGLE[c];
  const c1 = text.charCodeAt(p + 1);
  const pair = c < 128 && c1 < 128 ? PAIR[c * 128 + c1] : 0;
  if (pair !== 0) {
    for (const s of PAIR_TEXTS[pair - 1]) {
      if ((mask & s.mask) === s.mask) continue;
      const rest = s.rest;
      let k = 0;
      while (k < rest.length && text.charCodeAt(p + 2 + k) === rest[k]) k++;
      if (k === rest.length) mask |= s.mask;
    }
  }
  return mask;
}

/** Offsets where each pattern may match (ascending), as [pattern][k]. */
function candidates(text: string): number[][] {
  const out: number[][] = NUMERIC_PATTERNS.map(() => []);
  let prevWord = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    let k = CLASS[c];
    if (k === 0) k = classOf(c);
    if ((k & FIRST) !== 0 && !prevWord) {
      for (let i = 0, mask = startMask(text, p, c); mask !== 0; i++, mask >>>= 1) if (mask & 1) out[i].push(p);
    }
    prevWord = (k & WORD) !== 0;
  }
  return out;
}

/** End of the match of sticky `re` at `at`, or -1. */
function matchEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** End of the match of `re` | (?<=before)tail at `at` (`re` first, as one regex would), or -1. */
function endAt(text: string, { re, tail }: NumericPattern, at: number): number {
  const end = matchEnd(re, text, at);
  if (end >= 0 || !tail) return end;
  const t = matchEnd(tail.re, text, at);
  return t >= 0 && tail.before.test(text.slice(Math.max(0, at - tail.lookback), at)) ? t : -1;
}

/**
 * Numeric and temporal expressions in `text`: per type, the leftmost match at a word start, then
 * the next one after it (the spans a whole-text scan keeping matches at word starts would find).
 */
export function numericEntities(text: string): TypedSpan[] {
  const found: TypedSpan[] = [];
  const cands = candidates(text);
  NUMERIC_PATTERNS.forEach((pattern, i) => {
    let from = 0;
    for (const at of cands[i]) {
      if (at < from) continue;
      const end = endAt(text, pattern, at);
      if (end <= at) continue;
      found.push({ type: pattern.type, start: at, end });
      from = end;
    }
  });
  return dropOverlaps(found);
}
