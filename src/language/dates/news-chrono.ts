// The date-finding pipeline as data: chrono's casual English configuration plus the news parsers and
// refiners, in order. Order matters where commented.
import * as chrono from 'chrono-node';
import { ParsingContext } from 'chrono-node';
import type { ParsedResult, Parser, ParsingOption, ParsingReference, ParsingResult } from 'chrono-node';
import { PARSER_GATES } from './parser-gates.js';
import { DurationParser } from './parsers/duration-parser.js';
import { FuzzyRefParser } from './parsers/fuzzy-ref-parser.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RelativeParser } from './parsers/relative-parser.js';
import { SetParser } from './parsers/set-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { DayFirstRefiner } from './refiners/day-first-refiner.js';
import { MonthEdgeRefiner } from './refiners/month-edge-refiner.js';
import { NewsFilterRefiner } from './refiners/news-filter-refiner.js';
import { NewsWeekdayRefiner } from './refiners/news-weekday-refiner.js';
import { RecentMonthRefiner } from './refiners/recent-month-refiner.js';
import { TrimRefiner } from './refiners/trim-refiner.js';
import { RestoreTimexRefiner, SetAsideTimexRefiner } from './refiners/timex-set-aside.js';

/** `gated: false` runs every parser on every window (the reference the gates are tested against). */
export function createNewsChrono(options: { gated?: boolean } = {}): chrono.Chrono {
  const news = chrono.casual.clone();
  // News parsers first: on a tie in extent their result wins (see RestoreTimexRefiner).
  news.parsers.unshift(
    new QuarterParser(), new RelativeParser(), new DurationParser(), new YearParser(), new SetParser(), new FuzzyRefParser(),
  );
  // Must run before chrono's merging refiners so they never glue a TIMEX-tagged result to a date.
  news.refiners.unshift(new SetAsideTimexRefiner(), new DayFirstRefiner());
  news.refiners.push(
    new TrimRefiner(),
    new NewsFilterRefiner(),
    new MonthEdgeRefiner(),
    // Both after chrono's ForwardDateRefiner and merges, which would otherwise re-imply the date.
    new NewsWeekdayRefiner(),
    new RecentMonthRefiner(),
    // Last: puts the tagged results back and settles overlaps.
    new RestoreTimexRefiner(),
  );
  // Gated: a parser whose gate text is absent from the window is not run there (parser-gates.ts).
  return options.gated === false ? news : new GatedChrono({ parsers: news.parsers, refiners: news.refiners });
}

type ParserRun = (context: ParsingContext, parser: Parser) => ParsingResult[];
/** Chrono's own loop over one parser's matches: a private static in chrono-node 2.10, reused so matching stays chrono's. */
const executeParser: ParserRun = ((): ParserRun => {
  const run = (chrono.Chrono as unknown as { executeParser?: ParserRun }).executeParser;
  if (typeof run !== 'function') throw new Error('news-chrono: chrono-node no longer has Chrono.executeParser');
  return run;
})();

/**
 * Chrono.parse with two shortcuts that change no result: a parser whose gate is closed on the
 * text is skipped outright (no pattern scan), and the refiners are skipped when no parser found
 * anything (every refiner maps an empty list to an empty list). Each distinct gate is tested once.
 */
class GatedChrono extends chrono.Chrono {
  /** Per parser, the index of its gate in `gates` (-1: always runs); rebuilt when `parsers` is replaced or changes length. */
  private gateIndex = new Int32Array(0);
  private gates: RegExp[] = [];
  private indexedParsers: Parser[] | null = null;

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
    const parsers = this.parsers;
    if (parsers !== this.indexedParsers || parsers.length !== this.gateIndex.length) this.indexGates();
    // Per distinct gate: 0 untested, 1 open, 2 closed.
    const state = new Uint8Array(this.gates.length);
    let results: ParsingResult[] = [];
    for (let i = 0; i < parsers.length; i++) {
      const g = this.gateIndex[i];
      if (g >= 0) {
        if (state[g] === 0) state[g] = this.gates[g].test(text) ? 1 : 2;
        if (state[g] === 2) continue;
      }
      const found = executeParser(context, parsers[i]);
      for (let k = 0; k < found.length; k++) results.push(found[k]);
    }
    if (results.length === 0) return results;
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }

  private indexGates(): void {
    this.indexedParsers = this.parsers;
    this.gates = [];
    this.gateIndex = Int32Array.from(this.parsers, (parser) => {
      const gate = PARSER_GATES.get(parser.constructor.name);
      if (!gate) return -1;
      const at = this.gates.indexOf(gate);
      return at >= 0 ? at : this.gates.push(gate) - 1;
    });
  }
}
