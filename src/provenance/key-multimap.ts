// A compact multimap from 52-bit keys to small integers, in typed arrays: a million articles carry
// ~50 million LSH keys, far beyond what a JS Map holds (2^24 entries), and objects per key would keep
// the garbage collector busy. Most keys have one value, so the first value sits in the slot itself;
// further values chain through an entry pool.

export class KeyMultimap {
  private mask: number;
  private slotKey: Float64Array;
  /** First value stored under the slot's key, -1 for an empty slot. */
  private slotFirst: Int32Array;
  /** Head of the chain of further values (most recent first), -1 for none. */
  private slotMore: Int32Array;
  private entryValue: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private usedSlots = 0;
  private values = 0;

  constructor(initialSlots = 1 << 16) {
    const cap = 2 ** Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.mask = cap - 1;
    this.slotKey = new Float64Array(cap);
    this.slotFirst = new Int32Array(cap).fill(-1);
    this.slotMore = new Int32Array(cap).fill(-1);
    this.entryValue = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
  }

  /** Number of (key, value) pairs stored. */
  get size(): number {
    return this.values;
  }

  /** Bytes held by the typed arrays (for the bench's report). */
  get bytes(): number {
    return this.slotKey.byteLength + this.slotFirst.byteLength + this.slotMore.byteLength + this.entryValue.byteLength + this.entryNext.byteLength;
  }

  add(key: number, value: number): void {
    if ((this.usedSlots + 1) * 4 > this.slotKey.length * 3) this.rehash(this.slotKey.length * 2);
    const slot = this.find(key);
    this.values++;
    if (this.slotFirst[slot] < 0) {
      this.slotKey[slot] = key;
      this.slotFirst[slot] = value;
      this.usedSlots++;
      return;
    }
    if (this.entries === this.entryValue.length) this.growEntries();
    const e = this.entries++;
    this.entryValue[e] = value;
    this.entryNext[e] = this.slotMore[slot];
    this.slotMore[slot] = e;
  }

  /** Calls fn with each value stored under key (later values first, the first one last); fn returns false to stop. */
  forEach(key: number, fn: (value: number) => boolean | void): void {
    const slot = this.find(key);
    if (this.slotFirst[slot] < 0) return;
    for (let e = this.slotMore[slot]; e >= 0; e = this.entryNext[e]) if (fn(this.entryValue[e]) === false) return;
    fn(this.slotFirst[slot]);
  }

  /** Pushes at most `limit` values stored under key onto `out` (later values first); no closure per call. */
  collect(key: number, out: number[], limit: number): void {
    const slot = this.find(key);
    if (this.slotFirst[slot] < 0 || limit <= 0) return;
    let left = limit;
    for (let e = this.slotMore[slot]; e >= 0; e = this.entryNext[e]) {
      out.push(this.entryValue[e]);
      if (--left === 0) return;
    }
    out.push(this.slotFirst[slot]);
  }

  /** Number of values stored under key. */
  count(key: number): number {
    const slot = this.find(key);
    if (this.slotFirst[slot] < 0) return 0;
    let n = 1;
    for (let e = this.slotMore[slot]; e >= 0; e = this.entryNext[e]) n++;
    return n;
  }

  private find(key: number): number {
    // Keys are non-negative integers below 2^52: ToUint32 gives the low word without a float modulo.
    const lo = key >>> 0;
    const hi = (key / 0x100000000) | 0;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
    while (this.slotFirst[slot] >= 0 && this.slotKey[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private rehash(cap: number): void {
    const oldKey = this.slotKey;
    const oldFirst = this.slotFirst;
    const oldMore = this.slotMore;
    this.mask = cap - 1;
    this.slotKey = new Float64Array(cap);
    this.slotFirst = new Int32Array(cap).fill(-1);
    this.slotMore = new Int32Array(cap).fill(-1);
    for (let s = 0; s < oldKey.length; s++) {
      if (oldFirst[s] < 0) continue;
      const slot = this.find(oldKey[s]);
      this.slotKey[slot] = oldKey[s];
      this.slotFirst[slot] = oldFirst[s];
      this.slotMore[slot] = oldMore[s];
    }
  }

  private growEntries(): void {
    const cap = Math.ceil(this.entryValue.length * 1.5);
    const v = new Int32Array(cap);
    v.set(this.entryValue);
    const n = new Int32Array(cap);
    n.set(this.entryNext);
    this.entryValue = v;
    this.entryNext = n;
  }
}
