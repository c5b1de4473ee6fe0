// Runs the trained tagger over tokenised documents. Each distinct word form gets a block on first
// sight holding its intrinsic data (summed weights at offsets -2..+2, copies of its own context
// rows, capital class, hashes), so a token costs one map lookup, five cached rows and a few
// context and previous-tag rows, without per-token objects or strings.
// The scores equal those of contextFeatures/tagFeatures + decodeGreedy, which training uses:
// rows are added in the same order, rounding to float32 at every step.
import { Cap, featureHash, NO_CAP, NO_NEXT_SHAPE, NO_PREV_SHAPE, wordInfo } from './features.js';
import { FeatureRows, W_BIGRAM_FIRST, W_BIGRAM_LAST, W_CAPS_LOWER, W_DOC_SHAPE, W_FIRST_LOWER, W_PREV_LOWER, W_PREV_SHAPE, W_SIZE } from './feature-rows.js';
import { gazetteers } from './gazetteers.js';
import { ALLOWED, NT } from './tags.js';
import type { WeightTable } from './weights.js';

/** Word blocks kept (in 4-byte slots, 100–250 per form) before they are dropped between documents. */
const MAX_WORD_SLOTS = 8 << 20;
/** Summed word weights per form: offsets -2..+2, NT each. */
const WS = 5 * NT;
// Layout of a word block in `f32`/`i32` (slots). Everything one form needs sits in one block, so a
// token touches a few adjacent cache lines rather than a dozen scattered ones (the tagger runs
// between other stages that evict its tables; misses, not arithmetic, set its speed).
const B_CAP = 0;
const B_LOWER_HASH = 1;
const B_SHORT_SHAPE = 2;
const B_LOWER_ID = 3;
/** 1 when some gazetteer phrase of 2+ tokens starts with this form's lower case. */
const B_PHRASE_HEAD = 4;
/** The form itself: its length, FNV-1a hash, and where its UTF-16 units sit (two per slot). */
const B_LEN = 5;
const B_HASH = 6;
const B_CHARS = 7;
/** W_SIZE offsets into f32 of the form's own context rows (copied into the block), or -1. */
const B_OWN = 8;
const B_SCORES = B_OWN + W_SIZE;
const B_ROWS = B_SCORES + WS;
const fround = Math.fround;
// The score loops below are unrolled for the nine tags of tags.ts.
if (NT !== 9) throw new Error('tagger.ts: the score loops are written for 9 tags');

/** A sentence of a document: tokens [start, end) of the document's token list. */
export interface TokenRange { start: number; end: number }

export class EntityTagger {
  private readonly rows: FeatureRows;
  /** The model's rows, then one block per word form seen (f32 and i32 view the same memory). */
  private f32: Float32Array;
  private i32: Int32Array;
  private readonly modelEnd: number;
  private top: number;
  /**
   * Word form → block: open addressing on the form's hash, checked against the units stored in the
   * block (a Map would hash the fresh token string and then read its own entry and key: more misses).
   * Holds block offset + 1; 0 = empty.
   */
  private slots = new Int32Array(1 << 12);
  private words = 0;
  // Lower-case forms (by lower id): document case evidence is kept per lower-case form.
  private readonly lowerIds = new Map<string, number>();
  private lowerTexts: string[] = [];
  private docCase = new Uint8Array(1024);
  // Per document / sentence scratch, grown as needed.
  private doc = new Int32Array(1024);
  private static_ = new Float32Array(256 * NT);
  private bases = new Int32Array(64);

  /** `maxWordSlots`: memory for word blocks (4-byte slots) before they are dropped (small in tests). */
  constructor(private readonly weights: WeightTable, private readonly maxWordSlots = MAX_WORD_SLOTS) {
    this.rows = new FeatureRows(weights);
    this.modelEnd = this.top = weights.data.length;
    this.f32 = new Float32Array(this.modelEnd + (1 << 18));
    this.f32.set(weights.data);
    this.i32 = new Int32Array(this.f32.buffer);
  }

