// How a custom parser's TIMEX3 value travels through chrono: as tags on an otherwise empty result.
import type { ParsedResult, Parser, ParsingContext, ParsingOption, ParsingResult } from 'chrono-node';
import type { DateRef } from '../../model/article.js';
import type { Reference } from './reference.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A date found in text: the shared DateRef plus the TIMEX3 type. */
export interface DateFinding extends DateRef { type: TimexType }

/** Chrono option extended with what the news parsers need. */
export interface NewsOption extends ParsingOption {
  ref: Reference;
  /** The quarter a financial report is about (the last one completed before publication), when the article talks of quarters. */
  focusQuarter: { y: number; q: number } | null;
}

export const newsOption = (context: ParsingContext): NewsOption => context.option as NewsOption;

const VALUE_TAG = 'timex:';
const TYPE_TAG = 'timex-type:';

/** The results `timexResult` made: the only ones with TIMEX tags (chrono's parsers and refiners add none). */
const TIMEX_RESULTS = new WeakSet<ParsedResult>();

/** A chrono result that carries its own TIMEX3 value (components stay implied). */
export function timexResult(context: ParsingContext, index: number, text: string, value: string, type: TimexType): ParsingResult {
  const result = context.createParsingResult(index, text, {});
  result.addTag(VALUE_TAG + value);
  result.addTag(TYPE_TAG + type);
  TIMEX_RESULTS.add(result);
  return result;
}

/**
 * Whether a result came from `timexResult`: the same answer as `timexOf(r) !== null` for the results
 * the parsers return (before any refiner could copy tags into a new result), without reading the tags.
 */
export const isTimexResult = (result: ParsedResult): boolean => TIMEX_RESULTS.has(result);

export function timexOf(result: ParsedResult): { value: string; type: TimexType } | null {
  const found: TimexFound = { value: null, type: 'DATE' };
  // The tags of start, then those of end not in start: the order result.tags() lists them in,
  // read without copying them into new sets (this runs for every result in several refiners).
  const start = tagSet(result.start);
  const end = result.end ? tagSet(result.end) : null;
  if (start === null || (result.end && end === null)) {
    for (const tag of result.tags()) readTag(tag, found);
  } else {
    for (const tag of start) readTag(tag, found);
    if (end !== null) for (const tag of end) if (!start.has(tag)) readTag(tag, found);
  }
  return found.value === null ? null : { value: found.value, type: found.type };
}

interface TimexFound { value: string | null; type: TimexType }

function readTag(tag: string, found: TimexFound): void {
  if (tag.startsWith(VALUE_TAG)) found.value = tag.slice(VALUE_TAG.length);
  else if (tag.startsWith(TYPE_TAG)) found.type = tag.slice(TYPE_TAG.length) as TimexType;
}

/** The components' own tag set (chrono keeps it in `_tags`), or null when that field is missing. */
function tagSet(components: ParsedResult['start']): ReadonlySet<string> | null {
  const own = (components as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as Set<string>) : null;
}

const WORD_CHAR = /[\w'-]/;

/**
 * Base for the news parsers: chrono's Parser shape with a word-boundary guard compiled once.
 * Chrono retries a failed match on the text after it, where a lookbehind cannot see the previous
 * character, so the left boundary is checked again against the whole text ("1989" must not yield "989").
 * `extractMatch` returns null to let chrono move on by one character.
 */
export abstract class NewsParser implements Parser {
  private readonly compiled: RegExp;
  constructor(inner: RegExp) {
    this.compiled = new RegExp(`(?<![\\w'-])(?:${inner.source})(?![\\w-])`, 'i');
  }
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const prev = match.index! > 0 ? context.text[match.index! - 1] : undefined; // text[-1]: a deoptimisation
    return prev !== undefined && WORD_CHAR.test(prev) ? null : this.extractMatch(context, match);
  }
  abstract extractMatch(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;
}
