// Corpus weighting of a representation: sublinear tf × quantised IDF, unit length, per space.
import type { DocFreq } from './doc-freq.js';
import { normalize } from './sparse.js';
import type { ArticleRep, SparseVector } from './types.js';

export function weighVector(v: SparseVector, df: DocFreq): SparseVector {
  return normalize({ keys: v.keys, values: v.values.map((c, i) => (c >= 1 ? 1 + Math.log(c) : c) * df.idf(v.keys[i])) });
}

export function weighRep(rep: ArticleRep, terms: DocFreq, entities: DocFreq) {
  return { terms: weighVector(rep.terms, terms), entities: weighVector(rep.entities, entities) };
}
