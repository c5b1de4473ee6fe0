// The last few words before a position, as /((?:[\p{L}.-]+\s+){1,4})$/u finds them on a slice, but
// scanned backwards from the end: the regex tries every start of the slice and backtracks at each,
// which made it one of the costliest steps of the quote stage.

const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
// Per BMP code unit: 0 unknown, 1 word char ([\p{L}.-]), 2 whitespace, 3 other.
const CLASS = new Uint8Array(65536);

function classOf(c: number): number {
  let k = CLASS[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  k = c === 46 || c === 45 || LETTER_RE.test(ch) ? 1 : SPACE_RE.test(ch) ? 2 : 3;
  CLASS[c] = k;
  return k;
}

/** Width (1 or 2 code units) of the word char ending at `i` (exclusive) within [from, i), or 0. */
function wordCharBefore(text: string, from: number, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const hi = text.charCodeAt(i - 2);
    if (i - 2 < from || hi < 0xd800 || hi > 0xdbff) return 0; // a lone surrogate is no letter
    return LETTER_RE.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) return 0;
  return classOf(c) === 1 ? 1 : 0;
}

function spaceBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c < 0xd800 || c > 0xdfff ? classOf(c) === 2 : false;
}

/** The 1–`maxWords` words (each followed by whitespace) that end `text.slice(from, to)`, or null. */
export function trailingWords(text: string, from: number, to: number, maxWords = 4): string | null {
  let i = to;
  while (i > from && spaceBefore(text, i)) i--;
  if (i === to) return null;
  let start = -1;
  for (let words = 0; words < maxWords; words++) {
    let j = i;
    for (let w = wordCharBefore(text, from, j); j > from && w > 0; w = j > from ? wordCharBefore(text, from, j) : 0) j -= w;
    if (j === i) break;
    start = j;
    let k = j;
    while (k > from && spaceBefore(text, k)) k--;
    if (k === j || k === from || wordCharBefore(text, from, k) === 0) break;
    i = k;
  }
  return start < 0 ? null : text.slice(start, to);
}