  /** Tag indices (see tags.ts) for every token of every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const tokens: { text: string }[] = [];
    const ranges: TokenRange[] = [];
    for (const s of sentences) {
      ranges.push({ start: tokens.length, end: tokens.length + s.length });
      for (const w of s) tokens.push({ text: w });
    }
    const tags = this.tagTokens(tokens, ranges);
    return ranges.map((r) => tags.slice(r.start, r.end));
  }

  /**
   * Tag indices for the tokens of one document, sentence by sentence (`sentences` are ascending,
   * disjoint token ranges; tokens outside every range get O). `lowerOut`, when given, receives each
   * token's lower-case form (shared strings: later stages look them up without hashing again).
   */
  tagTokens(tokens: readonly { text: string }[], sentences: readonly TokenRange[], lowerOut?: string[]): Uint8Array {
    const n = tokens.length;
    if (this.top - this.modelEnd > this.maxWordSlots) this.reset();
    if (this.doc.length < n) this.doc = new Int32Array(2 * n);
    const doc = this.doc;
    for (let k = 0; k < n; k++) doc[k] = this.word(tokens[k].text);
    if (lowerOut) {
      lowerOut.length = n;
      for (let k = 0; k < n; k++) lowerOut[k] = this.lowerTexts[this.i32[doc[k] + B_LOWER_ID]];
    }
    const touched = this.documentCase(sentences);
    const tags = new Uint8Array(n);
    for (const s of sentences) if (s.end > s.start) this.tagSentence(s.start, s.end, tags);
    for (const l of touched) this.docCase[l] = 0;
    return tags;
  }

  private reset(): void {
    this.slots.fill(0);
    this.words = 0;
    this.lowerIds.clear();
    this.lowerTexts = [];
    this.top = this.modelEnd;
  }

  /** The block of word form `w`, computing its intrinsic data on first sight. */
  private word(w: string): number {
    const len = w.length;
    let h = 0x811c9dc5;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = (h ^ (h >>> 15)) & mask;
    for (let b = slots[s] - 1; b >= 0; b = slots[s] - 1) {
      if (this.i32[b + B_HASH] === h && this.i32[b + B_LEN] === len && this.sameForm(b, w)) return b;
      s = (s + 1) & mask;
    }
    const at = this.newBlock(w, h);
    slots[s] = at + 1;
    if (++this.words * 2 > slots.length) this.rehash();
    return at;
  }

  private sameForm(b: number, w: string): boolean {
    const i32 = this.i32;
    const c = i32[b + B_CHARS];
    for (let k = 0; k < w.length; k++) if (((i32[c + (k >> 1)] >>> ((k & 1) << 4)) & 0xffff) !== w.charCodeAt(k)) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = slots.length - 1;
    for (const v of old) {
      if (v === 0) continue;
      const h = this.i32[v - 1 + B_HASH];
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = v;
    }
    this.slots = slots;
  }

