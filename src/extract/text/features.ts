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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const TERMINAL = /[.!?…]["'’”»)\]]*$/u;
const FULL_STOP = /[.…]["'’”»)\]]*$/u;
const UPPER_START = /^\p{Lu}/u;
const ALPHA_START = /^\p{L}/u;
const SCRIPTS = ['Latin', 'Arabic', 'Cyrillic', 'Han', 'Hebrew', 'Greek', 'Devanagari', 'Hangul', 'Hiragana', 'Katakana', 'Thai'] as const;
const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'gu'));

/** Letters enough to tell a unit's script; longer units are sampled. */
const SCRIPT_SAMPLE_CHARS = 400;
const LINK_HINT = /https?:\/\/|www\.|\.(?:com|org|net|info|news|co\.uk|io)\b/i;

/** The script with the most letters in text, or null when it has no letters. */
export function dominantScript(input: string): string | null {
  const text = input.length > SCRIPT_SAMPLE_CHARS ? input.slice(0, SCRIPT_SAMPLE_CHARS) : input;
  let best: string | null = null;
  let bestCount = 0;
  SCRIPT_RES.forEach((re, i) => {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) [best, bestCount] = [SCRIPTS[i], n];
  });
  return best;
}

export function unitFeatures(text: string): UnitFeatures {
  const words = text.match(WORD) ?? [];
  const alpha = words.filter((w) => ALPHA_START.test(w));
  const caps = alpha.filter((w) => UPPER_START.test(w)).length;
  const fn = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
  // Cheap hints first: the full patterns backtrack over every word of a long paragraph.
  EMAIL.lastIndex = 0;
  URL_IN_TEXT.lastIndex = 0;
  const hasLink = (text.includes('@') && EMAIL.test(text)) || (LINK_HINT.test(text) && URL_IN_TEXT.test(text));
  EMAIL.lastIndex = 0;
  URL_IN_TEXT.lastIndex = 0;
  return {
    words: words.length,
    terminal: TERMINAL.test(text),
    fullStop: FULL_STOP.test(text),
    capsRatio: alpha.length ? caps / alpha.length : 0,
    functionRatio: words.length ? fn / words.length : 0,
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
