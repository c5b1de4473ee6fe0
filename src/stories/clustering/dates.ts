// Calendar days from ISO dates and TIMEX3 values. Only values with a full year-month-day become
// event days: "XXXX-03-07" or "2022-W05" cannot tell two happenings years apart.
const FULL_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date/date-time or TIMEX3 day value; null when not a full day. */
export function dayNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = FULL_DAY_RE.exec(value);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

const YEAR_RE = /^(\d{4})/;
const MONTH_DAY_RE = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})/;

/** The year a TIMEX3 value or ISO date names, if any. */
export function yearOf(value: string | null | undefined): number | null {
  const m = value ? YEAR_RE.exec(value) : null;
  return m ? +m[1] : null;
}

/** Month × 100 + day of a value naming a day of a month (year optional), if any. */
export function monthDayOf(value: string | null | undefined): number | null {
  const m = value ? MONTH_DAY_RE.exec(value) : null;
  return m ? +m[1] * 100 + +m[2] : null;
}

/** True when two sorted number lists share an element. */
export function intersects(a: readonly number[], b: readonly number[]): boolean {
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

/** ISO YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Smallest distance in days between two sorted day lists (Infinity when either is empty). */
export function minDayGap(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, best = Infinity;
  while (i < a.length && j < b.length) {
    const d = a[i] - b[j];
    best = Math.min(best, Math.abs(d));
    if (d < 0) i++;
    else j++;
  }
  return best;
}
