// Corpus weighting of a representation: sublinear tf × quantised IDF, unit length, per space.
import type { DocFreq } from './doc-freq.js';
import { normalize } from './sparse.js';
import type { SparseVector } from './types.js';

/** `v` weighted by `df` (`ids`: the key ids of `v.keys`, in order). */
export function weighVector(v: SparseVector, ids: Int32Array, df: DocFreq): SparseVector {
  return normalize({ keys: v.keys, values: v.values.map((c, i) => (c >= 1 ? 1 + Math.log(c) : c) * df.idf(ids[i])) });
}
