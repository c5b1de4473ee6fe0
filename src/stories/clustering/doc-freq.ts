// Corpus document frequencies, kept incrementally, and an IDF that moves in coarse steps.
// Quantising df (quarter powers of two) and N (powers of two) makes every weight a function of the
// article set that changes rarely: a batch re-weights only the articles holding a term whose step
// changed, and all articles only when the corpus size doubles (amortised at most twice the work).
const DF_STEPS_PER_DOUBLING = 4;

const binOf = (df: number): number => (df <= 0 ? -1 : Math.floor(DF_STEPS_PER_DOUBLING * Math.log2(df)));
// Steps of the common frequencies, computed once (update runs once per key per article).
const BIN_TABLE = Int8Array.from({ length: 1 << 16 }, (_, df) => binOf(df));
export const dfBin = (df: number): number => (df >= 0 && df < BIN_TABLE.length ? BIN_TABLE[df] : binOf(df));
export const sizeBin = (n: number): number => (n <= 0 ? 0 : Math.floor(Math.log2(n)));

export class DocFreq {
  readonly df = new Map<string, number>();
  size = 0;

  /** Adds (sign 1) or removes (sign -1) one document's distinct keys; returns keys whose step changed. */
  update(keys: readonly string[], sign: 1 | -1): string[] {
    const changed: string[] = [];
    this.size += sign;
    for (const k of keys) {
      const before = this.df.get(k) ?? 0;
      const after = before + sign;
      if (after <= 0) this.df.delete(k);
      else this.df.set(k, after);
      if (dfBin(before) !== dfBin(after)) changed.push(k);
    }
    return changed;
  }

  /** Smoothed IDF from the quantised df and corpus size (always > 0). */
  idf(key: string): number {
    const bin = dfBin(this.df.get(key) ?? 1), size = sizeBin(this.size);
    if (size !== this.idfSize) { this.idfByBin.length = 0; this.idfSize = size; }
    let v = this.idfByBin[bin];
    if (v === undefined) v = this.idfByBin[bin] = Math.log(1 + Math.pow(2, size) / Math.pow(2, bin / DF_STEPS_PER_DOUBLING));
    return v;
  }

  // IDF per df step at the current size step (few distinct values; the logs are computed once).
  private readonly idfByBin: number[] = [];
  private idfSize = -1;
}
