// The word ending right before an offset (spaces skipped), found by scanning back character by
// character: an end-anchored regex over a window would rescan the window from every position.

const DELIMITERS = new Set([...' \t\n\r\u00a0,;:()"“”‘’[]{}!?']);
const SPACES = new Set([' ', '\t', '\n', '\r', '\u00a0']);

/** [start, word] of the word whose end (after optional spaces) is `end`, not reaching before `from`; null at a delimiter. */
export function wordBefore(text: string, end: number, from = 0): [number, string] | null {
  let j = end;
  while (j > from && SPACES.has(text[j - 1])) j--;
  let i = j;
  while (i > from && !DELIMITERS.has(text[i - 1])) i--;
  return i < j ? [i, text.slice(i, j)] : null;
}
