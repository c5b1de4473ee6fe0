// Dot products of one vector against many, by scattering it into a dense array indexed by key id
// (a candidate's ~60 keys then cost one array read each, instead of a string-comparing merge).
// Sums run over the other vector's keys in its (key-sorted) order and add exact zeros for keys the
// scattered vector lacks, so each result is bit-identical to `dot` in sparse.ts.
import type { SparseVector } from './types.js';

/**
 * Small integer ids for keys (ids never change), and one interned string per key. The clusterer
 * shares one table between document frequencies, holder lists and both levels' indices, so a key
 * costs one hash lookup per article instead of one per structure.
 */
export class KeyIds {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  get size(): number { return this.names.length; }
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.names.length));
      this.names.push(key);
    }
    return id;
  }
  /** The interned string of a key id. */
  key(id: number): string { return this.names[id]; }
  of(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.id(keys[i]);
    return out;
  }
}

export class ScatterDot {
  private dense = new Float64Array(1024);

  /** Makes `v` (keys given as `ids`) the vector later `dot` calls multiply with. */
  load(ids: Int32Array, v: SparseVector, size: number): void {
    if (this.dense.length < size) {
      const grown = new Float64Array(Math.max(size, this.dense.length * 2));
      this.dense = grown;
    }
    for (let i = 0; i < ids.length; i++) this.dense[ids[i]] = v.values[i];
  }

  /** Clears what `load` wrote (the array is all zeros between uses). */
  unload(ids: Int32Array): void {
    for (let i = 0; i < ids.length; i++) this.dense[ids[i]] = 0;
  }

  /** The loaded vector · `v` (keys given as `ids`). */
  dot(ids: Int32Array, v: SparseVector): number {
    const d = this.dense, vals = v.values;
    let s = 0;
    for (let i = 0; i < ids.length; i++) s += d[ids[i]] * vals[i];
    return s;
  }
}
