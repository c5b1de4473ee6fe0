// TF-IDF vectors of a story's claims (idf over the story's claims), stored flat: every claim's term
// ids sorted ascending with their weights in two shared typed arrays, so a cosine is one merge pass
// over contiguous memory and building the vectors allocates a handful of arrays, not several per claim.
import type { Claim } from './types.js';

export class TfidfVectors {
  /** Term → idf, for every term of the story's claims. */
  readonly idf = new Map<string, number>();
  /** Term → its id (first-seen order over the claims). */
  readonly termId = new Map<string, number>();
  /** Term id → idf. */
  readonly idfOf: Float64Array;
  /** Claim k's term ids are ids[offset[k] … offset[k+1]) (ascending), weights alongside. */
  readonly offset: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norms: Float64Array;
  private readonly row = new Map<Claim, number>();

  constructor(claims: readonly Claim[]) {
    const df = new Map<string, number>();
    let total = 0;
    for (const c of claims) {
      total += c.terms.size;
      for (const t of c.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    this.idfOf = new Float64Array(df.size);
    for (const [t, n] of df) {
      const idf = Math.log(1 + claims.length / n);
      this.idf.set(t, idf);
      this.idfOf[this.termId.size] = idf;
      this.termId.set(t, this.termId.size);
    }
    this.offset = new Int32Array(claims.length + 1);
    this.ids = new Int32Array(total);
    this.weights = new Float64Array(total);
    this.norms = new Float64Array(claims.length);
    let at = 0;
    claims.forEach((c, k) => {
      this.offset[k] = at;
      this.row.set(c, k);
      // Term id and count packed in one number so a native numeric sort orders the claim's terms by id.
      const keys = new Float64Array(c.terms.size);
      let n = 0;
      for (const [t, tf] of c.terms) keys[n++] = this.termId.get(t)! * TF_SPAN + tf;
      keys.sort();
      let sq = 0;
      for (const key of keys) {
        const id = Math.floor(key / TF_SPAN);
        const w = (1 + Math.log(key - id * TF_SPAN)) * this.idfOf[id];
        this.ids[at] = id;
        this.weights[at++] = w;
        sq += w * w;
      }
      this.norms[k] = Math.sqrt(sq) || 1;
    });
    this.offset[claims.length] = at;
  }

  /** Position of a claim in the list the vectors were built from. */
  rowOf(c: Claim): number {
    return this.row.get(c)!;
  }

  /** Cosine of the claims at positions x and y. */
  cosineAt(x: number, y: number): number {
    const { ids, weights, offset } = this;
    let dot = 0;
    for (let p = offset[x], q = offset[y], pe = offset[x + 1], qe = offset[y + 1]; p < pe && q < qe; ) {
      if (ids[p] === ids[q]) dot += weights[p++] * weights[q++];
      else if (ids[p] < ids[q]) p++;
      else q++;
    }
    return dot / (this.norms[x] * this.norms[y]);
  }

  cosine(a: Claim, b: Claim): number {
    return this.cosineAt(this.rowOf(a), this.rowOf(b));
  }
}

/** Term counts stay below this (a claim is one sentence), so id × TF_SPAN + count is exact and unique. */
const TF_SPAN = 2 ** 20;
