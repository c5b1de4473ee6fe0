// Many small growable lists of (int item, float value) pairs in pages of two arenas, each list a
// block inside one page that moves (at twice its capacity) to fresh space when it fills. Hand-written
// because the plain shape (two JS arrays per list: posting lists, edge lists) cost millions of small
// heap objects the garbage collector traces and copies, and an append to an old list stored a young
// pointer into an old object; here a list is a few ints in typed tables and its entries sit in
// double arrays the collector never scans (see heap-doubles.ts for why not typed arrays). A block a
// list leaves is reused by the next list that needs one of its capacity (lists grow by doubling from
// the same first capacity, so capacities recur): left unused, a list's earlier blocks held about as
// much again as its own.
import { grownTo } from '../../util/grow-typed.js';
import { doubles, PAGE } from './heap-doubles.js';
import type { IdVector } from './types.js';

const FIRST_CAP = 4;

export class BlockLists {
  private readonly itemPages: number[][] = [];
  private readonly valPages: number[][] = [];
  /** Per list: its page, its block's offset in the page, length and capacity. */
  private pageOf = new Int32Array(1024);
  private offs = new Int32Array(1024);
  private lens = new Int32Array(1024);
  private caps = new Int32Array(1024);
  /** The page new blocks go to (-1: none yet) and its first free slot. */
  private cur = -1;
  private top = PAGE;
  /** Blocks left by lists that moved, by capacity, as page × PAGE + offset (blocks in shared pages only). */
  private readonly freeBlocks = new Map<number, number[]>();

  /** A list's entries are `items(l)[off(l) + i]`, `vals(l)[off(l) + i]` for i < len(l) (re-read after a `push` to `l`: blocks move). */
  items(l: number): number[] { return this.itemPages[this.pageOf[l]] ?? EMPTY; }
  vals(l: number): number[] { return this.valPages[this.pageOf[l]] ?? EMPTY; }
  off(l: number): number { return l < this.offs.length ? this.offs[l] : 0; }
  len(l: number): number { return l < this.lens.length ? this.lens[l] : 0; }

  /** Makes list `l` exactly `items` with `vals` (in an exact block when it needs a new one). */
  set(l: number, items: readonly number[], vals: readonly number[]): void {
    this.clear(l);
    this.reserve(l, items.length);
    for (let i = 0; i < items.length; i++) this.push(l, items[i], vals[i]);
  }

  /** Copies of list `l`'s items and values. */
  copy(l: number): IdVector {
    const o = this.off(l), n = this.len(l);
    return { ids: this.items(l).slice(o, o + n), values: this.vals(l).slice(o, o + n) };
  }

  /** A copy of list `l`'s items. */
  copyItems(l: number): number[] {
    const o = this.off(l);
    return this.items(l).slice(o, o + this.len(l));
  }

  push(l: number, item: number, val: number): void {
    this.ensureList(l);
    const n = this.lens[l];
    if (n === this.caps[l]) this.move(l, Math.max(FIRST_CAP, n * 2));
    const p = this.pageOf[l], at = this.offs[l] + n;
    this.itemPages[p][at] = item;
    this.valPages[p][at] = val;
    this.lens[l] = n + 1;
  }

  /** Makes room for `n` entries in list `l` (a list filled once gets an exact block, not a chain of doublings). */
  reserve(l: number, n: number): void {
    this.ensureList(l);
    if (this.caps[l] < n) this.move(l, n);
  }

  /** Position of `item` in list `l`, or -1. */
  indexOf(l: number, item: number): number {
    const o = this.off(l), n = this.len(l), items = this.items(l);
    for (let i = 0; i < n; i++) if (items[o + i] === item) return i;
    return -1;
  }

  /** Removes entry `i` of list `l` by moving the last entry into it (callers never rely on order). */
  swapRemove(l: number, i: number): void {
    const o = this.offs[l], last = --this.lens[l], items = this.items(l), vals = this.vals(l);
    items[o + i] = items[o + last];
    vals[o + i] = vals[o + last];
  }

