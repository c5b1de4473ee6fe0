// Tokens for shingling: lower-cased words with their offsets, or single characters in scripts
// written without spaces (Chinese, Japanese, Thai...), where word 5-grams would be whole sentences.
import { FNV_OFFSET, fmix32, hashString } from './hash32.js';

const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const WORD_OR_CHAR =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}][\p{M}]*|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}])[\p{L}\p{N}\p{M}])+/gu;
const APOSTROPHE = /’/g;

export interface Tokens {
  /** Hash of each lower-cased token (curly apostrophes folded). */
  hashes: Uint32Array;
  /** Offsets of each token in the text. */
  starts: Uint32Array;
  ends: Uint32Array;
  count: number;
}

export function tokenize(text: string): Tokens {
  const noSpace = hasNoSpaceScript(text);
  return (noSpace ? null : scanWords(text)) ?? matchTokens(text, noSpace ? WORD_OR_CHAR : WORD);
}

/** First code unit of the scripts of NO_SPACE_SCRIPT (Thai, U+0E00): below it no test is needed. */
const FIRST_NO_SPACE_UNIT = 0x0e00;
/** Per UTF-16 code unit at or above it: 0 not yet tested, 1 in NO_SPACE_SCRIPT, 2 not. */
const NO_SPACE_UNIT = new Uint8Array(0x10000);

/**
 * NO_SPACE_SCRIPT.test(text), by a table of code units filled on first sight: the regex's script
 * classes are long range lists, and it ran over every text tokenized (each candidate text of every
 * provenance step). Astral characters (surrogates) are left to the regex itself.
 */
export function hasNoSpaceScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_NO_SPACE_UNIT) continue;
    if (c >= 0xd800 && c <= 0xdfff) return NO_SPACE_SCRIPT.test(text);
    let k = NO_SPACE_UNIT[c];
    if (k === 0) k = NO_SPACE_UNIT[c] = NO_SPACE_SCRIPT.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) return true;
  }
  return false;
}

/** Tokens by regex: one match object per token (the general path). */
function matchTokens(text: string, re: RegExp): Tokens {
  re.lastIndex = 0;
  // A token and its separator take at least two code units (one for a character of a no-space script).
  let cap = 16 + (re === WORD ? text.length >>> 1 : text.length);
  let hashes: Uint32Array = new Uint32Array(cap);
  let starts: Uint32Array = new Uint32Array(cap);
  let ends: Uint32Array = new Uint32Array(cap);
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (n === cap) {
      cap *= 2;
      hashes = grow(hashes, cap);
      starts = grow(starts, cap);
      ends = grow(ends, cap);
    }
    const start = m.index;
    const end = start + m[0].length;
    hashes[n] = wordHash(text, start, end);
    starts[n] = start;
    ends[n] = end;
    n++;
  }
  return { hashes: hashes.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), count: n };
}

/**
 * hashString of the lower-cased word with curly apostrophes folded, computed in place for ASCII words
 * (no lower-cased copy per token); other words take toLowerCase, which may change their length.
 */
function wordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c > 0x7f) return hashString(text.slice(start, end).toLowerCase().replace(APOSTROPHE, "'"));
    h = Math.imul(h ^ c, 0x01000193);
  }
  return fmix32(h);
}

/** Code-unit classes of WORD: letter or mark, number, other; surrogates are left to the regex. */
const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;
const SURROGATE = 4;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER_CHAR = /\p{N}/u;
/** Class of each UTF-16 code unit, filled on first sight (0 = not yet classified). */
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  const k = CLASS[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  const cls = c >= 0xd800 && c <= 0xdfff ? SURROGATE : LETTER_OR_MARK.test(ch) ? LETTER : NUMBER_CHAR.test(ch) ? NUMBER : OTHER;
  CLASS[c] = cls;
  return cls;
}

/**
 * The tokens of WORD by a scan over code units, without a match object per token (tokenizing is a
 * third of the per-article summary): a run of letters, marks and numbers, then any number of
 * apostrophe + letters/marks groups, as the regex reads it. Returns null on a surrogate (astral
 * characters), which the regex path handles.
 */
function scanWords(text: string): Tokens | null {
  const len = text.length;
  let cap = 16 + (len >>> 1);
  let hashes: Uint32Array = new Uint32Array(cap);
  let starts: Uint32Array = new Uint32Array(cap);
  let ends: Uint32Array = new Uint32Array(cap);
  let n = 0;
  let i = 0;
  while (i < len) {
    const k = classOf(text.charCodeAt(i));
    if (k === SURROGATE) return null;
    if (k === OTHER) {
      i++;
      continue;
    }
    const start = i;
    let kind = k;
    for (i++; i < len; i++) {
      kind = classOf(text.charCodeAt(i));
      if (kind !== LETTER && kind !== NUMBER) break;
    }
    if (kind === SURROGATE) return null;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019) break;
      let j = i + 1;
      while (j < len && (kind = classOf(text.charCodeAt(j))) === LETTER) j++;
      if (j < len && kind === SURROGATE) return null;
      if (j === i + 1) break;
      i = j;
    }
    if (n === cap) {
      cap *= 2;
      hashes = grow(hashes, cap);
      starts = grow(starts, cap);
      ends = grow(ends, cap);
    }
    hashes[n] = wordHash(text, start, i);
    starts[n] = start;
    ends[n] = i;
    n++;
  }
  return { hashes: hashes.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), count: n };
}

function grow(a: Uint32Array, cap: number): Uint32Array {
  const b = new Uint32Array(cap);
  b.set(a);
  return b;
}
