// Weight tables keyed by hashed feature: dense while training (with averaging), sparse and
// quantised when shipped. Both expose `add`, so decoding code is shared.
import { NT } from './tags.js';

export interface WeightTable {
  /** Adds the weight row of feature `hash` to scores[at .. at + NT). */
  add(hash: number, scores: Float32Array, at: number): void;
  /** Where the row of feature `hash` starts in `data`, or -1 when the feature has no weights. */
  rowBase(hash: number): number;
  /** The rows rowBase points into (NT floats each). */
  readonly data: Float32Array;
}

/** Averaged-perceptron weights over 2^bits buckets (lazy averaging: avg = w - acc / steps). */
export class TrainingWeights implements WeightTable {
  readonly mask: number;
  readonly w: Float32Array;
  readonly acc: Float64Array;
  steps = 1;

  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * NT);
    this.acc = new Float64Array((1 << bits) * NT);
  }

  add(hash: number, scores: Float32Array, at: number): void {
    const base = (hash & this.mask) * NT;
    const w = this.w;
    for (let t = 0; t < NT; t++) scores[at + t] += w[base + t];
  }

  get data(): Float32Array {
    return this.w;
  }

  rowBase(hash: number): number {
    return (hash & this.mask) * NT;
  }

  update(hash: number, tag: number, delta: number): void {
    const k = (hash & this.mask) * NT + tag;
    this.w[k] += delta;
    this.acc[k] += this.steps * delta;
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let k = 0; k < out.length; k++) out[k] = this.w[k] - this.acc[k] / this.steps;
    return out;
  }
}

/**
 * Shipped weights: only buckets with weight. A bucket's row is found through a presence bitset and
 * per-word running counts (rank): 2 × 2^bits / 8 bytes instead of a 4-byte row index per bucket,
 * small enough to stay in cache, where most feature lookups (absent buckets) end at the bitset.
 */
export class SparseWeights implements WeightTable {
  readonly mask: number;
  /** Per 32 buckets: [presence bits, rows before them], interleaved so one cache line holds both. */
  private readonly index: Int32Array;

  /** `rowOf[bucket]` is the bucket's row in `rows` (NT floats each), or -1. */
  constructor(readonly bits: number, rowOf: Int32Array, readonly rows: Float32Array) {
    this.mask = (1 << bits) - 1;
    const words = Math.max(1, (1 << bits) >>> 5);
    this.index = new Int32Array(2 * words);
    let expected = 0;
    for (let w = 0; w < words; w++) {
      this.index[2 * w + 1] = expected;
      for (let b = 0; b < 32 && (w << 5) + b < rowOf.length; b++) {
        const r = rowOf[(w << 5) + b];
        if (r < 0) continue;
        if (r !== expected++) throw new Error('SparseWeights: rows must be in bucket order');
        this.index[2 * w] |= 1 << b;
      }
    }
  }

  add(hash: number, scores: Float32Array, at: number): void {
    const base = this.rowBase(hash);
    if (base < 0) return;
    const rows = this.rows;
    for (let t = 0; t < NT; t++) scores[at + t] += rows[base + t];
  }

  get data(): Float32Array {
    return this.rows;
  }

  rowBase(hash: number): number {
    const h = hash & this.mask;
    const k = (h >>> 5) << 1;
    const word = this.index[k];
    const bit = 1 << (h & 31);
    if ((word & bit) === 0) return -1;
    return (this.index[k + 1] + popcount(word & (bit - 1))) * NT;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Dense averaged weights wrapped as a table (used to score dev data before quantising). */
export class DenseWeights implements WeightTable {
  readonly mask: number;
  constructor(readonly bits: number, readonly w: Float32Array) {
    this.mask = (1 << bits) - 1;
  }
  add(hash: number, scores: Float32Array, at: number): void {
    const base = (hash & this.mask) * NT;
    for (let t = 0; t < NT; t++) scores[at + t] += this.w[base + t];
  }
  get data(): Float32Array {
    return this.w;
  }
  rowBase(hash: number): number {
    return (hash & this.mask) * NT;
  }
}
