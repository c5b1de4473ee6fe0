// Runs the trained tagger over tokenised documents. Word forms live in a WordTable (an id per
// form, its summed weights at offsets -2..+2 and its own rows in one block), so a token costs one
// table probe, five score rows and a dozen context and previous-tag rows, without per-token
// objects or strings. Per sentence the context rows of every token are looked up first and summed
// after: the hashed lookups (bigrams, shape trigrams) are independent, so their misses overlap.
// The scores equal those of contextFeatures/tagFeatures + decodeGreedy, which training uses:
// rows are added in the same order, rounding to float32 at every step (the static sums and
// decoding's per-token sums run in WebAssembly, row-sums.ts, where the runtime has SIMD;
// staticScores and decode are the same sums in JavaScript, for the others and for sentences too
// long for its scratch area). A sentence seen before
// with the same word forms and case evidence (copies, boilerplate) takes its tags from a
// SentenceCache instead: the same tags, without scoring.
import { Cap, featureHash, NO_CAP, NO_NEXT_SHAPE, NO_PREV_SHAPE } from './features.js';
import { OWN_BIGRAM_FIRST, OWN_BIGRAM_LAST, OWN_CAPS_LOWER, OWN_CAPS_LOWER_1, OWN_FIRST_LOWER, OWN_PREV_LOWER, SHAPE_DOC, SHAPE_PREV, SHAPE_SIZE } from './feature-rows.js';
import { gazetteers } from './gazetteers.js';
import { ALLOWED, NT } from './tags.js';
import type { WeightTable } from './weights.js';
import { SentenceCache } from './sentence-cache.js';
import { LIST_CAPACITY, OUT_ROW, type RowSums, TOKEN_CAPACITY } from './row-sums.js';
import {
  CAP_BITS, I_BLOCK, I_CLASS, I_LOWER_HASH, I_LOWER_ID, I_OWN_MASK, I_SHORT_SHAPE, INFO_SHIFT, PHRASE_HEAD_BIT, popcount, SCORES, SHAPE_ID_SHIFT, WordTable,
} from './word-table.js';

/** Word blocks kept (in 4-byte slots, 50–200 per form) before they are dropped between documents. */
const MAX_WORD_SLOTS = 8 << 20;
/** Sentences remembered (in 4-byte slots, 2 + 3 per token) before they are dropped. */
const MAX_SENTENCE_SLOTS = 2 << 20;
const fround = Math.fround;
/** Slots (log2) of the shape-trigram rows kept. */
const TRI_BITS = 13;
// The score loops below are unrolled for the nine tags of tags.ts.
if (NT !== 9) throw new Error('tagger.ts: the score loops are written for 9 tags');

/** A sentence of a document: tokens [start, end) of the document's token list. */
export interface TokenRange { start: number; end: number }

export class EntityTagger {
  private readonly words: WordTable;
  private readonly sentences: SentenceCache | null;
  // Document case evidence by lower id, cleared after each document.
  private docCase = new Uint8Array(1024);
  // Per document / sentence scratch, grown as needed: word ids, static scores, context row bases
  // (token i's are ctx[ctxEnd[i - 1] .. ctxEnd[i]), ctxEnd[-1] = 0) and previous-tag row bases.
  private doc = new Int32Array(1024);
  /** Per token: its document case evidence (the part of a sentence's key beyond its word ids). */
  private cases = new Uint8Array(1024);
  /** Per token: rows of its bigram with the previous and with the next token, and of its shape trigram. */
  private bigramPrev = new Int32Array(1024);
  private bigramNext = new Int32Array(1024);
  private shapeTri = new Int32Array(1024);
  private static_ = new Float32Array(256 * NT);
  private ctx = new Int32Array(256 * 16);
  private ctxEnd = new Int32Array(256);
  private readonly bases = new Int32Array(8);
  /** Rows of shape trigrams by their key of shape ids (see hashedRows), direct-mapped; cleared when the word table drops its forms (and shape ids). */
  private readonly triKeys = new Int32Array(1 << TRI_BITS).fill(-1);
  private readonly triRows = new Int32Array(1 << TRI_BITS);

