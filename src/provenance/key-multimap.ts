// A compact multimap from 52-bit LSH keys to small integers, in typed arrays: a million articles
// carry ~50 million keys, far beyond what a JS Map holds (2^24 entries) or fits in memory as objects.

export class KeyMultimap {
  private mask: number;
  private slotKey: Float64Array;
  private slotHead: Int32Array;
  private entryValue: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private usedSlots = 0;

  constructor(initialSlots = 1 << 16) {
    const cap = 1 << Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.mask = cap - 1;
    this.slotKey = new Float64Array(cap);
    this.slotHead = new Int32Array(cap).fill(-1);
    this.entryValue = new Int32Array(cap);
    this.entryNext = new Int32Array(cap);
  }

  get size(): number {
    return this.entries;
  }

  add(key: number, value: number): void {
    if ((this.usedSlots + 1) * 4 > this.slotKey.length * 3) this.rehash(this.slotKey.length * 2);
    if (this.entries === this.entryValue.length) this.growEntries();
    const slot = this.find(key);
    if (this.slotHead[slot] < 0) {
      this.slotKey[slot] = key;
      this.usedSlots++;
    }
    const e = this.entries++;
    this.entryValue[e] = value;
    this.entryNext[e] = this.slotHead[slot];
    this.slotHead[slot] = e;
  }

  /** Calls fn with each value stored under key (most recent first). */
  forEach(key: number, fn: (value: number) => void): void {
    const slot = this.find(key);
    for (let e = this.slotHead[slot]; e >= 0; e = this.entryNext[e]) fn(this.entryValue[e]);
  }

  private find(key: number): number {
    const lo = key % 0x100000000;
    const hi = (key - lo) / 0x100000000;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
    while (this.slotHead[slot] >= 0 && this.slotKey[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private rehash(cap: number): void {
    const oldKey = this.slotKey;
    const oldHead = this.slotHead;
    this.mask = cap - 1;
    this.slotKey = new Float64Array(cap);
    this.slotHead = new Int32Array(cap).fill(-1);
    for (let s = 0; s < oldKey.length; s++) {
      if (oldHead[s] < 0) continue;
      const slot = this.find(oldKey[s]);
      this.slotKey[slot] = oldKey[s];
      this.slotHead[slot] = oldHead[s];
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
