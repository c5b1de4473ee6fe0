// Per-parser gates: for each chrono parser (by class name), a cheap regex that every match of its
// pattern must contain (and below, PARSER_RUN_GATES: what one run of letters of every match looks
// like). Chrono runs every parser's full regex over every window; a window without the gate's
// text cannot yield a result from that parser, so the parser is skipped there. Each gate
// was read off the parser's pattern (chrono-node 2.10); test/language-dates/parser-gates.test.ts
// checks on sample windows that gating never changes a result. A parser not listed always runs.
// A list of gates means all of them must be present; a parser with both kinds needs both.
import { FUZZY_REFS } from './lexicon.js';

/** Every English month name and abbreviation starts with one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** The last word of each fuzzy reference phrase: any match ends with one of them. */
const FUZZY_LAST_WORDS = new RegExp([...new Set(FUZZY_REFS.map(([w]) => w.split(' ').pop()!))].join('|'), 'i');

/**
 * Chrono's time-unit amount as it ends a match: the end of a number ("5", "two", "a few", "the",
 * "a couple of"), at most three spaces, a unit word or abbreviation, then no word character.
 */
const AMOUNT_UNIT = /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\b|few|several|the|couple|of)\s{0,3}(?:seconds?|sec|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|w|months?|mon|mos|mo|quarters?|qtr|years?|yr|y|s)(?!\w)/i;

/**
 * A time-unit phrase ending in one of `words` (then no word character): chrono's last amount and unit
 * right before the word. How NUMBER_PATTERN can end ("5", "two", "half an", "a few", "the", "a couple
 * of"), at most three spaces, a unit word or abbreviation, at most five spaces (TIME_UNITS_PATTERN, then
 * the parsers' \\s{0,5}), the word. No word boundary is asked of the number ("half aday" is a match).
 * The word comes first and the rest is looked back on from its end: a pattern that opens with the
 * look-behind tries it at every character, six times slower.
 */
const amountUnitThen = (words: string): RegExp => new RegExp(
  `${words}(?!\\w)(?<=(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\\s{0,3}(?:seconds?|sec|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|w|months?|mon|mos|mo|quarters?|qtr|years?|yr|y|s)\\s{0,5}${words})`,
  'i',
);

/** How chrono's time-unit amount (TIME_UNITS_PATTERN: "about", then NUMBER_PATTERN) can begin. */
const AMOUNT_START = '(?:(?:about|around)\\s{0,3})?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a|few|several|the|couple)';

