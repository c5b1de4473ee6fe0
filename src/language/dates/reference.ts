// The publication day that relative expressions resolve against, and calendar arithmetic on plain
// year/month/day numbers (UTC-based so the machine's time zone never shifts a day).

export interface Day { y: number; m: number; d: number }

/** The reference day; `known` is false when the article has no publication date (a fixed stand-in day is used). */
export interface Reference extends Day { known: boolean }

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const STAND_IN: Day = { y: 2000, m: 6, d: 15 };

export function referenceFrom(published: string | null): Reference {
  const m = published ? ISO_DAY.exec(published) : null;
  if (!m) return { ...STAND_IN, known: false };
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(day) ? { ...day, known: true } : { ...STAND_IN, known: false };
}

export function isValidDay({ y, m, d }: Day): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toUtc = ({ y, m, d }: Day): Date => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Shifts by whole months, clamping the day (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: Day): number => toUtc(day).getUTCDay();

/** The most recent given weekday on or before `day` (strictly before when `strict`). */
export function previousWeekday(day: Day, weekday: number, strict = false): Day {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(day, -back);
}

/** The next given weekday on or after `day` (strictly after when `strict`). */
export function nextWeekday(day: Day, weekday: number, strict = false): Day {
  let ahead = (weekday - weekdayOf(day) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(day, ahead);
}

/** ISO 8601 week: [week-year, week number]. */
export function isoWeek(day: Day): [number, number] {
  const t = toUtc(day);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return [t.getUTCFullYear(), Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7)];
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');
export const fmtYear = (y: number): string => p4(y);
export const fmtMonth = (y: number, m: number): string => `${p4(y)}-${p2(m)}`;
export const fmtDay = ({ y, m, d }: Day): string => `${p4(y)}-${p2(m)}-${p2(d)}`;
export const fmtWeek = (day: Day): string => {
  const [wy, w] = isoWeek(day);
  return `${p4(wy)}-W${p2(w)}`;
};
export const fmtTime = (day: Day, h: number, min: number): string => `${fmtDay(day)}T${p2(h)}:${p2(min)}`;
export const quarterOf = (m: number): number => Math.ceil(m / 3);
