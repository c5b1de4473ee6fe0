// TimeML extents leave out prepositions and trailing punctuation: "on Tuesday," → "Tuesday".
// Chrono's own "within" results ("for two days", "in two weeks") lose their preposition too, so
// that the duration parser's result (same extent, P2D) wins the tie.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:on|in|at|by|for|from|since|until|till|during|within|after|before|of|around)\s+/i;
const TRAILING = /[\s,;:]+$/;
// "one year after", "several months before": TimeML marks the duration only; the signal word stays out.
const SIGNAL_AFTER = /\s+(?:after|before)$/i;

export class TrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text);
      if (lead && lead[0].length < r.text.length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      r.text = r.text.replace(TRAILING, '').replace(SIGNAL_AFTER, '');
    }
    return results;
  }
}
