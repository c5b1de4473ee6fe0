// A compact multimap from 53-bit keys to small non-negative integers, in typed arrays: a million
// articles carry ~70 million LSH keys, far beyond what a JS Map holds (2^24 entries), and objects per
// key would keep the garbage collector busy. Hand-written because no npm package offers an off-heap
// multimap with integer keys of this width.
//
// Layout: open addressing with linear probing over one interleaved Int32Array of 12-byte slots
// [key low word, key high word, head], so a probe reads one cache line (three parallel arrays cost
// three cache and TLB misses per probe, which dominated at 1M articles). `head` is 0 for an empty slot,
// value + 1 for a key with one value (most keys), or -(entry + 1) for the chain of a key with more
// values in an entry pool of [value, next] pairs (most recent first). The capacity is not rounded up
// to a power of two, so a table sized for N keys takes N / LOAD bytes × 12, not up to twice that.

const STRIDE = 3;
/** Highest share of used slots before the table grows. */
const LOAD = 0.8;
const TWO32 = 0x100000000;

export class KeyMultimap {
  private cap: number;
  /** cap / 2^32: maps a 32-bit hash onto [0, cap). */
  private scale: number;
  private slots: Int32Array;
  /** [value, next entry or -1] pairs of keys with more than one value. */
  private entries: Int32Array;
  private entryCount = 0;
  private usedSlots = 0;
  private values = 0;
  /** Changes when the table is rebuilt: slot numbers taken before are then stale. */
  generation = 0;

  /** `expectedKeys` distinct keys fit without growing. */
  constructor(expectedKeys = 1 << 15) {
    this.cap = Math.max(16, Math.ceil(expectedKeys / LOAD));
    this.scale = this.cap / TWO32;
    this.slots = new Int32Array(this.cap * STRIDE);
    this.entries = new Int32Array(2048);
  }

  /** Number of (key, value) pairs stored. */
  get size(): number {
    return this.values;
  }

  /** Bytes held by the typed arrays (for the bench's report). */
  get bytes(): number {
    return this.slots.byteLength + this.entries.byteLength;
  }

  add(key: number, value: number): void {
    this.addAt(-1, -1, key, value);
  }

  /**
   * add() starting from a slot that slotOf(key) returned in this generation: the probe resumes there.
   * Without deletions, the slots before it on the key's probe path still hold other keys, so a slot
   * taken since by another key only moves the probe on. `generation` -1 probes from scratch.
   */
  addAt(slot: number, generation: number, key: number, value: number): void {
    if (this.usedSlots + 1 > this.cap * LOAD) this.rehash(Math.ceil(this.cap * 2));
    const at = (generation === this.generation ? this.findFrom(slot, key) : this.find(key)) * STRIDE;
    const s = this.slots;
    this.values++;
    const head = s[at + 2];
    if (head === 0) {
      s[at] = key | 0;
      s[at + 1] = (key / TWO32) | 0;
      s[at + 2] = value + 1;
      this.usedSlots++;
      return;
    }
    // A second value moves the first into the pool; later ones go in front of the chain.
    const next = head > 0 ? this.newEntry(head - 1, -1) : -head - 1;
    s[at + 2] = -this.newEntry(value, next) - 1;
  }

  /** Calls fn with each value stored under key (later values first, the first one last); fn returns false to stop. */
  forEach(key: number, fn: (value: number) => boolean | void): void {
    const head = this.slots[this.find(key) * STRIDE + 2];
    if (head > 0) {
      fn(head - 1);
      return;
    }
    for (let e = -head - 1; e >= 0; e = this.entries[2 * e + 1]) if (fn(this.entries[2 * e]) === false) return;
  }

  /** The slot holding key, or the empty slot where it would go (for collectSlot and addAt). */
  slotOf(key: number): number {
    return this.find(key);
  }

  /** Writes at most `limit` values of the slot's key into `out` (later values first); returns how many. */
  collectSlot(slot: number, out: Int32Array, limit: number): number {
    const head = this.slots[slot * STRIDE + 2];
    if (head > 0 && limit > 0) out[0] = head - 1;
    if (head >= 0) return head > 0 && limit > 0 ? 1 : 0;
    let n = 0;
    for (let e = -head - 1; e >= 0 && n < limit; e = this.entries[2 * e + 1]) out[n++] = this.entries[2 * e];
    return n;
  }

  /** Pushes at most `limit` values stored under key onto `out` (later values first); no closure per call. */
  collect(key: number, out: number[], limit: number): void {
    if (limit <= 0) return;
    const head = this.slots[this.find(key) * STRIDE + 2];
    if (head > 0) {
      out.push(head - 1);
      return;
    }
    let left = limit;
    for (let e = -head - 1; e >= 0 && left > 0; e = this.entries[2 * e + 1], left--) out.push(this.entries[2 * e]);
  }

  /** Number of values stored under key. */
  count(key: number): number {
    const head = this.slots[this.find(key) * STRIDE + 2];
    if (head >= 0) return head > 0 ? 1 : 0;
    let n = 0;
    for (let e = -head - 1; e >= 0; e = this.entries[2 * e + 1]) n++;
    return n;
  }

  /**
   * Reads the home slot of each key in one tight loop and returns a meaningless sum. The loads do not
   * depend on each other, so the CPU overlaps their cache misses; the probes that follow then find
   * their lines in cache (JavaScript has no prefetch instruction; this is the portable equivalent).
   */
  touch(keys: Float64Array): number {
    const s = this.slots;
    let sum = 0;
    for (let i = 0; i < keys.length; i++) sum = (sum + s[this.home(keys[i]) * STRIDE + 2]) | 0;
    return sum;
  }

  /** Home slot of a key (keys are non-negative integers below 2^53). */
  private home(key: number): number {
    const lo = key | 0;
    const hi = (key / TWO32) | 0;
    // Multiplicative hashing; the high bits pick the slot (range reduction without a power-of-two capacity).
    return ((Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) * this.scale) | 0;
  }

  /** The slot holding key, or the empty slot where it would go. */
  private find(key: number): number {
    return this.findFrom(this.home(key), key);
  }

  private findFrom(slot: number, key: number): number {
    const s = this.slots;
    const lo = key | 0;
    const hi = (key / TWO32) | 0;
    for (;;) {
      const at = slot * STRIDE;
      if (s[at + 2] === 0 || (s[at] === lo && s[at + 1] === hi)) return slot;
      if (++slot === this.cap) slot = 0;
    }
  }

  private newEntry(value: number, next: number): number {
    if (2 * this.entryCount + 2 > this.entries.length) {
      const grown = new Int32Array(Math.ceil(this.entries.length * 1.5) & ~1);
      grown.set(this.entries);
      this.entries = grown;
    }
    const e = this.entryCount++;
    this.entries[2 * e] = value;
    this.entries[2 * e + 1] = next;
    return e;
  }

  private rehash(cap: number): void {
    const old = this.slots;
    this.generation++;
    this.cap = cap;
    this.scale = cap / TWO32;
    this.slots = new Int32Array(cap * STRIDE);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] === 0) continue;
      const key = (old[at + 1] >>> 0) * TWO32 + (old[at] >>> 0);
      const to = this.find(key) * STRIDE;
      this.slots[to] = old[at];
      this.slots[to + 1] = old[at + 1];
      this.slots[to + 2] = old[at + 2];
    }
  }
}
