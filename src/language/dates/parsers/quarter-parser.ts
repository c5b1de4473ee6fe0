// Fiscal periods in business news: "the third quarter" (1989-Q3), "fourth-quarter", "the year-ago quarter",
// "the first half of 1998" (1998-H1). Quarters without a year are the most recent one begun by publication.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ORDINALS } from '../lexicon.js';
import type { Reference } from '../reference.js';
import { fmtYear, quarterOf } from '../reference.js';
import { NewsParser, newsOption, timexResult } from '../timex.js';

const YEAR = "((?:19|20)\\d\\d|(?:this|last|next)\\s+year's|the\\s+year-(?:ago|earlier))";
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const PATTERN = new RegExp(
  // 1: year before, 2: ordinal, 3: "half"/"quarter", 4: year after
  `(?:(?:the|its|a|an)\\s+)?(?:flat\\s+|comparable\\s+)?(?:${YEAR}\\s+)?(?:fiscal[\\s-]+)?${ORD}[\\s-]+(?:fiscal\\s+)?(quarter|half)s?(?:\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d|this\\s+year|last\\s+year|next\\s+year))?` +
  // 5: deictic quarter/period
  `|((?:the|this|that|its)\\s+(?:latest|current|recent|most\\s+recent|comparable|same|)\\s*(?:year-ago|year-earlier|fiscal)?\\s*(?:quarter|period)(?:\\s+a\\s+year\\s+(?:ago|earlier))?|(?:the\\s+)?(?:year-ago|year-earlier)(?:\\s+period)?)` +
  // 6: "the 1989 quarter", "the 1988 period"
  `|the\\s+((?:19|20)\\d\\d)\\s+(?:fiscal\\s+)?(?:quarter|period)`,
);

function quarterYear(ref: Reference, q: number): number {
  return (q - 1) * 3 + 1 <= ref.m ? ref.y : ref.y - 1;
}

/** The match as a result with its TIMEX value (module level: tsx names every closure, which costs on each call). */
const at = (context: ParsingContext, m: RegExpMatchArray, value: string): ParsingResult => timexResult(context, m.index!, m[0], value, 'DATE');

export class QuarterParser extends NewsParser {
  constructor() {
    super(PATTERN);
  }
  extractMatch(context: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
    const { ref, focusQuarter } = newsOption(context);
    if (m[2]) {
      const n = ORDINALS[m[2].toLowerCase()];
      const isHalf = /half/i.test(m[3]);
      if (isHalf && n > 2) return null;
      const yearText = (m[1] ?? m[4] ?? '').toLowerCase();
      let y: number | null = /^\d{4}$/.test(yearText) ? +yearText : null;
      if (y === null && !ref.known) return at(context, m, `XXXX-${isHalf ? 'H' : 'Q'}${n}`);
      if (y === null) {
        const shift = /last|year-ago|year-earlier/.test(yearText) ? -1 : /next/.test(yearText) ? 1 : 0;
        const base = yearText ? ref.y : isHalf ? ((n - 1) * 6 + 1 <= ref.m ? ref.y : ref.y - 1) : quarterYear(ref, n);
        y = base + shift;
      }
      return at(context, m, `${fmtYear(y)}-${isHalf ? 'H' : 'Q'}${n}`);
    }
    if (m[6]) return focusQuarter ? at(context, m, `${m[6]}-Q${focusQuarter.q}`) : /period/i.test(m[0]) ? null : at(context, m, `${m[6]}-QX`);
    const text = m[5].toLowerCase();
    const yearAgo = /year-ago|year-earlier|a year/.test(text);
    if (/period/.test(text) && !focusQuarter) return null;
    if (!ref.known) return at(context, m, yearAgo ? 'PAST_REF' : 'PRESENT_REF');
    const f = focusQuarter ?? { y: ref.y, q: quarterOf(ref.m) };
    if (/^(the\s+)?(year-ago|year-earlier)$/.test(text)) return at(context, m, fmtYear(f.y - 1));
    return at(context, m, `${fmtYear(f.y - (yearAgo ? 1 : 0))}-Q${f.q}`);
  }
}
