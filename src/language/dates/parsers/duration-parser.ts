// Durations: "three years" (P3Y), "the past decade" (P10Y), "a five-year plan" (P5Y), "several weeks" (PXW).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { CARDINAL, UNIT, UNITS } from '../lexicon.js';
import { fmtAmount, parseCardinal } from '../numbers.js';
import { NewsParser, timexResult } from '../timex.js';

const HEDGE = '(?:(?:nearly|almost|about|around|roughly|some|more than|less than|fewer than|at least|up to|over|under|within|only|just|another|an additional|the)\\s+)?';
const FRAME = '(?:(?:the\\s+)?(?:past|last|next|first|previous|coming|following|latest|final|initial|remaining|same)\\s+)?';
const VAGUE = '(?:several|a\\s+few|few|many|some|recent|coming)';
const PATTERN = new RegExp(
  `${HEDGE}${FRAME}(?:(${CARDINAL}(?:\\s+and\\s+a\\s+half)?)|(${VAGUE}))(?:\\s+more)?[\\s-]+(?:trading\\s+|business\\s+|calendar\\s+)?${UNIT}(?:-long)?` +
  `|(?:the\\s+)?(past|last|next|coming)\\s+(decade|century|fortnight)` +
  `|(?:the\\s+)?(?:past|last|next|coming|recent)\\s+(year|month|week|day|decade|centurie|hour|minute)s` +
  `|(years|months|weeks|days|decades|hours|minutes)`,
);

/** The TIMEX duration for `n` units ("P3Y", "PT5H", "PXW" when n is null). */
export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')] ?? UNITS.day;
  if (n !== null && !Number.isInteger(n) && u.letter === 'Y') return `P${Math.floor(n)}Y6M`;
  const amount = n === null ? 'X' : fmtAmount(n * (u.factor ?? 1));
  const letter = u.factor === 100 && n === null ? 'C' : u.factor === 10 && n === null ? 'E' : u.letter;
  return `P${u.time ? 'T' : ''}${amount}${letter}`;
}

export class DurationParser extends NewsParser {
  constructor() {
    super(PATTERN);
  }
  extractMatch(context: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
    const text = m[0];
    // Followed by "ago"/"earlier"/"later" it is a point in time: the relative parser takes it.
    const after = context.text.slice(m.index! + text.length, m.index! + text.length + 12);
    if (/^\s+(ago|earlier|before|later|from now|after)\b/i.test(after)) return null;
    // "a 6-year-old", "52 years old": ages, not durations.
    if (/^(-|\s+)old\b/i.test(after)) return null;
    // "three-quarters" is a fraction: the hyphenated form only takes a singular unit ("five-year").
    if (/-\w+s$/.test(text)) return null;
    let n: number | null = null;
    let unit: string;
    if (m[3]) {
      unit = m[3];
      if (m[1]) {
        const base = m[1].replace(/\s+and\s+a\s+half$/i, '');
        const parsed = parseCardinal(base);
        if (parsed === null) return null;
        n = parsed + (base.length < m[1].length ? 0.5 : 0);
        if (n > 1000 || (/^an?$/i.test(base) && /^second/i.test(unit))) return null;
      }
      // "recent years" is PAST_REF (the reference-word parser's), "recent weeks" a vague duration.
      if (/^recent$/i.test(m[2] ?? '') && /^year/i.test(unit)) return null;
    } else if (m[4]) {
      unit = m[5];
      n = 1;
    } else if (m[6]) {
      unit = m[6];
    } else {
      unit = m[7];
      // A bare plural ("years") is a duration only when nothing else explains it.
      if (/^\s+(old|of age)\b/i.test(after)) return null;
    }
    // "a day" / "one day" as in "a day of protests" are rarely durations when followed by "of".
    if (/^an?\s/i.test(text) && /^\s+of\b/i.test(after) && !/year|month|week/i.test(unit)) return null;
    return timexResult(context, m.index!, text, durationValue(n, unit), 'DURATION');
  }
}
