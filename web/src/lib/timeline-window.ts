// Which dated events a timeline chart draws. A stray far-off date (a background year mentioned in
// passing) would squash the rest, so only events within a year of the median date are drawn.
import { DAY_MS, timexToTime } from './timex.js';

export const WINDOW_DAYS = 366;

export interface Placed<E> { e: E; t: number }

export function placeEvents<E extends { date: string | null }>(events: readonly E[]): { placed: Placed<E>[]; distant: number; undated: number } {
  const dated = events.map((e) => ({ e, t: timexToTime(e.date) })).filter((p): p is Placed<E> => p.t !== null).sort((a, b) => a.t - b.t);
  const median = dated.length ? dated[Math.floor(dated.length / 2)].t : 0;
  const placed = dated.filter((p) => Math.abs(p.t - median) <= WINDOW_DAYS * DAY_MS);
  return { placed, distant: dated.length - placed.length, undated: events.length - dated.length };
}
