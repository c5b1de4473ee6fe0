// Recurring times (TIMEX3 SET): "daily" (P1D), "every week" (P1W), "annual" (P1Y), "each Thursday" (XXXX-WXX-4),
// "every July" (XXXX-07), "Tuesday nights" (XXXX-WXX-2TNI).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { DAY_PARTS, MONTHS, SET_WORDS, WEEKDAYS } from '../lexicon.js';
import { durationValue } from './duration-parser.js';
import { NewsParser, timexResult } from '../timex.js';

const PATTERN = new RegExp(
  `(${Object.keys(SET_WORDS).join('|')})` +
  `|(?:every|each)\\s+(?:single\\s+)?(day|week|month|quarter|year|hour|minute|morning|afternoon|evening|night|${WEEKDAYS.join('|')}|${MONTHS.join('|')})` +
  `|(${WEEKDAYS.join('|')})s(?:\\s+(morning|afternoon|evening|night)s)?` +
  `|(?:once|twice|(?:one|two|three|four|several)\\s+times)\\s+(?:a|per|every)\\s+(day|week|month|year)`,
);

/** ISO weekday number (Monday 1 … Sunday 7). */
const isoDay = (name: string): number => (WEEKDAYS.indexOf(name.toLowerCase()) + 6) % 7 + 1;

/** The match as a result with its TIMEX value (module level: tsx names every closure, which costs on each call). */
const at = (context: ParsingContext, m: RegExpMatchArray, value: string): ParsingResult => timexResult(context, m.index!, m[0], value, 'SET');

export class SetParser extends NewsParser {
  constructor() {
    super(PATTERN);
  }
  extractMatch(context: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
    if (m[1]) return at(context, m, SET_WORDS[m[1].toLowerCase()]);
    const word = (m[2] ?? m[3] ?? m[5] ?? '').toLowerCase();
    if (WEEKDAYS.includes(word)) {
      const part = m[4] ? `T${DAY_PARTS[m[4].toLowerCase()]}` : '';
      return at(context, m, `XXXX-WXX-${isoDay(word)}${part}`);
    }
    if (MONTHS.includes(word)) return at(context, m, `XXXX-${String(MONTHS.indexOf(word) + 1).padStart(2, '0')}`);
    if (DAY_PARTS[word]) return at(context, m, `XXXX-XX-XXT${DAY_PARTS[word]}`);
    return at(context, m, durationValue(1, word));
  }
}
