// TIMEX3 values to a point in time for charts: days, months (mid-month), ISO weeks (their Monday)
// and years (mid-year). Durations and PRESENT_REF have no place on a time axis.
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const YEAR = /^(\d{4})$/;
const MS_DAY = 86_400_000;

export function timexToTime(value: string | null | undefined): number | null {
  if (!value) return null;
  let m = DAY.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  if ((m = MONTH.exec(value))) return Date.UTC(+m[1], +m[2] - 1, 15);
  if ((m = WEEK.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * MS_DAY;
    return monday1 + (+m[2] - 1) * 7 * MS_DAY;
  }
  if ((m = YEAR.exec(value))) return Date.UTC(+m[1], 6, 1);
  return null;
}

export const DAY_MS = MS_DAY;
