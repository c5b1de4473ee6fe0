// Tags of sentences already tagged, keyed by everything a sentence's tags depend on: its word ids
// and each token's document case evidence (capitals, gazetteer phrases and positions follow from
// those). News piles repeat sentences verbatim (wire copies, near copies, boilerplate), and a hit
// costs a hash and a compare instead of a dozen weight rows per token. Exact: a key is compared
// in full, never by its hash alone.

/** Entry layout in `arena` (Int32): hash, length n, then n word ids, n case values, n tags. */
const HEAD = 2;

export class SentenceCache {
  private arena = new Int32Array(1 << 16);
  private top = 0;
  /** Open addressing on the hash: entry offset + 1, 0 = empty. */
  private slots = new Int32Array(1 << 12);
  private size = 0;

  /** `maxSlots`: arena size (4-byte slots) past which every entry is dropped. */
  constructor(private readonly maxSlots: number) {}

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.top = 0;
  }

  /** Hash of a sentence key: word ids and case values of tokens [from, to). */
  static hash(ids: Int32Array, cases: Uint8Array, from: number, to: number): number {
    let h = 0x811c9dc5 ^ (to - from);
    for (let k = from; k < to; k++) h = Math.imul(h ^ ((ids[k] << 2) | cases[k]), 0x01000193);
    return h;
  }

  /** Copies the cached tags of the key into tags[from, to) and returns true, or returns false. */
  get(hash: number, ids: Int32Array, cases: Uint8Array, from: number, to: number, tags: Uint8Array): boolean {
    const at = this.find(hash, ids, cases, from, to);
    if (at < 0) return false;
    const n = to - from, t = at + HEAD + 2 * n, arena = this.arena;
    for (let k = 0; k < n; k++) tags[from + k] = arena[t + k];
    return true;
  }

  /** Records the tags of a key not cached yet. */
  set(hash: number, ids: Int32Array, cases: Uint8Array, from: number, to: number, tags: Uint8Array): void {
    const n = to - from;
    const size = HEAD + 3 * n;
    if (this.top + size > this.maxSlots) this.clear();
    if (this.top + size > this.arena.length) {
      const a = new Int32Array(Math.max(this.top + size, Math.min(2 * this.arena.length, this.maxSlots)));
      a.set(this.arena.subarray(0, this.top));
      this.arena = a;
    }
    const at = this.top, arena = this.arena;
    arena[at] = hash;
    arena[at + 1] = n;
    for (let k = 0; k < n; k++) {
      arena[at + HEAD + k] = ids[from + k];
      arena[at + HEAD + n + k] = cases[from + k];
      arena[at + HEAD + 2 * n + k] = tags[from + k];
    }
    this.top += size;
    const mask = this.slots.length - 1;
    let s = (hash ^ (hash >>> 15)) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = at + 1;
    if (++this.size * 2 > this.slots.length) this.rehash();
  }

  private find(hash: number, ids: Int32Array, cases: Uint8Array, from: number, to: number): number {
    const slots = this.slots, arena = this.arena, mask = slots.length - 1, n = to - from;
    for (let s = (hash ^ (hash >>> 15)) & mask; slots[s] !== 0; s = (s + 1) & mask) {
      const at = slots[s] - 1;
      if (arena[at] !== hash || arena[at + 1] !== n) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) same = arena[at + HEAD + k] === ids[from + k] && arena[at + HEAD + n + k] === cases[from + k];
      if (same) return at;
    }
    return -1;
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (const v of this.slots) {
      if (v === 0) continue;
      const h = this.arena[v - 1];
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = v;
    }
    this.slots = slots;
  }
}
