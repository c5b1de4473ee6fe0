// Key → the articles holding it, as singly linked lists of small integers in one growable arena.
// Hand-written because the plain shape (a Map of id-string arrays) cost one pointer per (article,
// key) pair: at 1M articles × ~60 keys that is tens of millions of slots the garbage collector
// scans on every full collection, plus a fresh young array per short list on every append. Here an
// entry is two int32 slots in typed arrays the collector never looks into.

import { grownTo } from '../../util/grow-typed.js';

const NONE = -1;
/** Arena growth: by half, not double (the arena is most of the index's memory). */
const GROWTH = 1.5;

export class HolderLists {
  /** Per key id: its most recent entry (NONE: no holder). */
  private head = new Int32Array(1024).fill(NONE);
  /** Per entry: the next (older) entry of its key, and the holder. */
  private next = new Int32Array(4096);
  private holder = new Int32Array(4096);
  private used = 0;
  /** Entries freed by `remove`, chained through `next`. */
  private free = NONE;

  add(key: number, item: number): void {
    this.head = grownTo(this.head, key + 1, NONE, GROWTH);
    let e = this.free;
    if (e !== NONE) this.free = this.next[e];
    else {
      if (this.used === this.next.length) {
        this.next = grownTo(this.next, this.used + 1, 0, GROWTH);
        this.holder = grownTo(this.holder, this.used + 1, 0, GROWTH);
      }
      e = this.used++;
    }
    this.holder[e] = item;
    this.next[e] = this.head[key];
    this.head[key] = e;
  }

  /** Drops one entry of `item` under `key` (nothing when it holds none). */
  remove(key: number, item: number): void {
    if (key >= this.head.length) return;
    let prev = NONE;
    for (let e = this.head[key]; e !== NONE; prev = e, e = this.next[e]) {
      if (this.holder[e] !== item) continue;
      if (prev === NONE) this.head[key] = this.next[e];
      else this.next[prev] = this.next[e];
      this.next[e] = this.free;
      this.free = e;
      return;
    }
  }

  /** Calls `f` with every holder of `key` (most recent first). */
  forEach(key: number, f: (item: number) => void): void {
    if (key >= this.head.length) return;
    for (let e = this.head[key]; e !== NONE; e = this.next[e]) f(this.holder[e]);
  }
}