  /**
   * `maxWordSlots`: memory for word blocks (4-byte slots) before they are dropped (small in tests);
   * `sentenceSlots`: memory for the tags of sentences seen (0 = no sentence cache).
   */
  constructor(weights: WeightTable, maxWordSlots = MAX_WORD_SLOTS, sentenceSlots = MAX_SENTENCE_SLOTS) {
    this.words = new WordTable(weights, maxWordSlots);
    this.sentences = sentenceSlots > 0 ? new SentenceCache(sentenceSlots) : null;
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
   * `text`, when given, is the document the tokens come from: each token's text must be
   * text.slice(start, end) (forms are then read from it, faster than from the tokens' strings).
   */
  tagTokens(tokens: readonly { text: string; start?: number; end?: number }[], sentences: readonly TokenRange[], lowerOut?: string[], text?: string): Uint8Array {
    const n = tokens.length;
    const W = this.words;
    if (W.trim()) {
      this.sentences?.clear();
      this.triKeys.fill(-1);
    }
    if (this.doc.length < n) {
      this.doc = new Int32Array(2 * n);
      this.cases = new Uint8Array(2 * n);
    }
    const doc = this.doc;
    if (text === undefined) for (let k = 0; k < n; k++) doc[k] = W.id(tokens[k].text);
    else for (let k = 0; k < n; k++) doc[k] = W.idAt(text, tokens[k].start!, tokens[k].end!);
    if (lowerOut) {
      lowerOut.length = n;
      const info = W.info, lowerTexts = W.lowerTexts;
      for (let k = 0; k < n; k++) lowerOut[k] = lowerTexts[info[(doc[k] << INFO_SHIFT) + I_LOWER_ID]];
    }
    if (this.docCase.length < W.lowerTexts.length) this.docCase = new Uint8Array(2 * W.lowerTexts.length);
    const touched = this.documentCase(sentences);
    const cases = this.cases, info = W.info;
    for (let k = 0; k < n; k++) cases[k] = this.docCase[info[(doc[k] << INFO_SHIFT) + I_LOWER_ID]];
    const tags = new Uint8Array(n);
    const cache = this.sentences;
    for (const s of sentences) {
      if (s.end <= s.start) continue;
      const hash = cache === null ? 0 : SentenceCache.hash(doc, cases, s.start, s.end);
      if (cache !== null && cache.get(hash, doc, cases, s.start, s.end, tags)) continue;
      this.tagSentence(s.start, s.end, tags);
      cache?.set(hash, doc, cases, s.start, s.end, tags);
    }
    for (const l of touched) this.docCase[l] = 0;
    return tags;
  }

  /**
   * Document case evidence (as documentCase in features.ts) into this.docCase by lower id; returns
   * the lower ids set, to clear after the document.
   */
  private documentCase(sentences: readonly TokenRange[]): number[] {
    const touched: number[] = [];
    const doc = this.doc, info = this.words.info, dc = this.docCase;
    for (const s of sentences) {
      let mixed = false;
      for (let k = s.start; k < s.end; k++) if ((info[(doc[k] << INFO_SHIFT) + I_CLASS] & CAP_BITS) === Cap.Lower) { mixed = true; break; }
      if (!mixed) continue;
      for (let k = s.start + 1; k < s.end; k++) {
        const r = doc[k] << INFO_SHIFT;
        const c = info[r + I_CLASS] & CAP_BITS;
        const flag = c === Cap.Title ? 1 : c === Cap.Lower ? 2 : 0;
        if (flag === 0) continue;
        const l = info[r + I_LOWER_ID];
        if (dc[l] === 0) touched.push(l);
        dc[l] |= flag;
      }
    }
    return touched;
  }

  /**
   * The rows of the hashed context features of every token of a sentence (bigrams with both
   * neighbours, shape trigram), in one tight loop before any scoring: the lookups do not depend on
   * each other, so their cache misses overlap instead of stalling the scoring one by one.
   */
  private hashedRows(s: TokenRange): void {
    if (this.bigramPrev.length < this.doc.length) {
      this.bigramPrev = new Int32Array(this.doc.length);
      this.bigramNext = new Int32Array(this.doc.length);
      this.shapeTri = new Int32Array(this.doc.length);
    }
    const W = this.words, R = W.rows, doc = this.doc, info = W.info;
    const bigramPrev = this.bigramPrev, bigramNext = this.bigramNext, shapeTri = this.shapeTri;
    const triKeys = this.triKeys, triRows = this.triRows;
    for (let k = s.start; k < s.end; k++) {
      const w = doc[k];
      const p = k > s.start ? doc[k - 1] : -1;
      const q = k + 1 < s.end ? doc[k + 1] : -1;
      const rw = w << INFO_SHIFT, rp = p << INFO_SHIFT, rq = q << INFO_SHIFT;
      bigramPrev[k] = p >= 0 ? R.row(featureHash.bigram(info[rp + I_LOWER_HASH], info[rw + I_LOWER_HASH])) : this.own(w, OWN_BIGRAM_FIRST);
      bigramNext[k] = q >= 0 ? R.row(featureHash.bigramNext(info[rw + I_LOWER_HASH], info[rq + I_LOWER_HASH])) : this.own(w, OWN_BIGRAM_LAST);
      // The trigram of short shape ids (+1 for the neighbours, 0 = none): a few hundred shapes make
      // most trigrams recur, so their rows are kept by key (10 bits per id; -1 = empty slot).
      const ps = p >= 0 ? (info[rp + I_CLASS] >>> SHAPE_ID_SHIFT) + 1 : 0;
      const ws = info[rw + I_CLASS] >>> SHAPE_ID_SHIFT;
      const qs = q >= 0 ? (info[rq + I_CLASS] >>> SHAPE_ID_SHIFT) + 1 : 0;
      const fits = (ps | ws | qs) < 1024;
      const key = (ps << 20) | (ws << 10) | qs;
      const slot = Math.imul(key, 0x9e3779b1) >>> (32 - TRI_BITS);
      if (fits && triKeys[slot] === key) shapeTri[k] = triRows[slot];
      else {
        const row = R.row(featureHash.shapeTri(p >= 0 ? info[rp + I_SHORT_SHAPE] : NO_PREV_SHAPE, info[rw + I_SHORT_SHAPE], q >= 0 ? info[rq + I_SHORT_SHAPE] : NO_NEXT_SHAPE));
        shapeTri[k] = row;
        if (fits) { triKeys[slot] = key; triRows[slot] = row; }
      }
    }
  }

  /** Gazetteer phrases per token of the sentence (as sentenceContext); null when there are none. */
  private sentencePhrases(from: number, to: number): (number[] | undefined)[] | null {
    const doc = this.doc, W = this.words, lowerTexts = W.lowerTexts, info = W.info;
    let phrases: (number[] | undefined)[] | null = null;
    for (let i = from; i < to; i++) {
      const r = doc[i] << INFO_SHIFT;
      const cls = info[r + I_CLASS], c = cls & CAP_BITS;
      if ((cls & PHRASE_HEAD_BIT) === 0 || (c !== Cap.Title && c !== Cap.Upper)) continue;
      // As Gazetteers.phrasesAt: entries whose remaining tokens follow, in list order.
      for (const p of gazetteers().phrasesStartingWith(lowerTexts[info[r + I_LOWER_ID]])!) {
        const len = p.rest.length;
        if (i + len >= to) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) ok = lowerTexts[info[(doc[i + 1 + k] << INFO_SHIFT) + I_LOWER_ID]] === p.rest[k];
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
    const doc = this.doc, info = this.words.info;
    let upper = 0, lower = 0;
    for (let k = from; k < to; k++) {
      const c = info[(doc[k] << INFO_SHIFT) + I_CLASS] & CAP_BITS;
      if (c === Cap.Lower || c === Cap.Title || c === Cap.Mixed) lower++;
      else if (c === Cap.Upper) upper++;
    }
    const caps = upper >= 2 && lower === 0 ? 1 : 0;
    const phrases = this.sentencePhrases(from, to);
    this.hashedRows({ start: from, end: to });
    if (this.ctxEnd.length < n) {
      this.ctxEnd = new Int32Array(2 * n);
      this.static_ = new Float32Array(2 * n * NT);
    }
    const sums = this.words.sums;
    if (sums !== null && n <= TOKEN_CAPACITY && n * (5 + 12) + phraseRows(phrases) <= LIST_CAPACITY) {
      // The word rows (offsets -2..+2), then the context rows, summed in WebAssembly.
      const list = sums.list, ends = sums.ends, doc = this.doc, info = this.words.info;
      let end = 0;
      for (let i = 0; i < n; i++) {
        const lo = i >= 2 ? -2 : -i;
        const hi = i + 2 < n ? 2 : n - 1 - i;
        for (let r = lo; r <= hi; r++) list[end++] = info[(doc[from + i + r] << INFO_SHIFT) + I_BLOCK] + (r + 2) * NT;
        end = ends[i] = this.contextRows(from, n, i, caps, phrases === null ? undefined : phrases[i], list, end);
      }
      sums.sum(n);
      this.decodeSums(from, n, tags, sums);
      return;
    }
    const ctxEnd = this.ctxEnd;
    let end = 0;
    for (let i = 0; i < n; i++) {
      // Twelve templates at most, plus one row per gazetteer phrase the token is part of.
      const ph = phrases === null ? undefined : phrases[i];
      if (end + 12 + (ph?.length ?? 0) > this.ctx.length) this.ctx = grow(this.ctx, end + 12 + (ph?.length ?? 0));
      end = ctxEnd[i] = this.contextRows(from, n, i, caps, ph, this.ctx, end);
    }
    this.staticScores(from, n);
    this.decode(from, n, tags, this.static_);
  }

  /** Per token: its word rows at offsets -2..+2, then its context rows (summed in registers); RowSums.sum's fallback. */
  private staticScores(from: number, n: number): void {
    const doc = this.doc, info = this.words.info, f32 = this.words.f32;
    const ctx = this.ctx, ctxEnd = this.ctxEnd, out = this.static_;
    for (let i = 0; i < n; i++) {
      const lo = i >= 2 ? -2 : -i;
      const hi = i + 2 < n ? 2 : n - 1 - i;
      // Each score is summed in a register in the order of the row lists (word j seen from token i
      // at relative offset r, then the context rows), rounding to float32 at every step exactly as
      // adding row after row into a Float32Array would. One register per tag (NT = 9, unrolled
      // by hand: the JIT keeps them in registers and reads each row once, contiguously).
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let r = lo; r <= hi; r++) {
        const b = info[(doc[from + i + r] << INFO_SHIFT) + I_BLOCK] + (r + 2) * NT;
        s0 = fround(s0 + f32[b]); s1 = fround(s1 + f32[b + 1]); s2 = fround(s2 + f32[b + 2]);
        s3 = fround(s3 + f32[b + 3]); s4 = fround(s4 + f32[b + 4]); s5 = fround(s5 + f32[b + 5]);
        s6 = fround(s6 + f32[b + 6]); s7 = fround(s7 + f32[b + 7]); s8 = fround(s8 + f32[b + 8]);
      }
      for (let k = i > 0 ? ctxEnd[i - 1] : 0, e = ctxEnd[i]; k < e; k++) {
        const b = ctx[k];
        s0 = fround(s0 + f32[b]); s1 = fround(s1 + f32[b + 1]); s2 = fround(s2 + f32[b + 2]);
        s3 = fround(s3 + f32[b + 3]); s4 = fround(s4 + f32[b + 4]); s5 = fround(s5 + f32[b + 5]);
        s6 = fround(s6 + f32[b + 6]); s7 = fround(s7 + f32[b + 7]); s8 = fround(s8 + f32[b + 8]);
      }
      const at = i * NT;
      out[at] = s0; out[at + 1] = s1; out[at + 2] = s2; out[at + 3] = s3; out[at + 4] = s4;
      out[at + 5] = s5; out[at + 6] = s6; out[at + 7] = s7; out[at + 8] = s8;
    }
  }

  /** Where own row `k` (OWN_ offsets) of word `w` sits in f32, or -1 when the feature has no row. */
  private own(w: number, k: number): number {
    const info = this.words.info, r = w << INFO_SHIFT;
    const mask = info[r + I_OWN_MASK];
    return ((mask >>> k) & 1) === 0 ? -1 : info[r + I_BLOCK] + SCORES + NT * popcount(mask & ((1 << k) - 1));
  }

  /** The rows of contextFeatures(ctx, i), in the same order, into `out` from `k` (absent ones left out); returns the new end. */
  private contextRows(from: number, n: number, i: number, caps: number, ph: number[] | undefined, out: Int32Array, k: number): number {
    const W = this.words, R = W.rows, info = W.info;
    const doc = this.doc;
    const w = doc[from + i];
    const p = i > 0 ? doc[from + i - 1] : -1;
    const q = i + 1 < n ? doc[from + i + 1] : -1;
    const cls = info[(w << INFO_SHIFT) + I_CLASS];
    const c = cls & CAP_BITS;
    k = put(out, k, R.bias);
    k = put(out, k, R.posCap(i < 3 ? i : 3, c));
    k = put(out, k, this.own(w, caps === 0 ? OWN_CAPS_LOWER : OWN_CAPS_LOWER_1));
    k = put(out, k, R.capsCap(caps, c));
    k = put(out, k, this.bigramPrev[from + i]);
    k = put(out, k, this.bigramNext[from + i]);
    k = put(out, k, this.shapeTri[from + i]);
    k = put(out, k, R.capTri(p >= 0 ? info[(p << INFO_SHIFT) + I_CLASS] & CAP_BITS : NO_CAP, c, q >= 0 ? info[(q << INFO_SHIFT) + I_CLASS] & CAP_BITS : NO_CAP));
    if (ph !== undefined) for (const x of ph) k = put(out, k, R.phrase(x, caps));
    const dc = this.docCase[info[(w << INFO_SHIFT) + I_LOWER_ID]];
    k = put(out, k, R.docCase(dc, c, caps));
    if (dc !== 0) k = put(out, k, W.shapeRows[(cls >>> SHAPE_ID_SHIFT) * SHAPE_SIZE + SHAPE_DOC + dc]);
    if (i === 0) k = put(out, k, this.own(w, OWN_FIRST_LOWER));
    return k;
  }

  /** decodeGreedy with tagFeatures as rows, in the same order (summed as in staticScores). */
  private decode(from: number, n: number, tags: Uint8Array, st: Float32Array): void {
    const bases = this.bases, f32 = this.words.f32;
    let prev: number = NT;
    let prev2: number = NT;
    for (let i = 0; i < n; i++) {
      const nb = this.previousTagRows(from, n, i, prev, prev2, bases, 0);
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
      const best = pick(prev * NT, s0, s1, s2, s3, s4, s5, s6, s7, s8);
      tags[from + i] = best;
      prev2 = prev;
      prev = best;
    }
  }

  /** Token i's rows that depend on the tags before it (tagFeatures' order), appended to `out` at `at`; returns the new end. */
  private previousTagRows(from: number, n: number, i: number, prev: number, prev2: number, out: Int32Array, at: number): number {
    const R = this.words.rows, info = this.words.info, doc = this.doc;
    const w = doc[from + i];
    const cls = info[(w << INFO_SHIFT) + I_CLASS];
    let nb = put(out, at, R.prev(prev));
    nb = put(out, nb, R.prev2(prev, prev2));
    nb = put(out, nb, this.own(w, OWN_PREV_LOWER + prev));
    nb = put(out, nb, this.words.shapeRows[(cls >>> SHAPE_ID_SHIFT) * SHAPE_SIZE + SHAPE_PREV + prev]);
    return put(out, nb, R.prevCapNext(prev, cls & CAP_BITS, i + 1 < n ? info[(doc[from + i + 1] << INFO_SHIFT) + I_CLASS] & CAP_BITS : NO_CAP));
  }

  /**
   * decode with the sums in WebAssembly (after sums.sum, whose lists are then free): per token, a
   * one-token list of its static scores (out is addressable as rows, see OUT_ROW) and its
   * previous-tag rows, summed over its static scores in out. The same adds in the same order as
   * decode (starting from +0 instead of the first score changes at most the sign of a zero, which
   * no comparison sees).
   */
  private decodeSums(from: number, n: number, tags: Uint8Array, sums: RowSums): void {
    const list = sums.list, ends = sums.ends, out = sums.out;
    let prev: number = NT;
    let prev2: number = NT;
    for (let i = 0; i < n; i++) {
      const row = OUT_ROW + i * NT;
      list[0] = row;
      ends[0] = this.previousTagRows(from, n, i, prev, prev2, list, 1);
      sums.sumInto(1, row);
      const at = i * NT;
      const best = pick(prev * NT, out[at], out[at + 1], out[at + 2], out[at + 3], out[at + 4], out[at + 5], out[at + 6], out[at + 7], out[at + 8]);
      tags[from + i] = best;
      prev2 = prev;
      prev = best;
    }
  }
}

/** The first allowed tag after the tag of ALLOWED row `a` with the highest score (ties keep the lower tag, as decodeGreedy). */
function pick(a: number, s0: number, s1: number, s2: number, s3: number, s4: number, s5: number, s6: number, s7: number, s8: number): number {
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
  if (ALLOWED[a + 8] && s8 > top) { best = 8; }
  return best;
}

/** How many phrase rows the tokens of a sentence add (see sentencePhrases). */
function phraseRows(phrases: readonly (number[] | undefined)[] | null): number {
  let k = 0;
  if (phrases !== null) for (const p of phrases) k += p?.length ?? 0;
  return k;
}

function grow(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(n, 2 * a.length));
  out.set(a);
  return out;
}

/** Appends a row base to `out` at `n` unless the feature has no row; returns the new count. */
function put(out: Int32Array, n: number, base: number): number {
  if (base >= 0) out[n++] = base;
  return n;
}
