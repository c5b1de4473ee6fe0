// Average-link's cluster graph: per cluster slot, its neighbour slots with the summed similarity of
// the pair, in typed arrays. Hand-written because the plain shape (pair objects, a Map of pair sums,
// a Set of neighbours per node, queue entries as objects) cost about 350 bytes a pair: 2.2 GB of
// heap for one component of 93k generated articles with 6.2M scored pairs. Here a pair is two
// entries (one per side) of 16 bytes, each holding the position of its twin, so a merge updates
// both sides of every pair it moves in constant time.

export class PairSums {
  /** Per entry: neighbour slot, pair sum (the same in both twins), position of the twin entry. */
  private nbr: Int32Array;
  private sum: Float64Array;
  private twin: Int32Array;
  /** Per slot: its block of entries (offset, length, capacity). */
  private readonly off: Int32Array;
  private readonly len: Int32Array;
  private readonly cap: Int32Array;
  private top = 0;
  /** Live entries (twice the pairs). */
  private live = 0;
  /** Per slot: the position of its entry in the block `posOf` was loaded with, valid where `stampOf` is `stamp`. */
  private readonly posOf: Int32Array;
  private readonly stampOf: Int32Array;
  private stamp = 0;

  /**
   * The graph of `n` slots with the pairs `emit` gives (called twice, giving the same pairs in the
   * same order; a slot paired with itself is ignored). Returns null when a pair is given twice.
   */
  static of(n: number, pairs: (emit: (a: number, b: number, s: number) => void) => void): PairSums | null {
    const deg = new Int32Array(n);
    pairs((a, b) => { if (a !== b) { deg[a]++; deg[b]++; } });
    const g = new PairSums(n, deg);
    pairs((a, b, s) => { if (a !== b) g.link(a, b, s); });
    return g.hasRepeats() ? null : g;
  }

