// Sums of sparse vectors whose keys also come as key ids (a story-level unit sums its events'
// article vectors: a few hundred keys from ~a thousand entries). Hand-written: a Map of key strings
// (or a dense array over all key ids) costs a cache miss per entry at a million keys; here the
// entries go into a small open-addressing table that stays in cache, and only the distinct keys are
// sorted. Each sum adds in the same order as `sumVectors` (vectors in order, starting from 0), so
// the result is bit-identical to it.
import type { KeyIds } from './scatter-dot.js';
import type { SparseVector } from './types.js';

const EMPTY = -1;

export class IdSum {
  private slots = new Int32Array(1024).fill(EMPTY);
  private sums = new Float64Array(1024);

  constructor(private readonly keyIds: KeyIds) {}

  /** The sum of `vs` (each with its keys' ids), keys in string order, and the ids of its keys. */
  sum(vs: readonly { v: { values: readonly number[] }; ids: readonly number[] }[]): { v: SparseVector; ids: number[] } {
    let entries = 0;
    for (const { ids } of vs) entries += ids.length;
    let size = 1024;
    while (size < 2 * entries) size *= 2;
    if (this.slots.length < size) {
      this.slots = new Int32Array(size).fill(EMPTY);
      this.sums = new Float64Array(size);
    }
    // Only the first `size` slots: one big group must not spread every later small sum over a big table.
    const slots = this.slots, sums = this.sums, mask = size - 1, ids: number[] = [], at: number[] = [];
    for (const { v, ids: vIds } of vs) {
      for (let i = 0; i < vIds.length; i++) {
        const k = vIds[i];
        let h = Math.imul(k, 0x9e3779b1) & mask;
        while (slots[h] !== EMPTY && slots[h] !== k) h = (h + 1) & mask;
        if (slots[h] === EMPTY) { slots[h] = k; sums[h] = 0; ids.push(k); at.push(h); }
        sums[h] += v.values[i];
      }
    }
    const order = this.keyIds.stringOrder(ids);
    const out = { v: { keys: order.map((i) => this.keyIds.key(ids[i])), values: order.map((i) => sums[at[i]]) }, ids: order.map((i) => ids[i]) };
    for (const h of at) slots[h] = EMPTY;
    return out;
  }
}
