// Sentence-likeness features of a unit: what separates running prose from headlines, menus and credits
// on sites never seen before.
import {
  BARE_URL, EMAIL, FUNCTION_WORDS, HEADLINE_MAX_WORDS, HEADLINE_MIN_CHARS, HEADLINE_MIN_WORDS,
  PROSE_MAX_CAPS_RATIO, PROSE_MIN_WORDS, PROSE_MIN_WORDS_UNPUNCTUATED, URL_IN_TEXT,
} from './patterns.js';

export interface UnitFeatures {
  words: number;
  /** Ends with . ! ? … (optionally followed by closing quotes or brackets). */
  terminal: boolean;
  /** Ends with a full stop or ellipsis (headlines may end in ? or !, not in a full stop). */
  fullStop: boolean;
  /** Share of alphabetic words that start with a capital. */
  capsRatio: number;
  /** Share of words that are function words. */
  functionRatio: number;
  /** Nothing but a URL, domain or e-mail address. */
  linkOnly: boolean;
  /** Contains a URL or e-mail address. */
  hasLink: boolean;
  script: string | null;
}

// Hand-written scans instead of regex matches: unitFeatures runs on every unit of every article, and the
// match arrays (one string per word, eleven script regexes per unit) dominated text extraction. Same results
// as WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, /^\p{L}/u, /^\p{Lu}/u and \p{Script=…} counts.
const SCRIPTS = ['Latin', 'Arabic', 'Cyrillic', 'Han', 'Hebrew', 'Greek', 'Devanagari', 'Hangul', 'Hiragana', 'Katakana', 'Thai'] as const;
const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`^\\p{Script=${s}}$`, 'u'));
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const TERMINALS = '.!?…';
const FULL_STOPS = '.…';
const CLOSERS = `"'’”»)]`;

/** Letters enough to tell a unit's script; longer units are sampled. */
const SCRIPT_SAMPLE_CHARS = 400;
const LINK_HINT = /https?:\/\/|www\.|\.(?:com|org|net|info|news|co\.uk|io)\b/i;

/** Character class bits of a code point: letter, number, upper-case letter; script index + 1 in the high bits (0 = none). */
const LETTER = 1;
const NUMBER = 2;
const UPPER = 4;
const KNOWN = 8;
const SCRIPT_SHIFT = 4;
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classify(cp: number): number {
  // Lone surrogates are code points of their own to a u-flag regex, and match none of these classes.
  if (cp >= 0xd800 && cp <= 0xdfff) return KNOWN;
  const ch = String.fromCodePoint(cp);
  const script = SCRIPT_RES.findIndex((re) => re.test(ch)) + 1;
  return KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (script << SCRIPT_SHIFT);
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const k = BMP_CLASS[cp];
    return k !== 0 ? k : (BMP_CLASS[cp] = classify(cp));
  }
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) ASTRAL_CLASS.set(cp, (k = classify(cp)));
  return k;
}

/** The code point at i (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

const SCRIPT_COUNTS = new Int32Array(SCRIPTS.length + 1);

/** The script with the most letters in text, or null when it has no letters (ties: the earlier in SCRIPTS). */
export function dominantScript(input: string): string | null {
  const end = Math.min(input.length, SCRIPT_SAMPLE_CHARS);
  for (let i = 0; i < end; ) {
    const cp = codePointAt(input, i);
    // A pair cut by the sample's end is a lone surrogate there, as in input.slice(0, SCRIPT_SAMPLE_CHARS).
    const width = cp > 0xffff && i + 2 <= end ? 2 : 1;
    SCRIPT_COUNTS[width === 1 && cp > 0xffff ? 0 : classOf(cp) >>> SCRIPT_SHIFT]++;
    i += width;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (let s = 1; s < SCRIPT_COUNTS.length; s++) {
    if (SCRIPT_COUNTS[s] > bestCount) [best, bestCount] = [SCRIPTS[s - 1], SCRIPT_COUNTS[s]];
  }
  SCRIPT_COUNTS.fill(0);
  return best;
}

const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

function isWordTail(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d || (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** Whether text ends with one of `marks` followed by closing quotes or brackets only. */
function endsWith(text: string, marks: string): boolean {
  let e = text.length;
  while (e > 0 && CLOSERS.includes(text[e - 1])) e--;
  return e > 0 && marks.includes(text[e - 1]);
}

export function unitFeatures(text: string): UnitFeatures {
  let words = 0;
  let alpha = 0;
  let caps = 0;
  let fn = 0;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const k = classOf(cp);
    if ((k & (LETTER | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < text.length) {
      const next = codePointAt(text, i);
      if (!isWordTail(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    words++;
    if (k & LETTER) alpha++;
    if (k & UPPER) caps++;
    // Lower-casing never shortens a word, so longer words cannot be function words.
    if (i - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) fn++;
  }
  // Cheap hints first: the full patterns backtrack over every word of a long paragraph.
  EMAIL.lastIndex = 0;
  URL_IN_TEXT.lastIndex = 0;
  const hasLink = (text.includes('@') && EMAIL.test(text)) || (LINK_HINT.test(text) && URL_IN_TEXT.test(text));
  EMAIL.lastIndex = 0;
  URL_IN_TEXT.lastIndex = 0;
  return {
    words,
    terminal: endsWith(text, TERMINALS),
    fullStop: endsWith(text, FULL_STOPS),
    capsRatio: alpha ? caps / alpha : 0,
    functionRatio: words ? fn / words : 0,
    linkOnly: !/\s/.test(text) && (BARE_URL.test(text) || /^\S+@\S+\.\p{L}{2,}$/u.test(text)),
    hasLink,
    script: dominantScript(text),
  };
}

/** Running prose: long enough, punctuated, not in title case, not a link. */
export function isProse(f: UnitFeatures): boolean {
  if (f.linkOnly) return false;
  const long = f.words >= PROSE_MIN_WORDS_UNPUNCTUATED || (f.terminal && f.words >= PROSE_MIN_WORDS);
  return long && f.capsRatio < PROSE_MAX_CAPS_RATIO;
}

/** A short sentence: kept as body when it follows the title even though it is too short to be prose. */
export function isShortSentence(f: UnitFeatures): boolean {
  return !f.linkOnly && f.terminal && f.words >= 4 && f.capsRatio < 0.7;
}

/** Looks like a headline: a handful of words, no closing full stop, no link. */
export function isHeadlineLike(text: string, f: UnitFeatures): boolean {
  return (
    !f.linkOnly && !f.hasLink && !f.fullStop && f.words >= HEADLINE_MIN_WORDS && f.words <= HEADLINE_MAX_WORDS && text.length >= HEADLINE_MIN_CHARS
  );
}
