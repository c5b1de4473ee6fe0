// Unicode classes of single UTF-16 code units, filled lazily per code unit: the quote stage's hot
// loops (token scan, word counts) test characters by table instead of by Unicode regex.
// Surrogates get no class: callers handle text with surrogate pairs by the regexes these replace.

/** [\p{L}\p{N}] */
export const LETTER_OR_DIGIT = 1;
/** A one-character token: , ; : . ! ? quote marks, dashes, brackets. */
export const SINGLE = 2;
/** A joiner inside a word: . ' ’ - */
export const JOINER = 4;
/** \p{M} */
export const MARK = 8;
/** \p{Lu} */
export const UPPER = 32;
/** \p{Ll} */
export const LOWER = 64;
/** toLowerCase() changes the character. */
export const CASED = 128;
/** \p{L} */
export const LETTER = 256;

const FILLED = 16;
const TABLE = new Uint16Array(65536);
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;
const SINGLES = ',;:.!?“”"‘’«»―—–()[]';
const JOINERS = ".'’-";

export function charClass(c: number): number {
  const k = TABLE[c];
  return k !== 0 ? k : fill(c);
}

function fill(c: number): number {
  const ch = String.fromCharCode(c);
  const k =
    FILLED |
    (LETTER_OR_DIGIT_RE.test(ch) ? LETTER_OR_DIGIT : MARK_RE.test(ch) ? MARK : 0) |
    (SINGLES.includes(ch) ? SINGLE : 0) |
    (JOINERS.includes(ch) ? JOINER : 0) |
    (UPPER_RE.test(ch) ? UPPER : 0) |
    (LOWER_RE.test(ch) ? LOWER : 0) |
    (ch.toLowerCase() !== ch ? CASED : 0) |
    (LETTER_RE.test(ch) ? LETTER : 0);
  TABLE[c] = k;
  return k;
}

export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Whether a code unit is \s (white space or a line terminator) to a regex. */
export function isBlank(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
