// The word-gate bits of a window's letter runs (news-chrono.ts): one pass over the characters with a
// hash table from run text to bits, so that a run seen before costs no string and no Map lookup.
// Hand-written because a regex match list plus a Map made a string and hashed it for every run: on
// long real texts a tenth of the date stage's time.

const SIZE = 1 << 16;
const SLOTS = SIZE - 1;
/** The table starts over when half full (probes stay short). */
const LIMIT = SIZE >> 1;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export class RunMaskTable {
  private readonly hashes = new Int32Array(SIZE);
  private readonly masks = new Int32Array(SIZE);
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(SIZE).fill(undefined);
  private used = 0;
  private readonly anySecond: number;
  /** The pair bits (bit k: pair k) found by the last `scan`. */
  pairs = 0;

  /**
   * `maskOf`: the bits of one run; runs shorter than `minLength` are skipped; pair k is a run with a bit of
   * `pairFirst[k]` followed by one with a bit of `pairSecond[k]`, among the runs of three letters or more.
   */
  constructor(
    private readonly maskOf: (run: string) => number,
    private readonly minLength: number,
    private readonly pairFirst: readonly number[],
    private readonly pairSecond: readonly number[],
  ) {
    this.anySecond = pairSecond.reduce((a, b) => a | b, 0);
  }

  /** The OR of the bits of the text's maximal runs of ASCII letters; sets `pairs`. */
  scan(text: string): number {
    const n = text.length;
    let words = 0, prev = 0, pairs = 0;
    for (let i = 0; i < n;) {
      let c = text.charCodeAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5 | 0;
      do {
        h = Math.imul(h ^ c, 16777619);
        c = ++i < n ? text.charCodeAt(i) : 0;
      } while (isLetter(c));
      const length = i - start;
      if (length < this.minLength) continue;
      const mask = this.lookup(text, start, length, h);
      words |= mask;
      if (length < 3) continue;
      if ((mask & this.anySecond) !== 0 && prev !== 0) pairs |= this.pairsOf(prev, mask);
      prev = mask;
    }
    this.pairs = pairs;
    return words;
  }

  private pairsOf(prev: number, mask: number): number {
    let found = 0;
    for (let k = 0; k < this.pairFirst.length; k++) if ((prev & this.pairFirst[k]) !== 0 && (mask & this.pairSecond[k]) !== 0) found |= 1 << k;
    return found;
  }

  /** The bits of text[start, start + length), whose hash is `h`. */
  private lookup(text: string, start: number, length: number, h: number): number {
    let slot = h & SLOTS;
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === h && key.length === length && sameAt(key, text, start)) return this.masks[slot];
      slot = (slot + 1) & SLOTS;
    }
    const run = text.slice(start, start + length);
    const mask = this.maskOf(run);
    if (this.used >= LIMIT) {
      this.keys.fill(undefined);
      this.used = 0;
      slot = h & SLOTS;
    }
    this.keys[slot] = run;
    this.hashes[slot] = h;
    this.masks[slot] = mask;
    this.used++;
    return mask;
  }
}

function sameAt(key: string, text: string, start: number): boolean {
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}
