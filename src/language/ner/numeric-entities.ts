// Rule-based DATE, MONEY, PERCENT and QUANTITY spans: one linear regex scan per type, then
// overlapping candidates resolved longest-first.
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

/** Numeric and temporal expressions in `text`. */
export function numericEntities(text: string): TypedSpan[] {
  const found: TypedSpan[] = [];
  for (const pattern of NUMERIC_PATTERNS) {
    const next = matcher(text, pattern);
    let from = 0;
    for (let m = next(from); m !== null; m = next(from)) {
      if (m[0].length === 0 || (m.index > 0 && WORD_CHAR_RE.test(text[m.index - 1]))) {
        from = m.index + 1; // not at a word start: retry one character later
        continue;
      }
      found.push({ type: pattern.type, start: m.index, end: m.index + m[0].length });
      from = m.index + m[0].length;
    }
  }
  return dropOverlaps(found);
}

/**
 * The first match at or after `from` of `re` | (?<=before)tail, as one regex would find it: the
 * leftmost, and `re`'s on a tie. A match found earlier stays the answer while `from` has not
 * passed it (matches do not depend on where the search began: `from` never splits a character).
 */
function matcher(text: string, { re, tail }: NumericPattern): (from: number) => RegExpExecArray | null {
  let head: RegExpExecArray | null | undefined;
  let rest: RegExpExecArray | null | undefined;
  return (from) => {
    if (head === undefined || (head !== null && head.index < from)) {
      re.lastIndex = from;
      head = re.exec(text);
    }
    if (!tail) return head;
    if (rest === undefined || (rest !== null && rest.index < from)) rest = nextTail(text, tail, from);
    return head !== null && (rest === null || head.index <= rest.index) ? head : rest;
  };
}

function nextTail(text: string, tail: NonNullable<NumericPattern['tail']>, from: number): RegExpExecArray | null {
  tail.re.lastIndex = from;
  for (let m = tail.re.exec(text); m !== null; m = tail.re.exec(text)) {
    if (tail.before.test(text.slice(Math.max(0, m.index - tail.lookback), m.index))) return m;
    tail.re.lastIndex = m.index + 1;
  }
  return null;
}
