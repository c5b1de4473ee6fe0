// Weight tables keyed by hashed feature: dense while training (with averaging), sparse and
// quantised when shipped. Both expose `add`, so decoding code is shared.
import { NT } from './tags.js';

export interface WeightTable {
  /** Adds the weight row of feature `hash` to scores[at .. at + NT). */
  add(hash: number, scores: Float32Array, at: number): void;
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

/** Shipped weights: only buckets with weight, rows found through a bucket → row index. */
export class SparseWeights implements WeightTable {
  readonly mask: number;

  constructor(readonly bits: number, readonly rowOf: Int32Array, readonly rows: Float32Array) {
    this.mask = (1 << bits) - 1;
  }

  add(hash: number, scores: Float32Array, at: number): void {
    const r = this.rowOf[hash & this.mask];
    if (r < 0) return;
    const rows = this.rows;
    const base = r * NT;
    for (let t = 0; t < NT; t++) scores[at + t] += rows[base + t];
  }
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
}
