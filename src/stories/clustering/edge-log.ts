// The edges one flush scores, appended to a log and moved into the nodes' edge lists once the flush
// has scored them all. Hand-written because pushing each edge into both endpoints' lists as it was
// scored grew every list by doubling: at 93k generated articles the edge lists held 2.5 times their
// entries, and compacting them afterwards copied them beside that (the step's peak). Here an edge
// costs two doubles in the log, and each list grows once, into a block of exactly its new length.
import { BlockLists } from './block-lists.js';
import { doubles, PAGE, PAGE_BITS } from './heap-doubles.js';

/** Two node numbers as one double, exact while both are below 2^26 (the key stays below 2^52). */
const NODE_LIMIT = 2 ** 26;

export class EdgeLog {
  /** Pages of (a × NODE_LIMIT + b, score) entries, two doubles each. */
  private pages: number[][] = [];
  private size = 0;

  get length(): number { return this.size; }

  /** Logs the edge between nodes `a` and `b` with score `s`. */
  add(a: number, b: number, s: number): void {
    if (a >= NODE_LIMIT || b >= NODE_LIMIT) throw new RangeError('EdgeLog: node number beyond what an entry holds');
    const at = 2 * this.size++, p = at >>> PAGE_BITS;
    if (p === this.pages.length) this.pages.push(doubles(PAGE));
    const page = this.pages[p], i = at & (PAGE - 1);
    page[i] = a * NODE_LIMIT + b;
    page[i + 1] = s;
  }

  /**
   * Appends every logged edge to both endpoints' lists in `edges` (each list first grown to an exact
   * block for what it takes), then empties the log, dropping each page once it is read.
   */
  drainInto(edges: BlockLists, nodes: number): void {
    const adds = new Int32Array(nodes);
    this.each((a, b) => { adds[a]++; adds[b]++; });
    for (let n = 0; n < nodes; n++) if (adds[n] > 0) edges.reserve(n, edges.len(n) + adds[n]);
    this.drain((a, b, s) => { edges.push(a, b, s); edges.push(b, a, s); });
  }

  /** Calls `f` on each logged edge, in the order logged. */
  forEach(f: (a: number, b: number, s: number) => void): void {
    this.each(f);
  }

  /** Calls `f` on each logged edge in the order logged, dropping each page once read; empties the log. */
  drain(f: (a: number, b: number, s: number) => void): void {
    this.each(f, true);
    this.pages = [];
    this.size = 0;
  }

  /** Calls `f` on each logged edge in order; `release` drops each page after it is read. */
  private each(f: (a: number, b: number, s: number) => void, release = false): void {
    for (let e = 0; e < this.size; e++) {
      const at = 2 * e, p = at >>> PAGE_BITS, page = this.pages[p], i = at & (PAGE - 1), key = page[i];
      f(Math.floor(key / NODE_LIMIT), key % NODE_LIMIT, page[i + 1]);
      if (release && i + 2 === PAGE) this.pages[p] = [];
    }
  }
}
