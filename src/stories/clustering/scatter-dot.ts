// Dot products of one vector against many, by scattering it into a dense array indexed by key id
// (a candidate's ~60 keys then cost one array read each, instead of a string-comparing merge).
// Sums run over the other vector's keys in its (key-sorted) order and add exact zeros for keys the
// scattered vector lacks, so each result is bit-identical to `dot` in sparse.ts.
import { grownTo } from '../../util/grow-typed.js';
import { doubles } from './heap-doubles.js';

/**
 * Small integer ids for keys (ids never change), and one interned string per key. The clusterer
 * shares one table between document frequencies, holder lists and both levels' indices, so a key
 * costs one hash lookup per article instead of one per structure.
 */
export class KeyIds {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Per id (at 2 id, 2 id + 1, one cache line): its key's first six UTF-16 units as two numbers, ordered as the strings are (see `stringOrder`). */
  private heads = new Float64Array(2048);
  get size(): number { return this.names.length; }
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.names.length));
      this.names.push(key);
      this.heads = grownTo(this.heads, 2 * id + 2);
      this.heads[2 * id] = head(key, 0);
      this.heads[2 * id + 1] = head(key, 3);
    }
    return id;
  }

  /**
   * Positions of `ids` in the order of their keys' strings. Mostly without reading the strings:
   * comparing scattered strings costs a cache miss each, so each id's first six code units are read
   * once as two numbers (numeric order is string order; full ties fall back to the strings).
   */
  stringOrder(ids: readonly number[]): number[] {
    const n = ids.length, h0: number[] = [], h1: number[] = []; // plain arrays: small typed arrays by the thousand are buffers off the heap
    for (let i = 0; i < n; i++) { h0.push(this.heads[2 * ids[i]]); h1.push(this.heads[2 * ids[i] + 1]); }
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort((a, b) => {
      if (h0[a] !== h0[b]) return h0[a] < h0[b] ? -1 : 1;
      if (h1[a] !== h1[b]) return h1[a] < h1[b] ? -1 : 1;
      const ka = this.names[ids[a]], kb = this.names[ids[b]];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }

  /** The interned string of a key id. */
  key(id: number): string { return this.names[id]; }
  /** Ids of `keys` (a double array: small typed arrays by the million are buffers outside the heap, see heap-doubles.ts). */
  of(keys: readonly string[]): number[] {
    const out = doubles(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.id(keys[i]);
    return out;
  }
}

/** Three UTF-16 units of `s` from `at` as one number (missing units 0): numeric order is string order, ties undecided. */
function head(s: string, at: number): number {
  const c = (i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  return c(at) * 2 ** 32 + c(at + 1) * 2 ** 16 + c(at + 2);
}

export class ScatterDot {
  private dense = new Float64Array(1024);

  /** Makes the vector stored as key ids `items[from..to)` with values `vals[from..to)` the one later `dotAt` calls multiply with. */
  loadAt(items: readonly number[], vals: readonly number[], from: number, to: number, size: number): void {
    if (this.dense.length < size) this.dense = new Float64Array(Math.max(size, this.dense.length * 2));
    for (let i = from; i < to; i++) this.dense[items[i]] = vals[i];
  }

  /** Clears what `loadAt` wrote (the array is all zeros between uses). */
  unloadAt(items: readonly number[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.dense[items[i]] = 0;
  }

  /** The loaded vector · the vector stored as key ids `items[from..to)` with values `vals[from..to)` (same sum, same order as `dot`). */
  dotAt(items: readonly number[], vals: readonly number[], from: number, to: number): number {
    const d = this.dense;
    let s = 0;
    for (let i = from; i < to; i++) s += d[items[i]] * vals[i];
    return s;
  }
}
