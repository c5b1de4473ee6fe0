// The date-finding pipeline as data: chrono's casual English configuration plus the news parsers and
// refiners, in order. Order matters where commented.
import * as chrono from 'chrono-node';
import { ParsingContext } from 'chrono-node';
import type { ParsedResult, Parser, ParsingOption, ParsingReference, ParsingResult } from 'chrono-node';
import { isWordAlternation, PARSER_GATES, PARSER_RUN_GATES } from './parser-gates.js';
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

/**
 * Maximal runs of ASCII letters. A word gate (letters only, flag i) matches inside a text exactly when
 * it matches inside one of its letter runs: without flag u, no other character folds to an ASCII letter.
 */
const LETTER_RUNS = /[A-Za-z]+/g;
/** The same runs less those of one or two letters ("a", "of", "in"): used when no run gate can match those. */
const LONGER_LETTER_RUNS = /[A-Za-z]{3,}/g;
const RUN_CACHE_LIMIT = 50_000;

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
  /** LONGER_LETTER_RUNS when no word gate matches a run of one or two letters, else LETTER_RUNS. */
  private runScan = LETTER_RUNS;
  /** Per letter run seen: the bits of the word gates it contains. */
  private runMasks = new Map<string, number>();
  private indexedParsers: Parser[] | null = null;

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
    const parsers = this.parsers;
    if (parsers !== this.indexedParsers || parsers.length !== this.plans.length) this.indexGates();
    const words = this.wordsIn(text);
    // Per distinct regex gate: 0 untested, 1 open, 2 closed.
    const state = new Uint8Array(this.regexes.length);
    let results: ParsingResult[] = [];
    for (let i = 0; i < parsers.length; i++) {
      if (!this.open(this.plans[i], words, state, text)) continue;
      const found = executeParser(context, parsers[i]);
      for (let k = 0; k < found.length; k++) results.push(found[k]);
    }
    if (results.length === 0) return results;
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }

  /** The bits of the word gates present in the text: one native scan for its letter runs, then a cached mask per run. */
  private wordsIn(text: string): number {
    const runs = text.match(this.runScan);
    if (runs === null) return 0;
    const masks = this.runMasks;
    let words = 0;
    for (let i = 0; i < runs.length; i++) {
      let mask = masks.get(runs[i]);
      if (mask === undefined) mask = this.maskOf(runs[i]);
      words |= mask;
    }
    return words;
  }

  /** The word gates found in one letter run (cached; the cache starts over when it grows large). */
  private maskOf(run: string): number {
    let mask = 0;
    for (let i = 0; i < this.wordGates.length; i++) if (this.wordGates[i].test(run)) mask |= 1 << i;
    if (this.runMasks.size >= RUN_CACHE_LIMIT) this.runMasks.clear();
    this.runMasks.set(run, mask);
    return mask;
  }

  /** Whether all of a parser's gates are present in the text (each distinct regex gate tested once per text). */
  private open(plan: GatePlan, words: number, state: Uint8Array, text: string): boolean {
    if ((words & plan.words) !== plan.words) return false;
    const regexes = plan.regexes;
    for (let k = 0; k < regexes.length; k++) {
      const g = regexes[k];
      if (state[g] === 0) state[g] = this.regexes[g].test(text) ? 1 : 2;
      if (state[g] === 2) return false;
    }
    return true;
  }

  private indexGates(): void {
    this.indexedParsers = this.parsers;
    this.regexes = [];
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
      return { words, regexes: Int32Array.from(regexes) };
    });
    if (wordGates.length > 31) throw new Error('news-chrono: more word gates than bits');
    this.wordGates = wordGates;
    this.runMasks = new Map();
    this.runScan = wordGates.some((g) => !g.flags.includes('i') || SHORT_RUNS.some((r) => g.test(r))) ? LETTER_RUNS : LONGER_LETTER_RUNS;
  }
}
