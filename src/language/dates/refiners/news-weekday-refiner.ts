// A bare weekday in a report ("said Friday", "on Monday", "last Thursday") is the most recent such day
// on or before publication; chrono would pick the nearest. "next Friday" or a future cue ("will meet
// Friday") gives the coming one.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { nextWeekday, previousWeekday } from '../reference.js';
import { pointsForward } from '../tense.js';
import { newsOption } from '../timex.js';

const LAST = /\b(last|past|previous)\b/i;
const NEXT = /\b(next|coming)\b/i;

export class NewsWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const { ref } = newsOption(context);
    if (!ref.known) return results;
    for (const r of results) {
      const c = r.start;
      if (!c.isOnlyWeekdayComponent() || r.end) continue;
      const wd = c.get('weekday')!;
      const day = LAST.test(r.text) ? previousWeekday(ref, wd, true)
        : NEXT.test(r.text) ? nextWeekday(ref, wd, true)
        : pointsForward(context.text, r.index) ? nextWeekday(ref, wd)
        : previousWeekday(ref, wd);
      c.imply('year', day.y).imply('month', day.m).imply('day', day.d);
    }
    return results;
  }
}
