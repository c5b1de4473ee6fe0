// A month without a year is the most recent one on or before publication ("in October" written in
// February 1998 = October 1997); with a future cue ("will ... in October") it is the coming one.
// A month and day is the most recent one too, unless it falls within the next four months
// (reports name near-future days: "payable Nov. 21") or a future cue precedes it.
// Chrono's casual parser picks the nearest instead.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Reference } from '../reference.js';
import { pointsForward } from '../tense.js';
import { newsOption } from '../timex.js';

export class RecentMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const { ref } = newsOption(context);
    if (!ref.known) return results;
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('month') || c.isCertain('year')) continue;
      const y = c.isCertain('day') ? yearOfDay(ref, c.get('month')!, c.get('day')!, pointsForward(context.text, r.index))
        : yearOfMonth(ref, c.get('month')!, pointsForward(context.text, r.index));
      const shift = y - c.get('year')!;
      c.imply('year', y);
      if (r.end && !r.end.isCertain('year')) r.end.imply('year', r.end.get('year')! + shift);
    }
    return results;
  }
}

const NEAR_FUTURE_DAYS = 120;

function yearOfMonth(ref: Reference, m: number, forward: boolean): number {
  if (forward) return m >= ref.m ? ref.y : ref.y + 1;
  return m > ref.m ? ref.y - 1 : ref.y;
}

function yearOfDay(ref: Reference, m: number, d: number, forward: boolean): number {
  const refTime = Date.UTC(ref.y, ref.m - 1, ref.d);
  const thisYear = Date.UTC(ref.y, m - 1, d);
  const ahead = thisYear >= refTime ? thisYear : Date.UTC(ref.y + 1, m - 1, d);
  if (forward || (ahead - refTime) / 86_400_000 <= NEAR_FUTURE_DAYS) return new Date(ahead).getUTCFullYear();
  return thisYear <= refTime ? ref.y : ref.y - 1;
}
