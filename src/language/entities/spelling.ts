// Spelling variants of one person's name: same parts but one, and that one differs by a single
// edit ("Wang Wengbin" / "Wang Wenbin"). Different given names ("Wang Yi" / "Wang Wenbin") are not variants.
import { SPELLING_MERGE } from './lexicon.js';

/** Whether the Damerau–Levenshtein distance of a and b is at most 1 (linear time). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // insertion
}

/**
 * Whether two normalised full names are spellings of one name: as many parts, all equal but one,
 * which is long enough, starts with the same letter and is one edit away.
 */
export function isSpellingVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const x = a[differing];
  const y = b[differing];
  return Math.min(x.length, y.length) >= SPELLING_MERGE.minPartLength && x[0] === y[0] && withinOneEdit(x, y);
}
