// The tagger's memory of word forms. Each form seen gets an id on first sight, with its intrinsic
// data in one record of `info` (capital class, hashes, lower-case id…) and one block of weights in
// `f32` after the model's rows: its summed word weights at offsets -2..+2, then copies of the rows
// of its own context features that exist, the ones nearly every token adds first. Misses, not
// arithmetic, set the tagger's speed (it runs between stages that evict its tables), so a token
// touches one 32-byte record and one contiguous block rather than a dozen scattered rows (its data
// in one array per field cost a miss per field for each rarer word).
import { WordFeatures } from './features.js';
import { FeatureRows, OWN_SIZE, SHAPE_SIZE } from './feature-rows.js';
import { gazetteers } from './gazetteers.js';
import { RowSums } from './row-sums.js';
import { NT } from './tags.js';
import type { WeightTable } from './weights.js';

/** Summed word weights per form: offsets -2..+2, NT each; own rows follow. */
export const SCORES = 5 * NT;

/** Int32 slots of a form's record in `info` (id << INFO_SHIFT), and the offsets of its fields. */
export const INFO_SHIFT = 3;
/** Where the form's units start in `chars`, and how many. */
export const I_CHAR_START = 0;
export const I_CHAR_LEN = 1;
/** Capital class (bits 0-2), 1 when a gazetteer phrase of 2+ tokens starts with the form's lower case (bit 3), short shape id (bits 4-31, into shapeRows). */
export const I_CLASS = 2;
export const CAP_BITS = 7;
export const PHRASE_HEAD_BIT = 8;
export const SHAPE_ID_SHIFT = 4;
/** Id of the lower-case form (into lowerTexts). */
export const I_LOWER_ID = 3;
export const I_LOWER_HASH = 4;
export const I_SHORT_SHAPE = 5;
/** Offset of the form's block in f32. */
export const I_BLOCK = 6;
/** Bit k set when own row k (OWN_ offsets) exists; the block stores the existing ones in order. */
export const I_OWN_MASK = 7;

export class WordTable {
  readonly rows: FeatureRows;
  /** The model's rows, then one block per word form seen (in the memory of `sums` when there is one). */
  f32: Float32Array;
  /** The WebAssembly score sums over f32 (null where WebAssembly SIMD is missing). */
  readonly sums: RowSums | null;
  private readonly modelEnd: number;
  private top: number;
  /** Open addressing on the form's hash: [hash, id + 1] pairs (0 = empty), checked against `chars`. */
  private slots = new Int32Array(2 << 12);
  size = 0;
  /** Per id, its record (see the I_ offsets). */
  info = new Int32Array(1024 << INFO_SHIFT);
  private chars = new Uint16Array(1 << 14);
  private charTop = 0;
  /** Per short shape id: SHAPE_SIZE row bases into f32 (-1 = none); shared by the forms of the shape. */
  shapeRows = new Int32Array(64 * SHAPE_SIZE);
  private readonly shapeIds = new Map<number, number>();
  /** Lower-case forms by lower id (document case evidence is kept per lower-case form). */
  lowerTexts: string[] = [];
  private readonly lowerIds = new Map<string, number>();
  /** Scratch for the features of a form met for the first time. */
  private readonly features = new WordFeatures();
  private readonly own = new Int32Array(OWN_SIZE);

  constructor(private readonly weights: WeightTable, private readonly maxWordSlots: number) {
    this.rows = new FeatureRows(weights);
    this.modelEnd = this.top = weights.data.length;
    // The kernel's memory is made once with room up to the limit at which trim() drops the blocks
    // (untouched pages cost no memory); a plain array grows by doubling.
    this.sums = RowSums.create(this.modelEnd + maxWordSlots + (1 << 16));
    this.f32 = this.sums?.f32 ?? new Float32Array(this.modelEnd + (1 << 18));
    this.f32.set(weights.data);
  }

  /**
   * Drops every form when their blocks take more than the memory allowed (call between documents);
   * returns whether it did (ids are then reused for other forms).
   */
  trim(): boolean {
    if (this.top - this.modelEnd <= this.maxWordSlots) return false;
    this.slots.fill(0);
    this.size = 0;
    this.charTop = 0;
    this.top = this.modelEnd;
    this.lowerIds.clear();
    this.lowerTexts = [];
    this.shapeIds.clear();
    return true;
  }

  /** The id of form `w`, computing its data on first sight. */
  id(w: string): number {
    return this.idAt(w, 0, w.length);
  }

  /**
   * The id of the form text.slice(start, end), computing its data on first sight. Reading the
   * units from the document (one string, one representation) rather than from each token's own
   * string keeps charCodeAt monomorphic: several times faster per token.
   */
  idAt(text: string, start: number, end: number): number {
    const len = end - start;
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = (h ^ (h >>> 15)) & mask;
    for (let v = slots[2 * s + 1]; v !== 0; v = slots[2 * s + 1]) {
      if (slots[2 * s] === h && this.info[((v - 1) << INFO_SHIFT) + I_CHAR_LEN] === len && this.sameForm(v - 1, text, start, len)) return v - 1;
      s = (s + 1) & mask;
    }
    const id = this.add(text.slice(start, end));
    slots[2 * s] = h;
    slots[2 * s + 1] = id + 1;
    if (this.size * 4 > slots.length) this.rehash();
    return id;
  }

