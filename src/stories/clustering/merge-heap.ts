// Average-link's queue of candidate merges as a binary max-heap in typed columns (an entry is 28
// bytes, not a heap object: a large component queues millions). Entries go stale when a cluster
// they name merges again; the queue drops them lazily, and all at once when they outnumber the live ones.

/** Higher average first; equal averages by the smaller tie key (deterministic). */
export class MergeHeap {
  private avg = new Float64Array(1024);
  private tie = new Float64Array(1024);
  /** Slots i and j, and the number of merges done when the entry was pushed. */
  private is = new Int32Array(1024);
  private js = new Int32Array(1024);
  private at = new Int32Array(1024);
  size = 0;

  private before(a: number, b: number): boolean {
    return this.avg[a] > this.avg[b] || (this.avg[a] === this.avg[b] && this.tie[a] < this.tie[b]);
  }

  private swap(a: number, b: number): void {
    let f = this.avg[a]; this.avg[a] = this.avg[b]; this.avg[b] = f;
    f = this.tie[a]; this.tie[a] = this.tie[b]; this.tie[b] = f;
    let k = this.is[a]; this.is[a] = this.is[b]; this.is[b] = k;
    k = this.js[a]; this.js[a] = this.js[b]; this.js[b] = k;
    k = this.at[a]; this.at[a] = this.at[b]; this.at[b] = k;
  }

  /** Room for `n` entries in all (a heap filled once by `append` gets exactly its size). */
  reserve(n: number): void {
    if (this.avg.length < n) this.grow(n);
  }

  /** Appends an entry without restoring the heap order (then `heapify`), or with it (`push`). */
  append(avg: number, tie: number, i: number, j: number, at: number): void {
    if (this.size === this.avg.length) this.grow(Math.ceil(1.25 * this.size) + 1024); // by a quarter: millions of entries, kept near the pairs' count
    const h = this.size++;
    this.avg[h] = avg; this.tie[h] = tie; this.is[h] = i; this.js[h] = j; this.at[h] = at;
  }

  push(avg: number, tie: number, i: number, j: number, at: number): void {
    this.append(avg, tie, i, j, at);
    for (let c = this.size - 1; c > 0;) {
      const p = (c - 1) >> 1;
      if (!this.before(c, p)) break;
      this.swap(c, p);
      c = p;
    }
  }

  heapify(): void {
    for (let c = (this.size >> 1) - 1; c >= 0; c--) this.down(c);
  }

  /** The top entry's slots and push time (valid until the next change). */
  topI(): number { return this.is[0]; }
  topJ(): number { return this.js[0]; }
  topAt(): number { return this.at[0]; }

  pop(): void {
    const last = --this.size;
    if (last > 0) {
      this.avg[0] = this.avg[last]; this.tie[0] = this.tie[last]; this.is[0] = this.is[last]; this.js[0] = this.js[last]; this.at[0] = this.at[last];
      this.down(0);
    }
  }

  /** Keeps the entries `live` accepts (by slots and push time), in heap order again (in the same arrays: a copy would be a second queue at its largest). */
  retain(live: (i: number, j: number, at: number) => boolean): void {
    let n = 0;
    for (let h = 0; h < this.size; h++) {
      if (!live(this.is[h], this.js[h], this.at[h])) continue;
      this.avg[n] = this.avg[h]; this.tie[n] = this.tie[h]; this.is[n] = this.is[h]; this.js[n] = this.js[h]; this.at[n] = this.at[h];
      n++;
    }
    this.size = n;
    this.heapify();
  }

  private down(c: number): void {
    for (const n = this.size; ;) {
      const l = 2 * c + 1, r = l + 1;
      let m = c;
      if (l < n && this.before(l, m)) m = l;
      if (r < n && this.before(r, m)) m = r;
      if (m === c) return;
      this.swap(c, m);
      c = m;
    }
  }

  private grow(size: number): void {
    const copy = <T extends Float64Array | Int32Array>(a: T, make: new (n: number) => T): T => { const b = new make(size); b.set(a.subarray(0, this.size)); return b; };
    this.avg = copy(this.avg, Float64Array);
    this.tie = copy(this.tie, Float64Array);
    this.is = copy(this.is, Int32Array);
    this.js = copy(this.js, Int32Array);
    this.at = copy(this.at, Int32Array);
  }
}
