// Word lists of the garbled-text detector.

/** Words that cannot end an English sentence: a sentence ending in one was cut ("... his influence for."). */
export const DANGLING_END = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'with', 'from', 'for', 'to', 'into', 'onto', 'upon', 'than',
  'its', 'their', 'our', 'my', 'your', 'whose', 'which', 'that', 'because', 'although', 'though', 'if', 'whether',
  'during', 'despite', 'towards', 'toward', 'among', 'between', 'via', 'per', 'is', 'are', 'was', 'were', 'will',
  'would', 'should', 'could', 'can', 'has', 'have', 'had', 'been', 'being', 'such', 'very', 'most', 'more',
]);

/** Tokens before a period that do not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt',
  'sgt', 'maj', 'cmdr', 'adm', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd',
  'approx', 'est', 'fig', 'vol', 'pp', 'op', 'ed', 'al', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c',
]);

/** Short sentences that are ordinary in news prose ("He declined.", "It did not."). */
export const SHORT_SENTENCE_OK = new Set(['no', 'yes', 'none', 'nothing', 'never', 'not yet', 'thank you', 'thanks', 'why', 'how', 'what']);

/** A one-word "sentence" that is only one of these words is a cut sentence ("... for. In."). */
export const FUNCTION_WORDS = new Set([
  ...DANGLING_END, 'in', 'on', 'at', 'by', 'as', 'about', 'over', 'under', 'after', 'before', 'since', 'until', 'while',
  'when', 'where', 'who', 'this', 'these', 'those', 'his', 'her', 'it', 'not', 'also', 'so', 'then',
]);

/** Fragments starting with these are a writer's style ("And they were."), not a cut. */
export const STYLE_FRAGMENT_START = new Set(['and', 'but', 'or', 'so', 'yet', 'not', 'no', 'yes', 'oh', 'well', 'now', 'then', 'still', 'again', 'really', 'maybe', 'perhaps', 'absolutely', 'exactly', 'indeed', 'never', 'always', 'period', 'thanks', 'thank', 'sorry', 'good', 'right', 'true', 'wow', 'nope', 'ok', 'okay']);

/** Words that give a short sentence its verb ("Rubio said.", "He did."). */
export const COMMON_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'am', 'be', 'can', 'could',
  'will', 'would', 'has', 'have', 'had', 'went', 'came', 'won', 'lost', 'died', 'agreed', 'declined', 'replied',
  'asked', 'wrote', 'continued', 'explained', 'noted', 'stop', 'go', 'wait', 'see', 'look', 'listen', 'think',
  'know', 'knew', 'got', 'get', 'left', 'stayed', 'laughed', 'smiled', 'nodded', 'shrugged', 'agree', 'disagree',
]);

/**
 * Words that do not belong together, as a machine rewrite leaves them: a unit followed by "of" and the
 * same unit again ("40 mins of minutes"), and spinner synonyms in set phrases ("told reporters" →
 * "instructed reporters"). Each was checked to occur in none of the clean evaluation texts.
 */
export const ODD_WORD_PATTERNS: readonly RegExp[] = [
  /\b\d+\s+(?:(?:mins?|minutes?) of (?:mins?|minutes?)|(?:hrs?|hours?) of (?:hrs?|hours?)|(?:secs?|seconds?) of (?:secs?|seconds?)|(?:yrs?|years?) of (?:yrs?|years?)|days? of days?|weeks? of weeks?)\b/i,
  /\binstructed (?:reporters|journalists|the press|the media|newsmen)\b/i,
];

/** Manner adverbs opening a verbless "Adverb the noun." fragment ("Loudly the valley."); these do not count. */
export const NOT_MANNER_ADVERB = new Set([
  'only', 'early', 'likely', 'nearly', 'hardly', 'merely', 'simply', 'really', 'finally', 'exactly', 'certainly',
  'clearly', 'mostly', 'largely', 'partly', 'rarely', 'surely', 'family', 'daily', 'weekly', 'monthly', 'yearly',
  'july', 'italy', 'sicily', 'holy', 'ugly', 'lonely', 'lovely', 'friendly', 'silly', 'elderly', 'hourly', 'nightly',
  'apparently', 'obviously', 'hopefully', 'fortunately', 'unfortunately', 'sadly', 'happily', 'luckily', 'naturally',
  'especially', 'particularly', 'originally', 'eventually', 'actually', 'basically', 'absolutely', 'definitely', 'totally',
]);
