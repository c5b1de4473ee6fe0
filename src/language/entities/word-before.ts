// The word ending right before an offset (spaces skipped), found by scanning back character by
// character: an end-anchored regex over a window would rescan the window from every position.

const DELIMITERS = ' \t\n\r\u00a0,;:()"“”‘’[]{}!?';
const SPACES = ' \t\n\r\u00a0';
// Per UTF-16 unit below 0x2020 (the highest delimiter is ”, U+201D): 1 = space, 2 = delimiter.
const KIND = new Uint8Array(0x2020);
for (const c of DELIMITERS) KIND[c.charCodeAt(0)] = 2;
for (const c of SPACES) KIND[c.charCodeAt(0)] = 1;

/** [start, word] of the word whose end (after optional spaces) is `end`, not reaching before `from`; null at a delimiter. */
export function wordBefore(text: string, end: number, from = 0): [number, string] | null {
  let j = end;
  while (j > from && kind(text.charCodeAt(j - 1)) === 1) j--;
  let i = j;
  while (i > from && kind(text.charCodeAt(i - 1)) === 0) i--;
  return i < j ? [i, text.slice(i, j)] : null;
}

function kind(c: number): number {
  return c < 0x2020 ? KIND[c] : 0;
}
