// Tokens for shingling: lower-cased words with their offsets, or single characters in scripts
// written without spaces (Chinese, Japanese, Thai...), where word 5-grams would be whole sentences.
import { hashString } from './hash32.js';

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
  const re = NO_SPACE_SCRIPT.test(text) ? WORD_OR_CHAR : WORD;
  re.lastIndex = 0;
  let cap = Math.max(16, text.length >>> 3);
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
    const word = m[0];
    const norm = word.toLowerCase().replace(APOSTROPHE, "'");
    hashes[n] = hashString(norm);
    starts[n] = m.index;
    ends[n] = m.index + word.length;
    n++;
  }
  return { hashes: hashes.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), count: n };
}

function grow(a: Uint32Array, cap: number): Uint32Array {
  const b = new Uint32Array(cap);
  b.set(a);
  return b;
}
