// A clustering unit (an article at the event level, an event at the story level): unit-length
// weighted vectors, dates, and how a pair of units is scored.
import { intersects, minDayGap } from './dates.js';
import { dot } from './sparse.js';
import type { LevelParams, SparseVector } from './types.js';

export interface Unit {
  id: string;
  /** Earliest day (publication, or first member's), for ordering and stable ids. */
  day: number | null;
  terms: SparseVector;
  entities: SparseVector;
  eventDays: number[];
  year: number | null;
  monthDays: number[];
  short: boolean;
}

/** Parameters for a pair: the short-text profile when either side is a short text. */
export type ParamsFor = (a: Unit, b: Unit) => LevelParams;

export function pairScore(a: Unit, b: Unit, p: LevelParams): number {
  const t = dot(a.terms, b.terms);
  const hasEntities = a.entities.keys.length > 0 && b.entities.keys.length > 0;
  let s = hasEntities ? (1 - p.entityWeight) * t + p.entityWeight * dot(a.entities, b.entities) : t;
  return s + dateAdjustment(a, b, p);
}

/** Date evidence: a day gap or year gap lowers the score, a shared stated month-day raises it. */
export function dateAdjustment(a: Unit, b: Unit, p: LevelParams): number {
  let s = 0;
  if (p.dateGapDays !== null && dayGap(a, b) > p.dateGapDays) s -= p.datePenalty;
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) >= p.yearGap) s -= p.yearPenalty;
  if (p.sameDayBonus && intersects(a.monthDays, b.monthDays)) s += p.sameDayBonus;
  return s;
}

/** Publication days when both are known (the texts' incidental dates would mislead), else stated days. */
export function dayGap(a: Unit, b: Unit): number {
  return a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : minDayGap(a.eventDays, b.eventDays);
}
