// The retrieval half of a level index: per key, the nodes holding it among their top retrieval keys
// with their weights; per node, its chosen keys. Lists live in typed arenas (see BlockLists) and
// hold node numbers, so retrieval scans small integers and reads days and accumulators from dense
// typed arrays indexed by node number. Posting lists are sorted by day lazily, before a windowed scan.
import { grownTo } from '../../util/grow-typed.js';
import { BlockLists } from './block-lists.js';
import type { SparseVector } from './types.js';

export interface PostingParams { termKeys: number; entityKeys: number; postingCap: number; minPartial: number }

/**
 * Top `n` retrievable keys of `v` (largest value first, ties by key) appended to `keys`/`w` as ids
 * with their weights. A vector's keys are in ascending order, so ties by key are ties by position:
 * one pass keeps the best `n` positions in order (no sort, no string comparison).
 */
function addTopKeys(keys: number[], w: number[], v: SparseVector, ids: readonly number[], n: number, retrievable: (id: number) => boolean): void {
  const vals = v.values, top: number[] = [];
  for (let i = 0; i < vals.length; i++) {
    if (top.length === n && !(vals[i] > vals[top[n - 1]])) continue;
    if (!retrievable(ids[i])) continue;
    let j = top.length < n ? top.push(i) - 1 : n - 1;
    while (j > 0 && vals[top[j - 1]] < vals[i]) { top[j] = top[j - 1]; j--; }
    top[j] = i;
  }
  for (const i of top) { keys.push(ids[i]); w.push(vals[i]); }
}

/** One space's posting lists (list number = key id) and whether each is in day order. */
class Space {
  readonly lists = new BlockLists();
  inDayOrder = new Uint8Array(1024);
  mark(k: number, ordered: boolean): void {
    this.inDayOrder = grownTo(this.inDayOrder, k + 1);
    this.inDayOrder[k] = ordered ? 1 : 0;
  }
}

export class PostingIndex {
  private readonly spaces = [new Space(), new Space()]; // 0 terms, 1 entities
  /** Per node: its chosen keys as `key * 2 + space`, with its weight for each. */
  private readonly own = new BlockLists();
  /** Per node number: its day (-Infinity: undated) and the accumulators of the current query (valid when the stamp equals `query`). */
  private dayOf = new Float64Array(1024);
  private acc = [new Float64Array(1024), new Float64Array(1024)];
  private stampOf = new Int32Array(1024);
  private query = 0;

  /** `window`: half-width in days of the retrieval window (null: whole lists). `saturated`: called with a key's holders when it crosses the cap. */
  constructor(private readonly p: PostingParams, private readonly window: number | null, private readonly saturated: (holders: number[]) => void) {}

  /** Indexes node `no` (not indexed) by the top keys of its vectors. */
  add(no: number, day: number | null, terms: SparseVector, tIds: readonly number[], entities: SparseVector, eIds: readonly number[], retrievable: (space: number, id: number) => boolean): void {
    this.dayOf = grownTo(this.dayOf, no + 1);
    this.acc[0] = grownTo(this.acc[0], no + 1);
    this.acc[1] = grownTo(this.acc[1], no + 1);
    this.stampOf = grownTo(this.stampOf, no + 1);
    this.dayOf[no] = day ?? -Infinity;
    const keys: number[] = [], w: number[] = [];
    addTopKeys(keys, w, terms, tIds, this.p.termKeys, (k) => retrievable(0, k));
    const nTerms = keys.length;
    addTopKeys(keys, w, entities, eIds, this.p.entityKeys, (k) => retrievable(1, k));
    for (let i = 0; i < keys.length; i++) {
      const s = i >= nTerms ? 1 : 0, k = keys[i], space = this.spaces[s], n = space.lists.len(k);
      if (n === this.p.postingCap) this.saturated(this.holders(space, k)); // the key saturates now
      space.mark(k, n === 0);
      space.lists.push(k, no, w[i]);
      this.own.push(no, k * 2 + s, w[i]);
    }
  }