  private sameForm(id: number, text: string, start: number, len: number): boolean {
    const chars = this.chars;
    const at = this.info[(id << INFO_SHIFT) + I_CHAR_START] - start;
    for (let k = start; k < start + len; k++) if (chars[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      const h = old[k];
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = h;
      slots[2 * s + 1] = old[k + 1];
    }
    this.slots = slots;
  }

  /** Records a form not seen yet; returns its id. */
  private add(w: string): number {
    const id = this.size++;
    if (id << INFO_SHIFT === this.info.length) this.info = grow(this.info, 2 * this.info.length);
    const info = this.features.compute(w);
    if (this.charTop + w.length > this.chars.length) this.chars = grow(this.chars, this.charTop + w.length);
    for (let k = 0; k < w.length; k++) this.chars[this.charTop + k] = w.charCodeAt(k);
    const r = id << INFO_SHIFT, rec = this.info;
    rec[r + I_CHAR_START] = this.charTop;
    rec[r + I_CHAR_LEN] = w.length;
    this.charTop += w.length;
    const phraseHead = gazetteers().phrasesStartingWith(info.lowerText) ? PHRASE_HEAD_BIT : 0;
    rec[r + I_CLASS] = info.cap | phraseHead | (this.shapeIdOf(info.shortShape) << SHAPE_ID_SHIFT);
    rec[r + I_LOWER_HASH] = info.lower;
    rec[r + I_SHORT_SHAPE] = info.shortShape;
    rec[r + I_LOWER_ID] = this.lowerIdOf(info.lowerText);
    const own = this.rows.ownRows(info.lower, this.own);
    let mask = 0;
    let present = 0;
    for (let k = 0; k < OWN_SIZE; k++) if (own[k] >= 0) { mask |= 1 << k; present++; }
    rec[r + I_OWN_MASK] = mask;
    const sums = this.sums;
    const at = this.allocate(SCORES + present * NT, sums === null);
    rec[r + I_BLOCK] = at;
    const f32 = this.f32;
    if (sums !== null) {
      // The summed rows per offset as five "tokens" of the kernel, written to the block (all of
      // its scores: the block needs no zeroing). The same adds in the same order as weights.add.
      const list = sums.list, ends = sums.ends, weights = this.weights;
      let e = 0;
      for (let b = 0; b < 5; b++) {
        for (let k = info.start(b); k < info.ends[b]; k++) {
          const base = weights.rowBase(info.hashes[k]);
          if (base >= 0) list[e++] = base;
        }
        ends[b] = e;
      }
      sums.sumInto(5, at);
    } else for (let b = 0; b < 5; b++) for (let k = info.start(b); k < info.ends[b]; k++) this.weights.add(info.hashes[k], f32, at + b * NT);
    let row = at + SCORES;
    for (let k = 0; k < OWN_SIZE; k++) {
      if (own[k] < 0) continue;
      f32.copyWithin(row, own[k], own[k] + NT);
      row += NT;
    }
    return id;
  }

  /**
   * `size` slots of f32 after the blocks, zeroed when `zero` (the memory of blocks dropped by trim()
   * is reused).
   */
  private allocate(size: number, zero: boolean): number {
    const at = this.top;
    if (at + size > this.f32.length) {
      // Doubling, but not far past the limit at which trim() drops the blocks.
      const length = Math.max(at + size, Math.min(2 * (at + size), this.modelEnd + this.maxWordSlots + (1 << 16)));
      if (this.sums !== null) {
        this.sums.grow(length);
        this.f32 = this.sums.f32;
      } else {
        const f = new Float32Array(length);
        f.set(this.f32.subarray(0, at));
        this.f32 = f;
      }
    }
    this.top = at + size;
    if (zero) this.f32.fill(0, at, at + size);
    return at;
  }

  private lowerIdOf(lower: string): number {
    let l = this.lowerIds.get(lower);
    if (l === undefined) {
      l = this.lowerTexts.length;
      this.lowerTexts.push(lower);
      this.lowerIds.set(lower, l);
    }
    return l;
  }

  private shapeIdOf(shape: number): number {
    let s = this.shapeIds.get(shape);
    if (s === undefined) {
      s = this.shapeIds.size;
      this.shapeIds.set(shape, s);
      if ((s + 1) * SHAPE_SIZE > this.shapeRows.length) this.shapeRows = grow(this.shapeRows, (s + 1) * SHAPE_SIZE);
      this.shapeRows.set(this.rows.shapeRows(shape), s * SHAPE_SIZE);
    }
    return s;
  }
}

/** A copy of `a` with room for at least `n` elements (doubling). */
function grow<A extends Int32Array | Uint16Array | Uint8Array>(a: A, n: number): A {
  const out = new (a.constructor as new (n: number) => A)(Math.max(n, 2 * a.length));
  out.set(a);
  return out;
}

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
