// Periods relative to publication, at the granularity of the expression:
// "last month" (2022-01), "earlier this year" (2022), "two weeks ago" (a day), "last fall" (2021-FA), "this morning".
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { CARDINAL, DAY_PARTS, SEASONS } from '../lexicon.js';
import { parseCardinal } from '../numbers.js';
import { refDirection, seasonValue, shiftedPeriod, unitOf } from '../periods.js';
import type { Unit } from '../periods.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, weekdayOf } from '../reference.js';
import { pointsForward } from '../tense.js';
import { NewsParser, newsOption, timexResult } from '../timex.js';

const EDGE = '(?:(?:early|earlier|late|later|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|sometime|some\\s+time)(?:-|\\s+)(?:in\\s+)?)?';
const HEDGE = '(?:(?:nearly|almost|about|around|roughly|some|more\\s+than|less\\s+than|only|just)\\s+)?';
const SHIFT_WORDS: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
};
const PATTERN = new RegExp(
  // 1: amount, 2: unit, 3: direction
  `${HEDGE}(${CARDINAL}|several|a\\s+few)\\s+(day|week|month|year|decade)s?\\s+(ago|earlier|before|later|from\\s+now|hence)` +
  // 4: edge, 5: shift word, 6: unit or season ("the past decade" is left to the duration parser: P10Y)
  `|(${EDGE})(?:the\\s+)?(last|past|previous|this|current|next|coming|following)\\s+(week|weekend|month|quarter|year|spring|summer|fall|autumn|winter)` +
  // 7: day word, 8: part of day
  `|(this|yesterday|tomorrow|today|last|early|late)\\s+(morning|afternoon|evening|night)|(tonight|overnight)` +
  // 10: edge + yesterday/today
  `|(?:early|earlier|late|later)\\s+(yesterday|today|tomorrow)` +
  // 11: year end
  `|(year-end|year\\s+end|year's\\s+end|the\\s+end\\s+of\\s+the\\s+year|(?:the\\s+)?weekend)` +
  // 12: season on its own ("the summer")
  `|(?:the\\s+)?(spring|summer|autumn|winter)`,
);

/** The match as a result with its TIMEX value (module level: tsx names every closure, which costs on each call). */
const at = (context: ParsingContext, m: RegExpMatchArray, value: string, type: 'DATE' | 'TIME' = 'DATE'): ParsingResult => timexResult(context, m.index!, m[0], value, type);

export class RelativeParser extends NewsParser {
  constructor() {
    super(PATTERN);
  }
  extractMatch(context: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
    const { ref } = newsOption(context);
    if (m[1]) {
      const n = /several|few/i.test(m[1]) ? null : parseCardinal(m[1]);
      const k = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
      if (n === null || !ref.known) return at(context, m, refDirection(k));
      return at(context, m, agoValue(context, m[2].toLowerCase(), n * k));
    }
    if (m[5]) {
      const k = SHIFT_WORDS[m[5].toLowerCase()];
      if (SEASONS[m[6].toLowerCase()]) return at(context, m, seasonValue(ref, m[6], k));
      const unit = unitOf(m[6]) as Unit;
      if (unit === 'quarter' && k === 0) return at(context, m, shiftedPeriod(ref, unit, 0));
      return at(context, m, shiftedPeriod(ref, unit, k));
    }
    if (m[8] || m[9]) {
      const word = (m[7] ?? '').toLowerCase();
      const part = DAY_PARTS[(m[8] ?? m[9]).toLowerCase()];
      const k = word === 'yesterday' || (word === 'last' && part === 'NI') ? -1 : word === 'tomorrow' ? 1 : 0;
      if (!ref.known) return at(context, m, refDirection(k));
      return at(context, m, `${fmtDay(addDays(ref, k))}T${part}`, 'TIME');
    }
    if (m[10]) {
      const k = { yesterday: -1, today: 0, tomorrow: 1 }[m[10].toLowerCase()] ?? 0;
      return at(context, m, ref.known ? fmtDay(addDays(ref, k)) : refDirection(k));
    }
    if (m[11]) {
      if (/weekend/i.test(m[11])) return at(context, m, weekendValue(context, m.index!));
      return at(context, m, ref.known ? fmtYear(ref.y) : 'PRESENT_REF');
    }
    if (m[12]) return at(context, m, seasonValue(ref, m[12], 0));
    return null;
  }
}

/** "the weekend": read on Monday to Thursday it is the one just past, unless the verb points forward. */
function weekendValue(context: ParsingContext, index: number): string {
  const { ref } = newsOption(context);
  if (!ref.known) return 'XXXX-WXX-WE';
  const dow = weekdayOf(ref);
  const past = dow >= 1 && dow <= 4 && !pointsForward(context.text, index);
  return shiftedPeriod(ref, 'weekend', past ? -1 : 0);
}

/** "n units ago" as a point: days and weeks give a day, months a month, years a year. */
function agoValue(context: ParsingContext, unit: string, k: number): string {
  const { ref, focusQuarter } = newsOption(context);
  if (unit === 'year' && k === -1 && focusQuarter) return `${fmtYear(focusQuarter.y - 1)}-Q${focusQuarter.q}`;
  if (unit === 'day') return fmtDay(addDays(ref, k));
  if (unit === 'week') return fmtDay(addDays(ref, 7 * k));
  if (unit === 'month') {
    const d = addMonths(ref, k);
    return fmtMonth(d.y, d.m);
  }
  return fmtYear(ref.y + k * (unit === 'decade' ? 10 : 1));
}
