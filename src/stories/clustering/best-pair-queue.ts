// Average-link's queue: one entry per cluster slot, its best merge (average, tie key), in an indexed
// binary max-heap whose entries are updated in place. Hand-written (a queue of every candidate pair
// held 12.1M entries of 28 bytes, 425 MB with its spare room, for the one component of 186,698
// units that the event level is at 200k generated articles; this one holds a slot's entry only).

/** Whether a merge (average, tie key) comes before another: higher average first, equal averages by the smaller tie key. */
export function precedes(avg: number, tie: number, otherAvg: number, otherTie: number): boolean {
  return avg > otherAvg || (avg === otherAvg && tie < otherTie);
}

/** Slots in the order `precedes` gives their best merges. */
export class BestPairQueue {
  private readonly avg: Float64Array;
  private readonly tie: Float64Array;
  /** Heap position → slot, and slot → heap position (-1: not queued). */
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(slots: number) {
    this.avg = new Float64Array(slots);
    this.tie = new Float64Array(slots);
    this.heap = new Int32Array(slots);
    this.pos = new Int32Array(slots).fill(-1);
  }

  private before(a: number, b: number): boolean {
    return precedes(this.avg[a], this.tie[a], this.avg[b], this.tie[b]);
  }

  /** The average and tie key `slot` was last queued with. */
  avgOf(slot: number): number { return this.avg[slot]; }
  tieOf(slot: number): number { return this.tie[slot]; }

  /** The slot whose best merge comes first (the queue must not be empty). */
  top(): number { return this.heap[0]; }

  /** Queues `slot` with its best merge, or moves it to where its new one belongs. */
  set(slot: number, avg: number, tie: number): void {
    this.avg[slot] = avg;
    this.tie[slot] = tie;
    let h = this.pos[slot];
    if (h < 0) {
      h = this.size++;
      this.heap[h] = slot;
      this.pos[slot] = h;
    }
    this.down(this.up(h));
  }

  /** Takes `slot` out of the queue (if queued). */
  delete(slot: number): void {
    const h = this.pos[slot];
    if (h < 0) return;
    this.pos[slot] = -1;
    const last = --this.size;
    if (h === last) return;
    const moved = this.heap[last];
    this.heap[h] = moved;
    this.pos[moved] = h;
    this.down(this.up(h));
  }

  private up(h: number): number {
    const heap = this.heap, pos = this.pos, slot = heap[h];
    while (h > 0) {
      const p = (h - 1) >> 1;
      if (!this.before(slot, heap[p])) break;
      heap[h] = heap[p];
      pos[heap[h]] = h;
      h = p;
    }
    heap[h] = slot;
    pos[slot] = h;
    return h;
  }

  private down(h: number): void {
    const heap = this.heap, pos = this.pos, slot = heap[h], n = this.size;
    for (;;) {
      const l = 2 * h + 1;
      if (l >= n) break;
      const r = l + 1, c = r < n && this.before(heap[r], heap[l]) ? r : l;
      if (!this.before(heap[c], slot)) break;
      heap[h] = heap[c];
      pos[heap[h]] = h;
      h = c;
    }
    heap[h] = slot;
    pos[slot] = h;
  }
}
