// Per-parser gates: for each chrono parser (by class name), a cheap regex that every match of its
// pattern must contain. Chrono runs every parser's full regex over every window; a window without
// the gate's text cannot yield a result from that parser, so the parser is skipped there. Each gate
// was read off the parser's pattern (chrono-node 2.10); test/language-dates/parser-gates.test.ts
// checks on sample windows that gating never changes a result. A parser not listed always runs.
import { FUZZY_REFS } from './lexicon.js';

/** Every English month name and abbreviation starts with one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** The last word of each fuzzy reference phrase: any match ends with one of them. */
const FUZZY_LAST_WORDS = new RegExp([...new Set(FUZZY_REFS.map(([w]) => w.split(' ').pop()!))].join('|'), 'i');

export const PARSER_GATES: ReadonlyMap<string, RegExp> = new Map([
  // Chrono's English parsers.
  ['ENYearMonthDayParser', /\d{4}/],
  ['ISOFormatParser', /\d{4}-\d/],
  ['SlashDateFormatParser', /\d[/.-]\d/],
  ['ENSlashMonthFormatParser', /\d\/\d{4}/],
  ['ENTimeExpressionParser', /\d/],
  ['ENMonthNameLittleEndianParser', MONTH],
  ['ENMonthNameMiddleEndianParser', MONTH],
  ['ENMonthNameParser', MONTH],
  ['ENYearMonthNameParser', MONTH],
  // The weekday word ends at a non-word character or runs on into "[of] this/last/past/next week".
  ['ENWeekdayParser', /(?:(?:sun|mon|tue|wed|thu|fri|sat)(?:day|urday|nesday|sday|rsday|rs|r)?\.?|week(?:end|day))(?:(?!\w)|of|this|last|past|next)/i],
  // "tmrw" contains "tmr", "last night" "night".
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  ['ENCasualTimeParser', /morning|afternoon|evening|night|midday|noon/i],
  ['ENEndOfCurrentMonthParser', /month/i],
  ['ENRelativeDateFormatParser', /this|last|past|next|after/i],
  ['ENTimeUnitCasualRelativeFormatParser', /this|last|past|next|after|[+-]/i],
  ['ENTimeUnitAgoFormatParser', /ago|before|earlier/i],
  ['ENTimeUnitLaterFormatParser', /(?:later|after|now|henceforth|forward|out)(?!\w)/i],
  // The news parsers (parsers/).
  ['QuarterParser', /quarter|half|period|year-/i],
  // News parsers end every match with (?![\w-]); these gates hold the words a match can end with.
  // "tonight" and "overnight" end in "night", "year-end" and "the year's end" in "end".
  ['RelativeParser', /(?:ago|earlier|before|later|now|hence|week|weekend|month|quarter|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|yesterday|today|tomorrow|end)(?![\w-])/i],
  ['DurationParser', /(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?(?:-long)?(?![\w-])/i],
  // Decade words all end in "ties"; spelled years start with "nineteen", "twenty" or "two thousand".
  ['YearParser', /1[5-9]\d\d|20\d\d|\d0'?s|ties|century|nineteen|twenty|thousand/i],
  // Plural weekdays end in "days".
  ['SetParser', /daily|nightly|weekly|monthly|annual|yearly|hourly|every|each|days|once|twice|times/i],
  ['FuzzyRefParser', FUZZY_LAST_WORDS],
]);
