// The date-finding pipeline as data: chrono's casual English configuration plus the news parsers and
// refiners, in order. Order matters where commented.
import * as chrono from 'chrono-node';
import type { Parser, ParsingContext } from 'chrono-node';
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
  // Gated: a parser whose gate text is absent from the window is not run there (parser-gates.ts).
  if (options.gated !== false) news.parsers = news.parsers.map(gated);
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
  return news;
}

/** Fails at once: sticky, so it is tried at index 0 only. */
const NEVER = /(?!)/y;

/** `parser`, answering with a pattern that cannot match when the window lacks its gate text. */
function gated(parser: Parser): Parser {
  const gate = PARSER_GATES.get(parser.constructor.name);
  if (!gate) return parser;
  return {
    pattern: (context: ParsingContext): RegExp => (gateOpen(gate, context) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

// Parsers run one after another on one context, and several share a gate: test each gate once.
let gatesOf: ParsingContext | null = null;
const gateMemo = new Map<RegExp, boolean>();

function gateOpen(gate: RegExp, context: ParsingContext): boolean {
  if (gatesOf !== context) {
    gatesOf = context;
    gateMemo.clear();
  }
  let open = gateMemo.get(gate);
  if (open === undefined) gateMemo.set(gate, (open = gate.test(context.text)));
  return open;
}