  /** Appends the block of a form not seen yet; returns its offset. */
  private newBlock(w: string, hash: number): number {
    const info = wordInfo(w);
    const own = this.rows.wordRows(info);
    let present = 0;
    for (let k = 0; k < W_SIZE; k++) if (own[k] >= 0) present++;
    const at = this.top;
    const size = B_ROWS + present * NT + ((w.length + 1) >> 1);
    if (at + size > this.f32.length) {
      // Doubling, but not far past the limit at which reset() drops the blocks.
      const f = new Float32Array(Math.max(at + size, Math.min(2 * (at + size), this.modelEnd + this.maxWordSlots + (1 << 16))));
      f.set(this.f32.subarray(0, at));
      this.f32 = f;
      this.i32 = new Int32Array(f.buffer);
    }
    this.top = at + size;
    const f32 = this.f32, i32 = this.i32;
    f32.fill(0, at, at + size); // the memory of blocks dropped by reset() is reused
    for (let b = 0; b < 5; b++) for (const h of info.byOffset[b]) this.weights.add(h, f32, at + B_SCORES + b * NT);
    let row = at + B_ROWS;
    for (let k = 0; k < W_SIZE; k++) {
      if (own[k] < 0) { i32[at + B_OWN + k] = -1; continue; }
      f32.copyWithin(row, own[k], own[k] + NT);
      i32[at + B_OWN + k] = row;
      row += NT;
    }
    i32[at + B_LEN] = w.length;
    i32[at + B_HASH] = hash;
    i32[at + B_CHARS] = row;
    for (let k = 0; k < w.length; k++) i32[row + (k >> 1)] |= w.charCodeAt(k) << ((k & 1) << 4);
    i32[at + B_CAP] = info.cap;
    i32[at + B_LOWER_HASH] = info.lower;
    i32[at + B_SHORT_SHAPE] = info.shortShape;
    let l = this.lowerIds.get(info.lowerText);
    if (l === undefined) {
      l = this.lowerTexts.length;
      this.lowerTexts.push(info.lowerText);
      this.lowerIds.set(info.lowerText, l);
      if (l >= this.docCase.length) {
        const dc = new Uint8Array(2 * this.docCase.length);
        dc.set(this.docCase);
        this.docCase = dc;
      }
    }
    i32[at + B_LOWER_ID] = l;
    i32[at + B_PHRASE_HEAD] = gazetteers().phrasesStartingWith(info.lowerText) ? 1 : 0;
    return at;
  }

  /**
   * Document case evidence (as documentCase in features.ts) into this.docCase by lower id; returns
   * the lower ids set, to clear after the document.
   */
  private documentCase(sentences: readonly TokenRange[]): number[] {
    const touched: number[] = [];
    const doc = this.doc, i32 = this.i32, dc = this.docCase;
    for (const s of sentences) {
      let mixed = false;
      for (let k = s.start; k < s.end; k++) if (i32[doc[k] + B_CAP] === Cap.Lower) { mixed = true; break; }
      if (!mixed) continue;
      for (let k = s.start + 1; k < s.end; k++) {
        const c = i32[doc[k] + B_CAP];
        const flag = c === Cap.Title ? 1 : c === Cap.Lower ? 2 : 0;
        if (flag === 0) continue;
        const l = i32[doc[k] + B_LOWER_ID];
        if (dc[l] === 0) touched.push(l);
        dc[l] |= flag;
      }
    }
    return touched;
  }

