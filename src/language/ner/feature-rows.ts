// Weight rows of the context and previous-tag features resolved ahead of time. Most of these
// features combine a few small values (tag, capitalisation class, position), so every row they
// can reach is looked up once here; features of one word form are looked up once per form (the
// tagger caches them). Per token, only the bigram and shape-trigram rows need a hashed lookup,
// and the hot rows stay in cache. Rows are added in the order contextFeatures/tagFeatures list
// them, so the scores are bit for bit those of the feature lists.
import { GAZETTEER_NAMES } from './gazetteers.js';
import { featureHash as f, NO_NEXT_LOWER, NO_PREV_LOWER } from './features.js';
import { NT } from './tags.js';
import type { WeightTable } from './weights.js';

/** Capitalisation classes are 0..6; NO_CAP (9) stands for a missing neighbour. */
const CAPS = 10;
/** Previous tag: a tag index, or NT at sentence start. */
const PREVS = NT + 1;
const PHRASE_IDS = GAZETTEER_NAMES.length * 2;

// Rows of the features of one word form (its lower case), in the order a word block stores them:
// the ones nearly every token adds first (a block's first rows share cache lines with its scores).
export const OWN_CAPS_LOWER = 0; // caps = 0; caps = 1 is OWN_CAPS_LOWER_1
export const OWN_PREV_LOWER = 1; // + prev
export const OWN_CAPS_LOWER_1 = OWN_PREV_LOWER + PREVS;
export const OWN_BIGRAM_FIRST = OWN_CAPS_LOWER_1 + 1;
export const OWN_BIGRAM_LAST = OWN_BIGRAM_FIRST + 1;
export const OWN_FIRST_LOWER = OWN_BIGRAM_LAST + 1;
export const OWN_SIZE = OWN_FIRST_LOWER + 1;
// Rows of the features of a short shape (shared by every form of that shape).
export const SHAPE_PREV = 0; // + prev
export const SHAPE_DOC = SHAPE_PREV + PREVS; // + document case evidence (1..3; 0 has no row)
export const SHAPE_SIZE = SHAPE_DOC + 4;

export class FeatureRows {
  readonly data: Float32Array;
  readonly bias: number;
  private readonly posCapRows: Int32Array;
  private readonly capsCapRows: Int32Array;
  private readonly capTriRows: Int32Array;
  private readonly phraseRows: Int32Array;
  private readonly docCaseRows: Int32Array;
  private readonly prevRows: Int32Array;
  private readonly prev2Rows: Int32Array;
  private readonly prevCapNextRows: Int32Array;

  constructor(private readonly weights: WeightTable) {
    this.data = weights.data;
    const base = (h: number): number => weights.rowBase(h);
    this.bias = base(f.bias());
    this.posCapRows = table(4 * CAPS, (k) => base(f.posCap(Math.floor(k / CAPS), k % CAPS)));
    this.capsCapRows = table(2 * CAPS, (k) => base(f.capsCap(Math.floor(k / CAPS), k % CAPS)));
    this.capTriRows = table(CAPS * CAPS * CAPS, (k) => base(f.capTri(Math.floor(k / (CAPS * CAPS)), Math.floor(k / CAPS) % CAPS, k % CAPS)));
    this.phraseRows = table(PHRASE_IDS * 2, (k) => base(f.phrase(k >> 1, k & 1)));
    this.docCaseRows = table(4 * CAPS * 2, (k) => base(f.docCase(Math.floor(k / (CAPS * 2)), Math.floor(k / 2) % CAPS, k & 1)));
    this.prevRows = table(PREVS, (k) => base(f.prev(k)));
    this.prev2Rows = table(PREVS * PREVS, (k) => base(f.prev2(Math.floor(k / PREVS), k % PREVS)));
    this.prevCapNextRows = table(PREVS * CAPS * CAPS, (k) => base(f.prevCapNext(Math.floor(k / (CAPS * CAPS)), Math.floor(k / CAPS) % CAPS, k % CAPS)));
  }

  /**
   * Row bases of the features of the lower-case form with hash `lower` (see the OWN_ offsets; -1 = no
   * row), into `out` when given (the word table reuses one).
   */
  ownRows(lower: number, out = new Int32Array(OWN_SIZE)): Int32Array {
    const w = this.weights;
    out[OWN_CAPS_LOWER] = w.rowBase(f.capsLower(0, lower));
    out[OWN_CAPS_LOWER_1] = w.rowBase(f.capsLower(1, lower));
    out[OWN_BIGRAM_FIRST] = w.rowBase(f.bigram(NO_PREV_LOWER, lower));
    out[OWN_BIGRAM_LAST] = w.rowBase(f.bigramNext(lower, NO_NEXT_LOWER));
    out[OWN_FIRST_LOWER] = w.rowBase(f.firstLower(lower));
    for (let p = 0; p < PREVS; p++) out[OWN_PREV_LOWER + p] = w.rowBase(f.prevLower(p, lower));
    return out;
  }

  /** Row bases of the features of short shape `shape` (see the SHAPE_ offsets; -1 = no row). */
  shapeRows(shape: number): Int32Array {
    const out = new Int32Array(SHAPE_SIZE);
    for (let p = 0; p < PREVS; p++) out[SHAPE_PREV + p] = this.weights.rowBase(f.prevShape(p, shape));
    out[SHAPE_DOC] = -1;
    for (let dc = 1; dc < 4; dc++) out[SHAPE_DOC + dc] = this.weights.rowBase(f.docShape(dc, shape));
    return out;
  }

  /** Row base of a feature not in any table. */
  row(hash: number): number {
    return this.weights.rowBase(hash);
  }

  posCap(pos: number, cap: number): number {
    return this.posCapRows[pos * CAPS + cap];
  }
  capsCap(caps: number, cap: number): number {
    return this.capsCapRows[caps * CAPS + cap];
  }
  capTri(pCap: number, cap: number, nCap: number): number {
    return this.capTriRows[(pCap * CAPS + cap) * CAPS + nCap];
  }
  phrase(p: number, caps: number): number {
    return this.phraseRows[p * 2 + caps];
  }
  docCase(dc: number, cap: number, caps: number): number {
    return this.docCaseRows[(dc * CAPS + cap) * 2 + caps];
  }
  prev(prev: number): number {
    return this.prevRows[prev];
  }
  prev2(prev: number, prev2: number): number {
    return this.prev2Rows[prev * PREVS + prev2];
  }
  prevCapNext(prev: number, cap: number, nextCap: number): number {
    return this.prevCapNextRows[(prev * CAPS + cap) * CAPS + nextCap];
  }
}

function table(size: number, fill: (k: number) => number): Int32Array {
  const out = new Int32Array(size);
  for (let k = 0; k < size; k++) out[k] = fill(k);
  return out;
}

