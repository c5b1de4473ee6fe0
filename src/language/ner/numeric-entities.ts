// Rule-based DATE, MONEY, PERCENT and QUANTITY spans: one linear regex scan per type, then
// overlapping candidates resolved longest-first.
import { NUMERIC_PATTERNS } from './numeric-patterns.js';
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
  for (const { type, re } of NUMERIC_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0 || (m.index > 0 && WORD_CHAR_RE.test(text[m.index - 1]))) {
        re.lastIndex = m.index + 1; // not at a word start: retry one character later
        continue;
      }
      found.push({ type, start: m.index, end: m.index + m[0].length });
    }
  }
  return dropOverlaps(found);
}
