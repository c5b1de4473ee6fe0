// Word lists and regex fragments for English news dates: data only, no logic.

/** Number words up to the tens (compounds like "twenty-four" are summed by the parser). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, couple: 2,
};

const NUM_WORD = Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half' && w !== 'couple').join('|');
/** A cardinal: digits, "twenty-four", "two", "a", "a couple of", "one and a half". */
export const CARDINAL = `(?:\\d+(?:\\.\\d+)?|(?:${NUM_WORD})(?:[- ](?:${NUM_WORD}))?|an?|(?:a\\s+)?couple\\s+of|a dozen)`;

/** Time units → TIMEX duration letter; hour and below take the T prefix. */
export const UNITS: Record<string, { letter: string; time: boolean; factor?: number }> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, night: { letter: 'D', time: false }, week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false }, fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false }, quarter: { letter: 'Q', time: false }, year: { letter: 'Y', time: false },
  decade: { letter: 'Y', time: false, factor: 10 }, century: { letter: 'Y', time: false, factor: 100 },
};
export const UNIT = '(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4 };
export const CENTURY_ORDINALS: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
export const DECADE_WORDS: Record<string, string> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};

/** Parts of the day → TIMEX time-of-day codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

/** Fixed words with a TimeML reference value. Longer phrases first. */
export const FUZZY_REFS: Array<[string, string]> = [
  ['the near future', 'FUTURE_REF'], ['the foreseeable future', 'FUTURE_REF'], ['the future', 'FUTURE_REF'],
  ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
  ['coming months', 'FUTURE_REF'], ['coming years', 'FUTURE_REF'], ['as soon as possible', 'FUTURE_REF'],
  ['a later date', 'FUTURE_REF'],
  ['right now', 'PRESENT_REF'], ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'],
  ['more recently', 'PAST_REF'], ['recently', 'PAST_REF'], ['recent days', 'PAST_REF'], ['recent weeks', 'PAST_REF'],
  ['recent years', 'PAST_REF'], ['formerly', 'PAST_REF'], ['the past', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['once', 'PAST_REF'], ['earlier', 'PAST_REF'], ['in the old days', 'PAST_REF'],
];
// Left out on purpose: "soon", "previously", "eventually", bare "future" and "recent" — in news they are
// mostly not annotated as times (TimeBank), so they cost more precision than they bring.

/** Sets: frequency adverbs and "every/each UNIT". */
export const SET_WORDS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
};

/** Cues before a bare weekday or month that point forward in time. */
export const FUTURE_CUE = /\b(will|won't|'ll|shall|going to|scheduled|expected|planned|planning|plans? to|due|is to|are to|next|coming|upcoming|until|till|tomorrow|later this|could|might|would be|as early as|as soon as|likely to)\b/i;

/** Words that stop a look-back for a cue: the start of another clause. */
export const CLAUSE_BREAK = /[.;!?]|\b(but|and said|said|after|because|when)\b/i;

/** The pre-filter's trigger words (regex fragments): anything that can start or end a temporal expression. */
export const TRIGGER_WORDS = [
  'jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sept?(?:ember)?',
  'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?',
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?',
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'nowadays', 'current(?:ly)?', 'recent(?:ly)?', 'future', 'soon',
  'past', 'formerly', 'previous(?:ly)?', 'earlier', 'later?', 'lately', 'once', 'present(?:ly)?', 'eventually',
  'historically', 'term', 'moment', 'period',
  '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade)s?', 'centur(?:y|ies)', 'half',
  'morning', 'afternoon', 'evening', 'noon', 'midnight', 'midday', 'overnight',
  'spring', 'summer', 'fall', 'autumn', 'winter', 'annual(?:ly)?', 'daily', 'hourly', 'nightly', 'weekly', 'monthly',
  'quarterly', 'yearly', 'twice',
  '(?:twen|thir|for|fif|six|seven|eigh|nine)ties', 'nineteen', 'thousand', 'christmas', 'thanksgiving', 'easter',
];

/**
 * What a parser can find in a window whose only triggers are digits: a year or long number, digits
 * joined by a separator (dates, times, ranges, "5 until 7"), a clock time ("6am", "5 p", "5 o'clock"), an
 * amount with a unit abbreviation ("in 5 d"), a decade ("'90s"), and the few date words that are not
 * trigger words (weekday abbreviations, "tmrw", "twenty twenty", "next mo"). A window with none of these
 * gives no result (checked on thousands of news articles: identical output).
 */
export const DATE_SHAPED = new RegExp([
  '\\d{4}', '\\d\\s*(?:[-\u2013~\u301c?/.:]|until|through|till|to)\\s*\\d', '\\d\\s*(?:[ap]\\.?m?\\b|o\\W*clock)', "\\d0'?s\\b",
  '\\d\\s{0,3}(?:s|sec|m|mins?|h|hrs?|d|w|mo|mon|mos|qtr|y|yr)\\b',
  // Month names run into digits ("mar07") are no trigger words.
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\\d|\\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
  '\\b(?:sat|thur|tmrw?|overmorrow|weekdays?|twenty)\\b', '\\b(?:this|last|past|next|after|[+-])\\s*(?:s|sec|m|mins?|h|hrs?|d|w|mo|mon|mos|qtr|y|yr)\\b',
].join('|'), 'i');

/**
 * Where chrono's time parser can find more than a bare number or a plain range (read off
 * ENTimeExpressionParser and AbstractTimeExpressionParser, chrono-node 2.10): a colon time ("10:30"),
 * am/pm ("10am", "5 p.m.", "3 p"), "o'clock" / "at night" / "in the morning", a range word the news
 * filter does not take for a number range ("9 until 5", "9–5"), a range with "at"/"from" or a lone "a"
 * in it ("9 a-5", "9 to at 5", "9-5 a"), a time zone offset ("12 +05", "GMT-5"), or "at"/"from" run into
 * the digits ("at5"). Left out: "9-14", "9 to 5" and a lone "a" after a number ("5 a share"), which
 * chrono reads as times and the news filter drops as numbers (NUMBER_LIKE).
 */
export const CLOCK_SHAPED = new RegExp([
  '\\d[:\uFF1A]\\d', '\\d\\s*(?:a\\.m\\.|p\\.m\\.|am|pm?)(?!\\w)',
  '\\d\\s*(?:(?:a\\.m\\.|p\\.m\\.|am?|pm?)\\s*)?(?:o\\W*clock|at\\s*night|in\\s*the\\s*(?:morning|afternoon))',
  '\\d(?:\\s*a)?\\s*(?:[\u2013~\u301c?]|until|through|till)\\s*(?:(?:at|from)\\s*)?\\d',
  '\\d\\s*a\\s*(?:-|to)\\s*(?:(?:at|from)\\s*)?\\d', '\\d\\s*(?:-|to)\\s*(?:(?:at|from)\\s*\\d|\\d[\\d.]*\\s*a(?!\\w))',
  '\\d(?:\\s*a)?\\s*(?:\\(?(?:gmt|utc)\\s?)?[+-]\\d', '(?:at|from)\\d',
].join('|'), 'i');

/** Chrono's time parser's range words (followingPhase): after one, a number may join the time before it. */
export const TIME_RANGE_AFTER = /\s*(?:[-\u2013~\u301c?]|to|until|through|till)\s*\d/iy;