  /** Gazetteer phrases per token of the sentence (as sentenceContext); null when there are none. */
  private sentencePhrases(from: number, to: number): (number[] | undefined)[] | null {
    const doc = this.doc, i32 = this.i32, lowerTexts = this.lowerTexts;
    let phrases: (number[] | undefined)[] | null = null;
    for (let i = from; i < to; i++) {
      const w = doc[i];
      const c = i32[w + B_CAP];
      if (!i32[w + B_PHRASE_HEAD] || (c !== Cap.Title && c !== Cap.Upper)) continue;
      // As Gazetteers.phrasesAt: entries whose remaining tokens follow, in list order.
      for (const p of gazetteers().phrasesStartingWith(lowerTexts[i32[w + B_LOWER_ID]])!) {
        const len = p.rest.length;
        if (i + len >= to) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) ok = lowerTexts[i32[doc[i + 1 + k] + B_LOWER_ID]] === p.rest[k];
        if (!ok) continue;
        phrases ??= new Array<number[] | undefined>(to - from);
        const b = 31 - Math.clz32(p.bit);
        for (let k = 0; k <= len; k++) (phrases[i - from + k] ??= []).push(b * 2 + (k > 0 ? 1 : 0));
      }
    }
    return phrases;
  }

  private tagSentence(from: number, to: number, tags: Uint8Array): void {
    const n = to - from;
    const doc = this.doc, i32 = this.i32, f32 = this.f32;
    let upper = 0, lower = 0;
    for (let k = from; k < to; k++) {
      const c = i32[doc[k] + B_CAP];
      if (c === Cap.Lower || c === Cap.Title || c === Cap.Mixed) lower++;
      else if (c === Cap.Upper) upper++;
    }
    const caps = upper >= 2 && lower === 0 ? 1 : 0;
    const phrases = this.sentencePhrases(from, to);
    if (this.static_.length < n * NT) this.static_ = new Float32Array(2 * n * NT);
    const out = this.static_;
    for (let i = 0; i < n; i++) {
      // Twelve templates at most, plus one row per gazetteer phrase the token is part of.
      const ph = phrases === null ? undefined : phrases[i];
      const need = 12 + (ph?.length ?? 0);
      if (need > this.bases.length) this.bases = new Int32Array(2 * need);
      const bases = this.bases;
      const nb = this.contextRows(from, n, i, caps, ph, bases);
      const lo = i >= 2 ? -2 : -i;
      const hi = i + 2 < n ? 2 : n - 1 - i;
      // Each score is summed in a register in the order of the row lists (word j seen from token i
      // at relative offset r, then the context rows), rounding to float32 at every step exactly as
      // adding row after row into a Float32Array would. One register per tag (NT = 9, unrolled
      // by hand: the JIT keeps them in registers and reads each row once, contiguously).
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let r = lo; r <= hi; r++) {
        const b = doc[from + i + r] + B_SCORES + (r + 2) * NT;
        s0 = fround(s0 + f32[b]); s1 = fround(s1 + f32[b + 1]); s2 = fround(s2 + f32[b + 2]);
        s3 = fround(s3 + f32[b + 3]); s4 = fround(s4 + f32[b + 4]); s5 = fround(s5 + f32[b + 5]);
        s6 = fround(s6 + f32[b + 6]); s7 = fround(s7 + f32[b + 7]); s8 = fround(s8 + f32[b + 8]);
      }
      for (let k = 0; k < nb; k++) {
        const b = bases[k];
        s0 = fround(s0 + f32[b]); s1 = fround(s1 + f32[b + 1]); s2 = fround(s2 + f32[b + 2]);
        s3 = fround(s3 + f32[b + 3]); s4 = fround(s4 + f32[b + 4]); s5 = fround(s5 + f32[b + 5]);
        s6 = fround(s6 + f32[b + 6]); s7 = fround(s7 + f32[b + 7]); s8 = fround(s8 + f32[b + 8]);
      }
      const at = i * NT;
      out[at] = s0; out[at + 1] = s1; out[at + 2] = s2; out[at + 3] = s3; out[at + 4] = s4;
      out[at + 5] = s5; out[at + 6] = s6; out[at + 7] = s7; out[at + 8] = s8;
    }
    this.decode(from, n, tags);
  }

  /** The rows of contextFeatures(ctx, i), in the same order, into `out` (absent ones left out); returns how many. */
  private contextRows(from: number, n: number, i: number, caps: number, ph: number[] | undefined, out: Int32Array): number {
    const R = this.rows;
    const doc = this.doc, i32 = this.i32;
    const w = doc[from + i];
    const p = i > 0 ? doc[from + i - 1] : -1;
    const q = i + 1 < n ? doc[from + i + 1] : -1;
    const c = i32[w + B_CAP];
    const lower = i32[w + B_LOWER_HASH];
    const shape = i32[w + B_SHORT_SHAPE];
    let k = put(out, 0, R.bias);
    k = put(out, k, R.posCap(i < 3 ? i : 3, c));
    k = put(out, k, i32[w + B_OWN + W_CAPS_LOWER + caps]);
    k = put(out, k, R.capsCap(caps, c));
    k = put(out, k, p >= 0 ? R.row(featureHash.bigram(i32[p + B_LOWER_HASH], lower)) : i32[w + B_OWN + W_BIGRAM_FIRST]);
    k = put(out, k, q >= 0 ? R.row(featureHash.bigramNext(lower, i32[q + B_LOWER_HASH])) : i32[w + B_OWN + W_BIGRAM_LAST]);
    k = put(out, k, R.row(featureHash.shapeTri(p >= 0 ? i32[p + B_SHORT_SHAPE] : NO_PREV_SHAPE, shape, q >= 0 ? i32[q + B_SHORT_SHAPE] : NO_NEXT_SHAPE)));
    k = put(out, k, R.capTri(p >= 0 ? i32[p + B_CAP] : NO_CAP, c, q >= 0 ? i32[q + B_CAP] : NO_CAP));
    if (ph !== undefined) for (const x of ph) k = put(out, k, R.phrase(x, caps));
    const dc = this.docCase[i32[w + B_LOWER_ID]];
    k = put(out, k, R.docCase(dc, c, caps));
    if (dc !== 0) k = put(out, k, i32[w + B_OWN + W_DOC_SHAPE + dc]);
    if (i === 0) k = put(out, k, i32[w + B_OWN + W_FIRST_LOWER]);
    return k;
  }

  /** decodeGreedy with tagFeatures as rows, in the same order (summed as in tagSentence). */
  private decode(from: number, n: number, tags: Uint8Array): void {
    const R = this.rows;
    const bases = this.bases;
    const st = this.static_;
    const doc = this.doc, i32 = this.i32, f32 = this.f32;
    let prev: number = NT;
    let prev2: number = NT;
    for (let i = 0; i < n; i++) {
      const w = doc[from + i];
      let nb = put(bases, 0, R.prev(prev));
      nb = put(bases, nb, R.prev2(prev, prev2));
      nb = put(bases, nb, i32[w + B_OWN + W_PREV_LOWER + prev]);
      nb = put(bases, nb, i32[w + B_OWN + W_PREV_SHAPE + prev]);
      nb = put(bases, nb, R.prevCapNext(prev, i32[w + B_CAP], i + 1 < n ? i32[doc[from + i + 1] + B_CAP] : NO_CAP));
      const at = i * NT;
      let s0 = st[at], s1 = st[at + 1], s2 = st[at + 2];
      let s3 = st[at + 3], s4 = st[at + 4], s5 = st[at + 5];
      let s6 = st[at + 6], s7 = st[at + 7], s8 = st[at + 8];
      for (let k = 0; k < nb; k++) {
        const b = bases[k];
        s0 = fround(s0 + f32[b]); s1 = fround(s1 + f32[b + 1]); s2 = fround(s2 + f32[b + 2]);
        s3 = fround(s3 + f32[b + 3]); s4 = fround(s4 + f32[b + 4]); s5 = fround(s5 + f32[b + 5]);
        s6 = fround(s6 + f32[b + 6]); s7 = fround(s7 + f32[b + 7]); s8 = fround(s8 + f32[b + 8]);
      }
      // The first allowed tag with the highest score (ties keep the lower tag, as decodeGreedy).
      const a = prev * NT;
      let best = 0;
      let top = -Infinity;
      if (ALLOWED[a] && s0 > top) { top = s0; best = 0; }
      if (ALLOWED[a + 1] && s1 > top) { top = s1; best = 1; }
      if (ALLOWED[a + 2] && s2 > top) { top = s2; best = 2; }
      if (ALLOWED[a + 3] && s3 > top) { top = s3; best = 3; }
      if (ALLOWED[a + 4] && s4 > top) { top = s4; best = 4; }
      if (ALLOWED[a + 5] && s5 > top) { top = s5; best = 5; }
      if (ALLOWED[a + 6] && s6 > top) { top = s6; best = 6; }
      if (ALLOWED[a + 7] && s7 > top) { top = s7; best = 7; }
      if (ALLOWED[a + 8] && s8 > top) { top = s8; best = 8; }
      tags[from + i] = best;
      prev2 = prev;
      prev = best;
    }
  }
}

/** Appends a row base to `out` at `n` unless the feature has no row; returns the new count. */
function put(out: Int32Array, n: number, base: number): number {
  if (base >= 0) out[n++] = base;
  return n;
}
