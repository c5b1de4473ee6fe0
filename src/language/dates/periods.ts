// Calendar periods around the reference day at a given granularity ("last month" = 2022-01, not a day).
import { SEASONS } from './lexicon.js';
import type { Day, Reference } from './reference.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, quarterOf } from './reference.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The vague reference value standing in for a shift when the publication date is unknown. */
export const refDirection = (k: number): string => (k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF');

/** The period `k` units away from the reference (k = -1: "last", 0: "this", +1: "next"). */
export function shiftedPeriod(ref: Reference, unit: Unit, k: number): string {
  if (!ref.known) return refDirection(k);
  const day: Day = ref;
  switch (unit) {
    case 'day': return fmtDay(addDays(day, k));
    case 'week': return fmtWeek(addDays(day, 7 * k));
    case 'weekend': return `${fmtWeek(addDays(day, 7 * k))}-WE`;
    case 'month': return fmtMonth(addMonths(day, k).y, addMonths(day, k).m);
    case 'quarter': {
      const total = ref.y * 4 + quarterOf(ref.m) - 1 + k;
      return `${fmtYear(Math.floor(total / 4))}-Q${(total % 4) + 1}`;
    }
    case 'year': return fmtYear(ref.y + k);
    case 'decade': return String(Math.floor((ref.y + 10 * k) / 10));
    case 'century': return String(Math.floor((ref.y + 100 * k) / 100));
  }
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "last fall", "this summer", "next spring": the season's year relative to the reference month. */
export function seasonValue(ref: Reference, word: string, k: number): string {
  const code = SEASONS[word.toLowerCase()] ?? 'SU';
  if (!ref.known) return k === 0 ? `XXXX-${code}` : refDirection(k);
  const start = SEASON_START[code];
  let y = ref.y;
  if (k < 0) y = ref.m >= start + 3 ? ref.y : ref.y - 1;
  else if (k > 0) y = ref.m < start ? ref.y : ref.y + 1;
  return `${fmtYear(y)}-${code}`;
}

/** Normalises unit words ("years", "centuries", "autumn") to a Unit, or null. */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return (['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'] as const).find((u) => u === w) ?? null;
}