  /** Empties list `l` (its block stays reserved for it). */
  clear(l: number): void {
    if (l < this.lens.length) this.lens[l] = 0;
  }

  /** Entries in all lists. */
  entries(): number {
    let live = 0;
    for (let l = 0; l < this.lens.length; l++) live += this.lens[l];
    return live;
  }

  /** Entry slots the pages hold (entries, spare capacity, abandoned blocks, the current page's free tail). */
  slotsHeld(): number {
    let held = 0;
    for (const page of this.itemPages) held += page.length;
    return held;
  }

  /**
   * When abandoned blocks and spare capacity hold more than the entries (a list filled by pushes
   * ends in a block up to twice its length, after blocks of half, a quarter... of it), moves every
   * list into fresh pages, each in a block of exactly its length.
   */
  compactIfSparse(): void {
    if (this.slotsHeld() <= 2 * this.entries() + PAGE) return;
    const items = this.itemPages.splice(0), vals = this.valPages.splice(0);
    this.freeBlocks.clear();
    this.cur = -1;
    this.top = PAGE;
    for (let l = 0; l < this.lens.length; l++) {
      const n = this.lens[l], from = this.offs[l], oldItems = items[this.pageOf[l]] ?? EMPTY, oldVals = vals[this.pageOf[l]] ?? EMPTY;
      this.caps[l] = 0;
      if (n === 0) { this.pageOf[l] = -1; this.offs[l] = 0; continue; }
      this.place(l, n);
      const p = this.pageOf[l], at = this.offs[l], newItems = this.itemPages[p], newVals = this.valPages[p];
      for (let i = 0; i < n; i++) { newItems[at + i] = oldItems[from + i]; newVals[at + i] = oldVals[from + i]; }
    }
  }

  private ensureList(l: number): void {
    if (l < this.offs.length) return;
    this.pageOf = grownTo(this.pageOf, l + 1);
    this.offs = grownTo(this.offs, l + 1);
    this.lens = grownTo(this.lens, l + 1);
    this.caps = grownTo(this.caps, l + 1);
  }

  /** Gives list `l` a block of `cap` with its entries. */
  private move(l: number, cap: number): void {
    const from = this.offs[l], n = this.lens[l], oldItems = this.items(l), oldVals = this.vals(l), oldCap = this.caps[l], oldPage = this.pageOf[l];
    this.place(l, cap);
    const p = this.pageOf[l], at = this.offs[l], items = this.itemPages[p], vals = this.valPages[p];
    for (let i = 0; i < n; i++) { items[at + i] = oldItems[from + i]; vals[at + i] = oldVals[from + i]; }
    if (oldCap > PAGE / 4) { this.itemPages[oldPage] = EMPTY; this.valPages[oldPage] = EMPTY; } // a big list's old page of its own is dropped
    else if (oldCap > 0) {
      const free = this.freeBlocks.get(oldCap);
      if (free) free.push(oldPage * PAGE + from);
      else this.freeBlocks.set(oldCap, [oldPage * PAGE + from]);
    }
  }

  /** Points list `l` at a fresh block of `cap` (in the current page, a fresh page, or a page of its own when larger than a quarter page). */
  private place(l: number, cap: number): void {
    let p: number, at: number;
    if (cap > PAGE / 4) {
      p = this.itemPages.length;
      this.itemPages.push(doubles(cap));
      this.valPages.push(doubles(cap));
      at = 0;
    } else if (this.freeBlocks.get(cap)?.length) {
      const block = this.freeBlocks.get(cap)!.pop()!;
      p = Math.floor(block / PAGE);
      at = block % PAGE;
    } else {
      if (this.top + cap > PAGE) {
        this.cur = this.itemPages.length;
        this.itemPages.push(doubles(PAGE));
        this.valPages.push(doubles(PAGE));
        this.top = 0;
      }
      p = this.cur;
      at = this.top;
      this.top += cap;
    }
    this.pageOf[l] = p;
    this.offs[l] = at;
    this.caps[l] = cap;
  }
}

const EMPTY: number[] = [];
