// TimeML extents leave out prepositions and trailing punctuation: "on Tuesday," → "Tuesday".
// Chrono's own "within" results ("for two days", "in two weeks") lose their preposition too, so
// that the duration parser's result (same extent, P2D) wins the tie.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:on|in|at|by|for|from|since|until|till|during|within|after|before|of|around)\s+/i;
const TRAILING = /[\s,;:]+$/;
// "one year after", "several months before": TimeML marks the duration only; the signal word stays out.
const SIGNAL_AFTER = /\s+(?:after|before)$/i;
/** First letters of the LEADING words, last characters TRAILING or SIGNAL_AFTER can remove. */
const LEAD_LETTER = /^[oiabfsutdw]/i;
const TAIL_END = /[\s,;:re]$/i;

export class TrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEAD_LETTER.test(r.text) ? LEADING.exec(r.text) : null;
      if (lead && lead[0].length < r.text.length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      // Only a text ending in one of these can lose a tail (the regexes below need them last).
      if (TAIL_END.test(r.text)) r.text = r.text.replace(TRAILING, '').replace(SIGNAL_AFTER, '');
    }
    return results;
  }
}
