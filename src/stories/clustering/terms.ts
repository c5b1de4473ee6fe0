// Word terms for the bag-of-words: lower-cased letter runs, stop words dropped, a light English
// suffix fold so "talks"/"talk" and "missiles"/"missile" meet. Hand-written: a full stemmer
// (Porter) over-merges names, and the fold only needs to be cheap and deterministic.
import { STOP_WORDS } from './stop-words.js';

const WORD_RE = /[\p{L}][\p{L}\p{M}'’-]*/gu;
// Numbers of two or more digits ("2008", "6.1", "22"): years, tolls and magnitudes tell near-miss events apart.
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
const EDGE_PUNCT_RE = /^['’-]+|['’-]+$|['’]s$/gu;

/** Folds plural and common inflection endings; keeps short words untouched. */
export function foldTerm(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Number terms of `text` (two characters or more), prefixed '#' so they never meet words. */
export function numberTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_RE)) if (m[0].length >= 2) out.push('#' + m[0].replace(',', '.'));
  return out;
}

/** Content terms of `text` in order (stop words and one-letter words removed). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    const w = m[0].replace(EDGE_PUNCT_RE, '');
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(foldTerm(w));
  }
  return out;
}
