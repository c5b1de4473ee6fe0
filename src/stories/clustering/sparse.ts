// Sparse vectors as sorted parallel arrays: built from counts, dotted by a linear merge.
import type { SparseVector } from './types.js';

const byKey = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function fromCounts(counts: Map<string, number>): SparseVector {
  const entries = [...counts].sort(byKey);
  return { keys: entries.map((e) => e[0]), values: entries.map((e) => e[1]) };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0, j = 0, s = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i], kb = b.keys[j];
    if (ka === kb) s += a.values[i++] * b.values[j++];
    else if (ka < kb) i++;
    else j++;
  }
  return s;
}

export function norm(v: SparseVector): number {
  let s = 0;
  for (const x of v.values) s += x * x;
  return Math.sqrt(s);
}

/** Unit-length copy (the zero vector stays zero). */
export function normalize(v: SparseVector): SparseVector {
  const n = norm(v);
  return n === 0 ? v : { keys: v.keys, values: v.values.map((x) => x / n) };
}

/** Sum of several vectors (the reference IdSum, which sums group centroids by key id, is tested against). */
export function sumVectors(vs: readonly SparseVector[]): SparseVector {
  const acc = new Map<string, number>();
  for (const v of vs) v.keys.forEach((k, i) => acc.set(k, (acc.get(k) ?? 0) + v.values[i]));
  return fromCounts(acc);
}

/** The `n` keys of largest value (ties by key), in descending value order. */
export function topKeys(v: SparseVector, n: number): string[] {
  const idx = v.keys.map((_, i) => i);
  idx.sort((a, b) => v.values[b] - v.values[a] || (v.keys[a] < v.keys[b] ? -1 : 1));
  return idx.slice(0, n).map((i) => v.keys[i]);
}