  private constructor(n: number, deg: Int32Array) {
    this.off = new Int32Array(n);
    this.len = new Int32Array(n);
    this.cap = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) { this.off[i] = total; this.cap[i] = deg[i]; total += deg[i]; }
    this.top = total;
    // A quarter to spare for blocks that grow: merges never add entries, so compacting in place
    // finds room again (a fresh arena beside the old one would double the graph at its largest).
    const size = total + (total >> 2) + 1024;
    this.nbr = new Int32Array(size);
    this.sum = new Float64Array(size);
    this.twin = new Int32Array(size);
    this.posOf = new Int32Array(n);
    this.stampOf = new Int32Array(n);
  }

  private link(a: number, b: number, s: number): void {
    const ea = this.off[a] + this.len[a]++, eb = this.off[b] + this.len[b]++;
    this.nbr[ea] = b; this.sum[ea] = s; this.twin[ea] = eb;
    this.nbr[eb] = a; this.sum[eb] = s; this.twin[eb] = ea;
    this.live += 2;
  }

  private hasRepeats(): boolean {
    for (let i = 0; i < this.off.length; i++) {
      const st = ++this.stamp;
      for (let e = this.off[i]; e < this.off[i] + this.len[i]; e++) {
        if (this.stampOf[this.nbr[e]] === st) return true;
        this.stampOf[this.nbr[e]] = st;
      }
    }
    return false;
  }

  /** Pairs in the graph. */
  get pairs(): number { return this.live / 2; }

  /** Number of neighbours of slot `i`. */
  degree(i: number): number { return this.len[i]; }

  /** Calls `f` with each neighbour of `i` and the pair's sum. */
  forEach(i: number, f: (other: number, sum: number) => void): void {
    const nbr = this.nbr, sum = this.sum;
    for (let e = this.off[i], end = e + this.len[i]; e < end; e++) f(nbr[e], sum[e]);
  }

  /**
   * Merges slot `gone` into `keep` (neighbours): their pair goes; each neighbour of `gone` becomes a
   * neighbour of `keep`, its sum added to the sum `keep` already had with it (the same addition,
   * operands and all, as a map of pair sums does).
   */
  merge(keep: number, gone: number): void {
    // The pair itself.
    const g0 = this.find(gone, keep);
    if (g0 >= 0) { const k0 = this.twin[g0]; this.removeAt(gone, g0); this.removeAt(keep, k0); }
    this.reserve(keep, this.len[keep] + this.len[gone]);
    const nbr = this.nbr, sum = this.sum, twin = this.twin, posOf = this.posOf, stampOf = this.stampOf, st = ++this.stamp;
    for (let e = this.off[keep], end = e + this.len[keep]; e < end; e++) { posOf[nbr[e]] = e; stampOf[nbr[e]] = st; }
    for (let g = this.off[gone], end = g + this.len[gone]; g < end; g++) {
      const other = nbr[g], t = twin[g];
      if (stampOf[other] === st) {
        const k = posOf[other], v = sum[k] + sum[g];
        sum[k] = v;
        sum[twin[k]] = v;
        this.removeAt(other, t);
      } else {
        const k = this.off[keep] + this.len[keep]++;
        nbr[k] = other; sum[k] = sum[g]; twin[k] = t;
        nbr[t] = keep; twin[t] = k;
        posOf[other] = k; stampOf[other] = st;
        this.live++;
      }
    }
    this.live -= this.len[gone]; // moved or summed into keep's
    this.len[gone] = 0;
  }

  private find(i: number, other: number): number {
    for (let e = this.off[i], end = e + this.len[i]; e < end; e++) if (this.nbr[e] === other) return e;
    return -1;
  }

  /** Removes entry `e` of slot `i`'s block by moving its last entry into it (order is irrelevant). */
  private removeAt(i: number, e: number): void {
    const last = this.off[i] + --this.len[i];
    this.live--;
    if (e === last) return;
    this.nbr[e] = this.nbr[last];
    this.sum[e] = this.sum[last];
    this.twin[e] = this.twin[last];
    this.twin[this.twin[e]] = e;
  }

  /** Room for `n` entries in slot `i`'s block: a block up to twice as large at the end, after compacting the arena when it is full. */
  private reserve(i: number, n: number): void {
    if (this.cap[i] >= n) return;
    if (this.top + n > this.nbr.length) this.compact();
    if (this.top + n > this.nbr.length) this.grow(this.top + n + ((this.top + n) >> 2));
    const cap = Math.min(Math.max(n, 2 * this.cap[i]), this.nbr.length - this.top);
    const to = this.top;
    this.move(this.off[i], to, this.len[i]);
    this.off[i] = to;
    this.cap[i] = cap;
    this.top += cap;
  }

  /**
   * Slides every block down over the space blocks left, in offset order (a block only moves to
   * lower positions, so none is overwritten before it moved), each to exactly its length. An entry
   * that moves tells its twin where it went; its own twin pointer is current already.
   */
  private compact(): void {
    const slots = Int32Array.from(this.off.keys()).sort((a, b) => this.off[a] - this.off[b]);
    let top = 0;
    for (const i of slots) {
      const len = this.len[i];
      if (this.off[i] !== top) this.move(this.off[i], top, len);
      this.off[i] = top;
      this.cap[i] = len;
      top += len;
    }
    this.top = top;
  }

  /** Moves `len` entries from `from` to `to`; each tells its twin where it went. */
  private move(from: number, to: number, len: number): void {
    this.nbr.copyWithin(to, from, from + len);
    this.sum.copyWithin(to, from, from + len);
    this.twin.copyWithin(to, from, from + len);
    for (let e = to; e < to + len; e++) this.twin[this.twin[e]] = e;
  }

  private grow(size: number): void {
    const nbr = new Int32Array(size), sum = new Float64Array(size), twin = new Int32Array(size);
    nbr.set(this.nbr.subarray(0, this.top));
    sum.set(this.sum.subarray(0, this.top));
    twin.set(this.twin.subarray(0, this.top));
    this.nbr = nbr;
    this.sum = sum;
    this.twin = twin;
  }
}
