// Key → the articles holding it, as singly linked lists of small integers in one growable arena.
// Hand-written because the plain shape (a Map of id-string arrays) cost one pointer per (article,
// key) pair: at 1M articles × ~60 keys that is tens of millions of slots the garbage collector
// scans on every full collection, plus a fresh young array per short list on every append. Here an
// entry is two slots in pages of double arrays the collector never looks into (not typed arrays:
// see heap-doubles.ts).

import { grownTo } from '../../util/grow-typed.js';
import { doubles, PAGE, PAGE_BITS } from './heap-doubles.js';

const NONE = -1;
const MASK = PAGE - 1;

export class HolderLists {
  /** Per key id: its most recent entry (NONE: no holder). */
  private head = new Int32Array(1024).fill(NONE);
  /** Per entry e, in page e >> PAGE_BITS: the next (older) entry of its key, and the holder. */
  private readonly next: number[][] = [];
  private readonly holder: number[][] = [];
  private used = 0;
  /** Entries freed by `remove`, chained through `next`. */
  private free = NONE;

  add(key: number, item: number): void {
    this.head = grownTo(this.head, key + 1, NONE, 1.5);
    let e = this.free;
    if (e !== NONE) this.free = this.next[e >> PAGE_BITS][e & MASK];
    else {
      if (this.used === this.next.length * PAGE) { this.next.push(doubles(PAGE)); this.holder.push(doubles(PAGE)); }
      e = this.used++;
    }
    this.holder[e >> PAGE_BITS][e & MASK] = item;
    this.next[e >> PAGE_BITS][e & MASK] = this.head[key];
    this.head[key] = e;
  }

  /** Drops one entry of `item` under `key` (nothing when it holds none). */
  remove(key: number, item: number): void {
    if (key >= this.head.length) return;
    let prev = NONE;
    for (let e = this.head[key]; e !== NONE; prev = e, e = this.next[e >> PAGE_BITS][e & MASK]) {
      if (this.holder[e >> PAGE_BITS][e & MASK] !== item) continue;
      const after = this.next[e >> PAGE_BITS][e & MASK];
      if (prev === NONE) this.head[key] = after;
      else this.next[prev >> PAGE_BITS][prev & MASK] = after;
      this.next[e >> PAGE_BITS][e & MASK] = this.free;
      this.free = e;
      return;
    }
  }

  /** Calls `f` with every holder of `key` (most recent first). */
  forEach(key: number, f: (item: number) => void): void {
    if (key >= this.head.length) return;
    for (let e = this.head[key]; e !== NONE; e = this.next[e >> PAGE_BITS][e & MASK]) f(this.holder[e >> PAGE_BITS][e & MASK]);
  }
}
