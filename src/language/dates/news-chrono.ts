// The date-finding pipeline as data: chrono's casual English configuration plus the news parsers and
// refiners, in order. Order matters where commented.
import * as chrono from 'chrono-node';
import { ParsingContext } from 'chrono-node';
import type { ParsedResult, Parser, ParsingOption, ParsingReference, ParsingResult } from 'chrono-node';
import { isClockShaped, numbersMatter } from './clock-time-gate.js';
import { RunMaskTable } from './run-mask-table.js';
import { isWordAlternation, PARSER_ALT_GATES, PARSER_GATES, PARSER_RUN_GATES } from './parser-gates.js';
import { DurationParser } from './parsers/duration-parser.js';
import { rejectingNonTimesEarly } from './parsers/time-expression-guard.js';
import { FuzzyRefParser } from './parsers/fuzzy-ref-parser.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RelativeParser } from './parsers/relative-parser.js';
import { SetParser } from './parsers/set-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { DayFirstRefiner } from './refiners/day-first-refiner.js';
import { EndOfPeriodGuard } from './refiners/end-of-period-guard.js';
import { TimezoneAbbrGuard } from './refiners/timezone-abbr-guard.js';
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
  // Three of chrono's own steps with their wasted work cut, same results (see each file).
  news.refiners = news.refiners.map((r) => {
    const name = r.constructor.name;
    return name === 'ENEndOfPeriodRefiner' ? new EndOfPeriodGuard(r) : name === 'ExtractTimezoneAbbrRefiner' ? new TimezoneAbbrGuard(r) : r;
  });
  news.parsers = news.parsers.map((p) => (p.constructor.name === 'ENTimeExpressionParser' ? rejectingNonTimesEarly(p) : p));
  // Gated: a parser whose gate text is absent from the window is not run there (parser-gates.ts).
  return options.gated === false ? news : new GatedChrono({ parsers: news.parsers, refiners: news.refiners });
}

/*
 * Word gates are decided on maximal runs of ASCII letters (run-mask-table.ts). A word gate (letters only,
 * flag i) matches inside a text exactly when it matches inside one of its letter runs: without flag u,
 * no other character folds to an ASCII letter. Runs of one or two letters ("a", "of", "in") are left
 * out when no word gate can match those.
 */

/** Every run of one or two letters, in lower case (the run gates have flag i). */
const SHORT_RUNS: readonly string[] = ((): string[] => {
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  return [...letters, ...letters.flatMap((a) => letters.map((b) => a + b))];
})();

type ParserRun = (context: ParsingContext, parser: Parser) => ParsingResult[];
/** Chrono's own loop over one parser's matches: a private static in chrono-node 2.10, reused so matching stays chrono's. */
const executeParser: ParserRun = ((): ParserRun => {
  const run = (chrono.Chrono as unknown as { executeParser?: ParserRun }).executeParser;
  if (typeof run !== 'function') throw new Error('news-chrono: chrono-node no longer has Chrono.executeParser');
  return run;
})();

/** One parser's gate, split by how each part is decided (see parser-gates.ts). */
interface GatePlan {
  /** Run-gate bits (see PARSER_RUN_GATES) that must all be present in the window. */
  words: number;
  /** Indexes into `GatedChrono.regexes` of the gates that need their own test. */
  regexes: Int32Array;
  /** PARSER_ALT_GATES: whether the parser has one; then any of these pair bits or run bits opens it, else the regex. */
  alts: boolean;
  pairBits: number;
  singleBits: number;
  /** Index into `GatedChrono.regexes`, or -1. */
  altRegex: number;
}

/**
 * Chrono.parse with two shortcuts that change no result: a parser whose gate is closed on the
 * text is skipped outright (no pattern scan), and the refiners are skipped when no parser found
 * anything (every refiner maps an empty list to an empty list). The word gates of all parsers are
 * decided from the text's letter runs; each other distinct gate is tested once, when first needed.
 */
