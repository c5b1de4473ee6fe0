// Years and larger spans: "1998", "fiscal 1989", "early 1998", "the 1990s" (199X), "the nineties",
// "the 20th century" (19), "nineteen ninety-six" (1996).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { CENTURY_ORDINALS, DECADE_WORDS } from '../lexicon.js';
import { parseCardinal } from '../numbers.js';
import { NewsParser, newsOption, timexResult } from '../timex.js';

const EDGE = '(?:(?:early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+(?:early|late|mid))[\\s-]+)?';
const TEENS = '(?:nineteen|twenty)';
const SPELLED = `${TEENS}[\\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const PATTERN = new RegExp(
  // 1: decade digits, 2: decade words, 3: short decade
  `(?:the\\s+)?${EDGE}(?:(1[0-9]\\d0|20\\d0)'?s|(${Object.keys(DECADE_WORDS).join('|')})|'(\\d0)s)` +
  // 4: century ordinal
  `|(?:the\\s+)?${EDGE}(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(CENTURY_ORDINALS).join('|')})\\s+century` +
  // 5: spelled year
  `|(?:the\\s+year\\s+)?(${SPELLED}|two\\s+thousand(?:\\s+and\\s+\\w+)?)` +
  // 6: digit year
  `|(?:(?:fiscal|calendar|the\\s+year|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of)\\s+)?${EDGE}(1[5-9]\\d\\d|20\\d\\d)`,
);
// Numbers that are amounts, not years.
const AMOUNT_BEFORE = /(?:[$€£#.,]|\d\s?|\b(?:No\.|Room|Flight|Route|Highway|Article|Section|Chapter|Page|Suite|Unit|Lot|Box|Model)\s?)$/;
const AMOUNT_AFTER = /^(?:[.,]\d|\s*(?:%|-\d|(?:percent|per|people|shares|members|troops|men|women|feet|meters|metres|miles|km|tons|units|points|votes|cars|jobs)\b))/i;

/** The match as a result with its TIMEX value (module level: tsx names every closure, which costs on each call). */
const at = (context: ParsingContext, m: RegExpMatchArray, value: string): ParsingResult => timexResult(context, m.index!, m[0], value, 'DATE');

export class YearParser extends NewsParser {
  constructor() {
    super(PATTERN);
  }
  extractMatch(context: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
    if (m[1]) return at(context, m, `${m[1].slice(0, 3)}X`);
    if (m[2]) return at(context, m, `19${DECADE_WORDS[m[2].toLowerCase()]}X`);
    if (m[3]) {
      const { ref } = newsOption(context);
      const century = +m[3] <= (ref.y % 100) ? Math.floor(ref.y / 100) : Math.floor(ref.y / 100) - 1;
      return at(context, m, `${century}${m[3][0]}X`);
    }
    if (m[4]) {
      const n = CENTURY_ORDINALS[m[4].toLowerCase()] ?? parseInt(m[4], 10);
      return n >= 1 && n <= 30 ? at(context, m, String(n - 1).padStart(2, '0')) : null;
    }
    if (m[5]) return spelledYear(m[5]) ? at(context, m, spelledYear(m[5])!) : null;
    const before = context.text.slice(Math.max(0, m.index! - 10), m.index!);
    const after = context.text.slice(m.index! + m[0].length, m.index! + m[0].length + 24);
    if (m[0] === m[6] && (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after))) return null;
    return at(context, m, m[6]);
  }
}

function spelledYear(s: string): string | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('two thousand')) {
    const rest = w.replace(/^two thousand( and)?/, '').trim();
    const n = rest ? parseCardinal(rest) : 0;
    return n === null ? null : String(2000 + n);
  }
  const [head, ...tail] = w.split(' ');
  const hi = parseCardinal(head);
  const lo = parseCardinal(tail.join(' '));
  return hi === null || lo === null ? null : String(hi * 100 + lo);
}
