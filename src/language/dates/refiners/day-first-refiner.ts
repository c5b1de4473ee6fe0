// "01.02.2022" is day-first in most of the world's news (1 February), unless that is impossible.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isValidDay } from '../reference.js';

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;

export class DayFirstRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.text.includes('.')) continue;
      const m = DOTTED.exec(r.text.trim());
      if (!m) continue;
      const y = m[3].length === 2 ? 2000 + +m[3] - (+m[3] > 50 ? 100 : 0) : +m[3];
      if (!isValidDay({ y, m: +m[2], d: +m[1] })) continue;
      r.start.assign('day', +m[1]).assign('month', +m[2]).assign('year', y);
    }
    return results;
  }
}