  /** Drops node `no` from its posting lists. */
  remove(no: number): void {
    const own = this.own, o = own.off(no), n = own.len(no), codes = own.items(no);
    for (let i = 0; i < n; i++) {
      const code = codes[o + i], k = code >> 1, space = this.spaces[code & 1];
      // Swap-remove: posting order is irrelevant (retrieval sums per neighbour over the node's own key order).
      space.lists.swapRemove(k, space.lists.indexOf(k, no));
      space.mark(k, space.lists.len(k) === 0);
      if (space.lists.len(k) === this.p.postingCap) this.saturated(this.holders(space, k)); // the key is usable again
    }
    own.clear(no);
  }

  private holders(space: Space, k: number): number[] {
    const o = space.lists.off(k);
    return space.lists.items(k).slice(o, o + space.lists.len(k));
  }

  /** Nodes sharing unsaturated keys with `no` whose partial term or entity cosine reaches minPartial (in retrieval order). */
  candidates(no: number): number[] {
    const q = ++this.query, cap = this.p.postingCap, own = this.own, dayOf = this.dayOf;
    const day = this.window === null || dayOf[no] === -Infinity ? null : dayOf[no];
    const hit: number[] = [];
    const codes = own.items(no), ws = own.vals(no);
    for (let i = 0, o = own.off(no), n = own.len(no); i < n; i++) {
      const code = codes[o + i], k = code >> 1, s = code & 1, space = this.spaces[s], w = ws[o + i];
      const len = space.lists.len(k);
      if (len > cap) continue;
      if (day === null) { this.accumulate(no, q, s, k, w, 0, len, hit); continue; }
      if (!space.inDayOrder[k]) this.sortByDay(space, k);
      const dated = this.firstDayAtLeast(space, k, -Number.MAX_VALUE);
      this.accumulate(no, q, s, k, w, 0, dated, hit);
      const from = Math.max(dated, this.firstDayAtLeast(space, k, day - this.window!));
      this.accumulate(no, q, s, k, w, from, this.firstDayAtLeast(space, k, day + this.window! + 1), hit);
    }
    const min = this.p.minPartial, accT = this.acc[0], accE = this.acc[1];
    const out: number[] = [];
    for (const o of hit) if (accT[o] >= min || accE[o] >= min) out.push(o);
    return out;
  }

  /** Adds `w` × each weight of entries [from, to) of key `k`'s list in space `s` to the neighbours' accumulators of query `q`. */
  private accumulate(own: number, q: number, s: number, k: number, w: number, from: number, to: number, hit: number[]): void {
    const lists = this.spaces[s].lists, base = lists.off(k), nos = lists.items(k), ws = lists.vals(k), stamp = this.stampOf;
    const acc = this.acc[s], other = this.acc[1 - s];
    for (let j = base + from; j < base + to; j++) {
      const o = nos[j];
      if (o === own) continue;
      if (stamp[o] !== q) { stamp[o] = q; acc[o] = 0; other[o] = 0; hit.push(o); }
      acc[o] += w * ws[j];
    }
  }

  /** Sorts key `k`'s list by node day, undated first (stable). */
  private sortByDay(space: Space, k: number): void {
    const lists = space.lists, o = lists.off(k), n = lists.len(k), dayOf = this.dayOf;
    const items = lists.items(k), vals = lists.vals(k), nos = items.slice(o, o + n), ws = vals.slice(o, o + n);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (dayOf[nos[a]] < dayOf[nos[b]] ? -1 : dayOf[nos[a]] > dayOf[nos[b]] ? 1 : a - b));
    for (let i = 0; i < n; i++) { items[o + i] = nos[order[i]]; vals[o + i] = ws[order[i]]; }
    space.inDayOrder[k] = 1;
  }

  /** First index of key `k`'s day-ordered list whose day is ≥ `day` (the length when none is). */
  private firstDayAtLeast(space: Space, k: number, day: number): number {
    const items = space.lists.items(k), o = space.lists.off(k), dayOf = this.dayOf;
    let lo = 0, hi = space.lists.len(k);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dayOf[items[o + mid]] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