class GatedChrono extends chrono.Chrono {
  private plans: GatePlan[] = [];
  private regexes: RegExp[] = [];
  /** The gates decided per letter run: bit i is `wordGates[i]`. */
  private wordGates: RegExp[] = [];
  /** Per letter run seen: the bits of the word gates it contains, and the pairs of runs. */
  private runs: RunMaskTable | null = null;
  private indexedParsers: Parser[] | null = null;
  /** Index of chrono's time parser in `parsers`, or -1. */
  private timeParser = -1;
  /** The pair gates (PARSER_ALT_GATES) found in the text `wordsIn` last read: bit k is pair k. */
  private pairsFound = 0;
  private gateState = new Uint8Array(0);

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
    const parsers = this.parsers;
    if (parsers !== this.indexedParsers || parsers.length !== this.plans.length) this.indexGates();
    const words = this.wordsIn(text);
    // Per distinct regex gate: 0 untested, 1 open, 2 closed (one array for all windows).
    const state = this.gateState.length === this.regexes.length ? this.gateState.fill(0) : (this.gateState = new Uint8Array(this.regexes.length));
    let results: ParsingResult[] = [];
    // Where the time parser's results go when it is put off (see clock-time-gate.ts), else -1.
    let timeAt = -1;
    for (let i = 0; i < parsers.length; i++) {
      if (!this.open(this.plans[i], words, state, text)) continue;
      if (i === this.timeParser && !isClockShaped(text)) {
        timeAt = results.length;
        continue;
      }
      const found = executeParser(context, parsers[i]);
      for (let k = 0; k < found.length; k++) results.push(found[k]);
    }
    if (timeAt >= 0 && numbersMatter(text, results)) results.splice(timeAt, 0, ...executeParser(context, parsers[this.timeParser]));
    if (results.length === 0) return results;
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }

  /** The bits of the word gates present in the text, and (in `pairsFound`) the pair gates. */
  private wordsIn(text: string): number {
    const words = this.runs!.scan(text);
    this.pairsFound = this.runs!.pairs;
    return words;
  }

  /** The word gates found in one letter run. */
  private maskOf(run: string): number {
    let mask = 0;
    for (let i = 0; i < this.wordGates.length; i++) if (this.wordGates[i].test(run)) mask |= 1 << i;
    return mask;
  }

  /** Whether all of a parser's gates are present in the text (each distinct regex gate tested once per text). */
  private open(plan: GatePlan, words: number, state: Uint8Array, text: string): boolean {
    if ((words & plan.words) !== plan.words) return false;
    const regexes = plan.regexes;
    for (let k = 0; k < regexes.length; k++) if (!this.regexOpen(regexes[k], state, text)) return false;
    if (!plan.alts || (this.pairsFound & plan.pairBits) !== 0 || (words & plan.singleBits) !== 0) return true;
    return plan.altRegex >= 0 && this.regexOpen(plan.altRegex, state, text);
  }

  private regexOpen(g: number, state: Uint8Array, text: string): boolean {
    if (state[g] === 0) state[g] = this.regexes[g].test(text) ? 1 : 2;
    return state[g] === 1;
  }

  private indexGates(): void {
    this.indexedParsers = this.parsers;
    this.timeParser = this.parsers.findIndex((p) => p.constructor.name === 'ENTimeExpressionParser');
    this.regexes = [];
    const pairFirst: number[] = [];
    const pairSecond: number[] = [];
    const wordGates: RegExp[] = [];
    const bitOf = (g: RegExp): number => {
      const at = wordGates.indexOf(g);
      return 1 << (at >= 0 ? at : wordGates.push(g) - 1);
    };
    this.plans = this.parsers.map((parser) => {
      const gate = PARSER_GATES.get(parser.constructor.name);
      const list: readonly RegExp[] = gate === undefined ? [] : gate instanceof RegExp ? [gate] : gate;
      const run = PARSER_RUN_GATES.get(parser.constructor.name);
      let words = run ? bitOf(run) : 0;
      const regexes: number[] = [];
      for (const g of list) {
        if (isWordAlternation(g)) {
          words |= bitOf(g);
        } else {
          const at = this.regexes.indexOf(g);
          regexes.push(at >= 0 ? at : this.regexes.push(g) - 1);
        }
      }
      const alt = PARSER_ALT_GATES.get(parser.constructor.name);
      let pairBits = 0, singleBits = 0, altRegex = -1;
      if (alt !== undefined) {
        for (const [first, second] of alt.pairs) {
          pairBits |= 1 << pairFirst.length;
          pairFirst.push(bitOf(first));
          pairSecond.push(bitOf(second));
        }
        for (const single of alt.singles) singleBits |= bitOf(single);
        if (alt.regex) altRegex = this.regexes.indexOf(alt.regex) >= 0 ? this.regexes.indexOf(alt.regex) : this.regexes.push(alt.regex) - 1;
      }
      return { words, regexes: Int32Array.from(regexes), alts: alt !== undefined, pairBits, singleBits, altRegex };
    });
    if (pairFirst.length > 31) throw new Error('news-chrono: more pair gates than bits');
    if (wordGates.length > 31) throw new Error('news-chrono: more word gates than bits');
    this.wordGates = wordGates;
    const shortRuns = wordGates.some((g) => !g.flags.includes('i') || SHORT_RUNS.some((r) => g.test(r)));
    this.runs = new RunMaskTable((run) => this.maskOf(run), shortRuns ? 1 : 3, pairFirst, pairSecond);
  }
}