export const PARSER_GATES: ReadonlyMap<string, RegExp | readonly RegExp[]> = new Map<string, RegExp | readonly RegExp[]>([
  // Chrono's English parsers.
  ['ENYearMonthDayParser', /\d{4}/],
  ['ISOFormatParser', /\d{4}-\d/],
  // A result has a "/" between digits, or a year after two numbers of one or two digits ("5-12-2021",
  // "01.02.22"), and never follows a digit (the parser rejects a match with a digit before it, also where
  // chrono's retry one character on lets "^" match): an ISO date ("2024-03-12") opens no gate.
  ['SlashDateFormatParser', /\d\/\d|(?:^|\D)\d\d?[.-]\d\d?[.-]\d\d/],
  ['ENSlashMonthFormatParser', /\d\/\d{4}/],
  ['ENTimeExpressionParser', /\d/],
  // A year (digits, maybe an era) then the month, apart by at most spaces and one separator or "of".
  ['ENYearMonthNameParser', /\d(?:\s{0,2}(?:BE|AD|BCE?|CE))?(?:\s*[-./,]?\s*|\s+of\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  // "tmrw" contains "tmr", "last night" "night".
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  ['ENCasualTimeParser', /morning|afternoon|evening|night|midday|noon/i],
  // The prefix, then (after "about"/"around") how chrono's NUMBER_PATTERN can begin; then AMOUNT_UNIT.
  ['ENTimeUnitCasualRelativeFormatParser', [new RegExp(`(?:this|last|past|next|after|[+-])\\s*${AMOUNT_START}`, 'i'), AMOUNT_UNIT]],
  // "within|in|for" after a non-word character or at the start of the window: chrono retries a failed
  // match one character on, which never starts one of these words.
  // The amount's last unit, then the word that makes it relative, ending before a non-word character:
  // the run gates let through every "after", "out" and "before"; few of them follow a unit.
  ['ENTimeUnitLaterFormatParser', amountUnitThen('(?:later|after|from now|henceforth|forward|out)')],
  ['ENTimeUnitAgoFormatParser', amountUnitThen('(?:ago|before|earlier)')],
  // An ordinal (digits, maybe st/nd/rd/th, or a word ending so) right before the month, or apart by a
  // "-", a "/" or spaces around an optional "of": "5 May", "21st of March", "the third of June".
  ['ENMonthNameLittleEndianParser', /(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  ['ENTimeUnitWithinFormatParser', [new RegExp(`(?:^|\\W)(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${AMOUNT_START}`, 'i'), AMOUNT_UNIT]],
  // The news parsers (parsers/).
  ['QuarterParser', /quarter|half|period|year-/i],
  // A digit year stands alone: no letter, digit or "'" before it (a space or the "-" of "mid-" may be),
  // no word character or "-" after it ("2023-08-12" has none). Decade words all end in "ties"; spelled
  // years start with "nineteen", "twenty" or "two thousand".
  ['YearParser', /(?<![\w'])(?:1[5-9]\d\d|20\d\d)(?![\w-])|\d0'?s|ties|century|nineteen|twenty|thousand/i],
]);

/** Chrono's English month names (MONTH_DICTIONARY, without the abbreviations' dots). */
const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
/** How chrono's ordinal words (ORDINAL_WORD_DICTIONARY) begin. */
const ORDINAL_WORD_START = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)';

/**
 * Gates on single runs of letters: a parser runs on a window only when one of the window's letter runs
 * (maximal [A-Za-z]+) matches its run gate. Each was read off the parser's pattern: the run that holds
 * the parser's key word in any result ("Tuesday", "5thMarch" → "thMarch", "year-end" → "end"). Runs
 * are tested once each and the answer cached, so these gates cost one scan of the window in all.
 * A gate in PARSER_GATES that is a plain alternation of letters (flag i) is decided the same way
 * (it matches inside a text exactly when it matches inside one of its letter runs).
 */
export const PARSER_RUN_GATES: ReadonlyMap<string, RegExp> = new Map<string, RegExp>([
  // The month follows the header or "in"; "of" and a year may follow ("inMay", "Marof 2020").
  ['ENMonthNameParser', new RegExp(`^(?:in)?${MONTH_WORD}(?:of)?$`, 'i')],
  // The month follows the header; an ordinal may follow without a space ("Marchfirst").
  ['ENMonthNameMiddleEndianParser', new RegExp(`^${MONTH_WORD}(?:$|${ORDINAL_WORD_START})`, 'i')],
  // An ordinal ends in st/nd/rd/th or a digit, then "of" may come, then the month ends the run.
  ['ENMonthNameLittleEndianParser', new RegExp(`^(?:[a-z]*(?:st|nd|rd|th))?(?:of)?${MONTH_WORD}$`, 'i')],
  ['ENYearMonthNameParser', MONTH],
  // "on", "this|last|past|next", the weekday (WEEKDAY_DICTIONARY), "[of] this|last|past|next week",
  // each maybe without a space; the match ends before a non-word character.
  ['ENWeekdayParser', /^(?:on)?(?:this|last|past|next)?(?:sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)(?:(?:of)?(?:this|last|past|next)week)?$/i],
  // "(this|last|past|next|after this)" right after the header, a unit may follow without a space.
  ['ENRelativeDateFormatParser', /^(?:this|last|past|next|after)/i],
  ['ENEndOfCurrentMonthParser', /^month$/i],
  ['ENTimeUnitAgoFormatParser', /(?:ago|before|earlier)$/i],
  ['ENTimeUnitLaterFormatParser', /(?:later|after|now|henceforth|forward|out)$/i],
  ['QuarterParser', /quarter|half|period|year/i],
  // The news parsers' matches end with a whole word (?![\w-]) that follows a space, a hyphen or the match start.
  ['RelativeParser', /^(?:ago|earlier|before|later|now|hence|week|weekend|month|quarter|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|tonight|overnight|yesterday|today|tomorrow|end)$/i],
  ['DurationParser', /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?$/i],
  ['SetParser', /^(?:daily|nightly|weekly|monthly|annually|annual|yearly|hourly|every|each|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|once|twice|times)$/i],
  ['FuzzyRefParser', new RegExp(`^(?:${FUZZY_LAST_WORDS.source})$`, 'i')],
]);

/** Whether a regex is a plain alternation of letter words, case-insensitive: decidable from letter runs. */
export const isWordAlternation = (r: RegExp): boolean => r.flags === 'i' && /^[a-z]+(?:\|[a-z]+)*$/i.test(r.source);

/** The duration parser's unit as a whole run (its run gate above). */
const DURATION_UNIT_RUN = PARSER_RUN_GATES.get('DurationParser')!;

/**
 * What every match of a parser holds as one of these alternatives: two consecutive letter runs of
 * three or more letters (`pairs`, first then second: "last" "week"), one run (`singles`), or, failing
 * those, a match of `regex` in the window. Decided in the same pass over the window's letter runs as
 * the run gates; read off the news parsers' patterns (parsers/). Runs of one or two letters never take
 * part ("the end of the year" gives "end" then "the").
 */
export interface AltGate {
  pairs: ReadonlyArray<readonly [RegExp, RegExp]>;
  singles: readonly RegExp[];
  regex?: RegExp;
}

export const PARSER_ALT_GATES: ReadonlyMap<string, AltGate> = new Map<string, AltGate>([
  // "two years ago", "3 days from now", "last week", "this spring", "yesterday morning", "early today",
  // "year-end", "year's end" (one pair for all these: the union costs little), "the end of the year",
  // "tonight", "the weekend", "the summer".
  ['RelativeParser', {
    pairs: [
      [/^(?:(?:day|week|month|year|decade)s?|last|past|previous|this|current|next|coming|following|yesterday|tomorrow|today|early|earlier|late|later)$/i,
        /^(?:ago|earlier|before|later|from|hence|week|weekend|month|quarter|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|yesterday|today|tomorrow|end)$/i],
      [/^end$/i, /^the$/i],
    ],
    singles: [/^(?:tonight|overnight|weekend|spring|summer|autumn|winter)$/i],
  }],
  // A plural unit alone ("years"), "the past decade", or an amount then the unit ("three trading days",
  // "several more weeks", "a couple of days"); amounts that are no run of three letters (digits, "a",
  // "an", "of") by the regex.
  ['DurationParser', {
    pairs: [
      [/^(?:past|last|next|coming)$/i, /^(?:decade|century|fortnight)$/i],
      [/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|couple|half|several|few|many|some|recent|coming|more|trading|business|calendar)$/i,
        DURATION_UNIT_RUN],
    ],
    singles: [/^(?:(?:year|month|week|day|decade|hour|minute)s|centuries)$/i],
    regex: /(?:\d|\ban?|\bof)[\s-]+(?:(?:trading|business|calendar)\s+)?(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)/i,
  }],
]);
