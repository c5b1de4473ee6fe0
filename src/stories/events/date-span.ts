// Event dates as day intervals, so reports at different granularities can be compared:
// "2022-01" contains "2022-01-27"; a date taken from the publication date means "on or before it".
import type { DateSource } from './types.js';

export interface DaySpan {
  from: number;
  to: number;
  /** Taken from the publication date: only an upper bound. */
  loose: boolean;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
/** How long before publication an unstated event may have happened. */
export const PUBLISHED_LOOKBACK_DAYS = 7;

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** Monday of ISO week `w` of year `y`. */
function isoWeekStart(y: number, w: number): number {
  const jan4 = day(y, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
  return jan4 - weekday + (w - 1) * 7;
}

export function valueSpan(value: string): { from: number; to: number } | null {
  let m = DAY_RE.exec(value);
  if (m) { const d = day(+m[1], +m[2], +m[3]); return { from: d, to: d }; }
  if ((m = MONTH_RE.exec(value))) return { from: day(+m[1], +m[2], 1), to: day(+m[1], +m[2] + 1, 1) - 1 };
  if ((m = YEAR_RE.exec(value))) return { from: day(+m[1], 1, 1), to: day(+m[1] + 1, 1, 1) - 1 };
  if ((m = WEEK_RE.exec(value))) { const s = isoWeekStart(+m[1], +m[2]); return { from: s, to: s + 6 }; }
  return null;
}

export function daySpan(value: string | null, source: DateSource): DaySpan | null {
  if (value === null || source === 'none') return null;
  const s = valueSpan(value);
  if (!s) return null;
  return source === 'published' ? { from: s.to - PUBLISHED_LOOKBACK_DAYS, to: s.to, loose: true } : { ...s, loose: false };
}

const contains = (a: DaySpan, b: DaySpan): boolean => a.from <= b.from && b.to <= a.to;

/** Same day, or one within the granularity of the other; a publication-date bound only needs to overlap. */
export function compatibleSpans(a: DaySpan, b: DaySpan): boolean {
  if (a.loose || b.loose) return a.from <= b.to && b.from <= a.to;
  return contains(a, b) || contains(b, a);
}

export const isDay = (s: DaySpan): boolean => !s.loose && s.from === s.to;
