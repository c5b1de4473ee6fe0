// Corpus document frequencies, kept incrementally, and an IDF that moves in coarse steps.
// Quantising df (quarter powers of two) and N (powers of two) makes every weight a function of the
// article set that changes rarely: a batch re-weights only the articles holding a term whose step
// changed, and all articles only when the corpus size doubles (amortised at most twice the work).
// Keys are ids of the clusterer's key table (see KeyIds): counts live in one typed array.
import { grownTo } from '../../util/grow-typed.js';

const DF_STEPS_PER_DOUBLING = 4;

const binOf = (df: number): number => (df <= 0 ? -1 : Math.floor(DF_STEPS_PER_DOUBLING * Math.log2(df)));
// Steps of the common frequencies, computed once (update runs once per key per article).
const BIN_TABLE = Int8Array.from({ length: 1 << 16 }, (_, df) => binOf(df));
export const dfBin = (df: number): number => (df >= 0 && df < BIN_TABLE.length ? BIN_TABLE[df] : binOf(df));
export const sizeBin = (n: number): number => (n <= 0 ? 0 : Math.floor(Math.log2(n)));

export class DocFreq {
  private counts = new Int32Array(1024);
  size = 0;

  /** Documents holding key `id`. */
  df(id: number): number { return id < this.counts.length ? this.counts[id] : 0; }

  /** Adds (sign 1) or removes (sign -1) one document's distinct keys; returns keys whose step changed. */
  update(ids: ArrayLike<number>, sign: 1 | -1): number[] {
    const changed: number[] = [];
    this.size += sign;
    for (let i = 0; i < ids.length; i++) {
      const k = ids[i];
      this.counts = grownTo(this.counts, k + 1);
      const before = this.counts[k];
      const after = Math.max(0, before + sign);
      this.counts[k] = after;
      if (dfBin(before) !== dfBin(after)) changed.push(k);
    }
    return changed;
  }

  /** Smoothed IDF from the quantised df and corpus size (always > 0). */
  idf(id: number): number {
    const bin = dfBin(this.df(id) || 1), size = sizeBin(this.size);
    if (size !== this.idfSize) { this.idfByBin.length = 0; this.idfSize = size; }
    let v = this.idfByBin[bin];
    if (v === undefined) v = this.idfByBin[bin] = Math.log(1 + Math.pow(2, size) / Math.pow(2, bin / DF_STEPS_PER_DOUBLING));
    return v;
  }

  // IDF per df step at the current size step (few distinct values; the logs are computed once).
  private readonly idfByBin: number[] = [];
  private idfSize = -1;
}
