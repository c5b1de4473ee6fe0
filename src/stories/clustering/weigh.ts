// Corpus weighting of a representation: sublinear tf × quantised IDF, unit length, per space.
import type { DocFreq } from './doc-freq.js';

/**
 * Counts `counts` (of the keys with ids `ids`) weighted by `df`, scaled to unit length (the zero
 * vector stays zero). One pass and one array: the same operations in the same order as `normalize`
 * over the weighted values, so the result is bit-identical to it.
 */
export function weighValues(counts: readonly number[], ids: readonly number[], df: DocFreq): number[] {
  const n = counts.length, values = new Array<number>(n);
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[i], x = (c >= 1 ? 1 + Math.log(c) : c) * df.idf(ids[i]);
    values[i] = x;
    sq += x * x;
  }
  const norm = Math.sqrt(sq);
  if (norm !== 0) for (let i = 0; i < n; i++) values[i] = values[i] / norm;
  return values;
}
