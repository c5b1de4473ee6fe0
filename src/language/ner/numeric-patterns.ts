// Patterns of the rule-based DATE, MONEY, PERCENT and QUANTITY detectors, kept as data.
const B = ''; // the left word boundary is checked by the caller (a leading lookbehind makes V8 scan slowly)
const E = '(?![\\p{L}\\p{N}])';
const NUM = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const WORD_NUM = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|a few|several|a dozen|dozens of)';
const AMOUNT = `(?:${NUM}|${WORD_NUM})`;
const SCALE = '(?:[ -](?:million|billion|trillion|thousand|hundred|bn|mln|tn)|(?:bn|m|k)(?![\\p{L}]))?';
const SYMBOL = '(?:US\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|€|£|¥|₹|₽|₩|₺)';
const CODE = '(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|RUB|INR|AUD|CAD|HKD|DM|Rs\\.?)';
const CURRENCY_WORD = "(?:(?:U\\.?S\\.? |Hong Kong |Canadian |Australian |Singapore |New Zealand |Taiwan )?dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|rubles?|roubles?|rupees?|(?:Swiss |French |Belgian )?francs?|(?:Deutsche |German )?marks|pesos?|won|lira|lire|dinars?|riyals?|rand|shekels?|hryvnias?|zlotys?|cents?|pence)";
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH_ALONE = '(?:January|February|March|April|June|July|August|September|October|November|December)'; // not "May"
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const UNIT = '(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cm|mm|feet|foot|ft|inch(?:es)?|yards?|kg|kilo(?:gram)?s?|grams?|tons?|tonnes?|lbs?|ounces?|oz|lit(?:er|re)s?|gallons?|barrels?|bpd|hectares?|acres?|square (?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet)|sq km|degrees?(?: Celsius| Fahrenheit)?|°[CF]|mph|km/h|kph|knots|(?:mega|giga|kilo)watts?|[MGk]Wh?|calories|megatons?|decibels|[GMT]B)';

// Literal texts every match starts with, unless it starts with a digit (see NumericPattern.starts).
const WORD_NUM_STARTS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'a hundred', 'hundreds of', 'a few', 'several',
  'a dozen', 'dozens of',
];
const SYMBOL_STARTS = ['US$', 'A$', 'C$', 'HK$', 'NZ$', 'S$', 'R$', '$', '€', '£', '¥', '₹', '₽', '₩', '₺'];
const CODE_STARTS = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'RUB', 'INR', 'AUD', 'CAD', 'HKD', 'DM', 'Rs'];
const MONTH_STARTS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_STARTS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DATE_WORD_STARTS = [
  'early', 'mid', 'late', 'last', 'next', 'this', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight',
  'a d', 'a w', 'a m', 'a y', 'the 1', 'the 2', // "a day ago", "the 1990s"
];

export interface NumericPattern {
  type: 'DATE' | 'MONEY' | 'PERCENT' | 'QUANTITY';
  /** Sticky: tried only at candidate offsets. */
  re: RegExp;
  /**
   * Every match of `re` (and of `tail`) starts with an ASCII digit or with one of these texts, so
   * the caller tries the regex only at such word starts instead of scanning the whole text.
   */
  starts: readonly string[];
  /**
   * One more alternative, tried after all of `re`'s at the same offset: `re` | (?<=before)tail.
   * Kept apart because a lookbehind inside the big alternation makes V8 try every offset slowly;
   * the caller checks `before` on the `lookback` characters ahead of each tail match instead.
   */
  tail?: { re: RegExp; before: RegExp; lookback: number };
}

/** One sticky regex per type; overlaps between types are settled by the caller (longest wins). */
export const NUMERIC_PATTERNS: ReadonlyArray<NumericPattern> = [
  { type: 'MONEY', re: new RegExp(`${B}(?:${SYMBOL} ?${NUM}${SCALE}|${CODE} ?${NUM}${SCALE}|${AMOUNT}${SCALE} ${CURRENCY_WORD}|${NUM}${SCALE} ?${CODE})${E}`, 'uy'), starts: [...SYMBOL_STARTS, ...CODE_STARTS, ...WORD_NUM_STARTS] },
  { type: 'PERCENT', re: new RegExp(`${B}(?:-|\\+)?${AMOUNT} ?(?:%|percent|per cent|percentage points?|pct)(?![\\p{L}\\p{N}])`, 'uy'), starts: ['-', '+', ...WORD_NUM_STARTS] },
  { type: 'QUANTITY', re: new RegExp(`${B}${AMOUNT}${SCALE}[ -]?${UNIT}${E}`, 'uy'), starts: WORD_NUM_STARTS },
  {
    type: 'DATE',
    re: new RegExp(
      `${B}(?:` +
        [
          `${MONTH} ${DAY}(?:,? \\d{4})?`,
          `${DAY} (?:of )?${MONTH}(?:,? \\d{4})?`,
          `(?:(?:early|mid|late)[- ])?${MONTH} \\d{4}`,
          `(?:(?:early|mid|late)[- ])?${MONTH_ALONE}`,
          `(?:(?:last|next|this|early|late) )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?`,
          '\\d{4}-\\d{2}-\\d{2}',
          '\\d{1,2}/\\d{1,2}/\\d{2,4}',
          '(?:today|yesterday|tomorrow|tonight)',
          '(?:last|next|this|earlier this|later this) (?:week|month|year|decade|century|spring|summer|autumn|fall|winter|weekend)',
          `(?:${AMOUNT}|a) (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|later)`,
          '(?:the )?(?:19|20)\\d0s',
        ].join('|') +
        `)${E}`,
      'uy',
    ),
    starts: [...MONTH_STARTS, ...WEEKDAY_STARTS, ...DATE_WORD_STARTS, ...WORD_NUM_STARTS],
    // A bare year after a preposition: "in 1998", "since 2004".
    tail: {
      re: new RegExp(`(?:1[89]|20)\\d{2}${E}`, 'uy'),
      before: /(?:in|since|by|until|from|of|during|before|after|early|late|mid|between|and|to) $/,
      lookback: 8,
    },
  },
];
