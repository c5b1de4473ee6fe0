// Runs the trained tagger over tokenised documents. Each distinct word form's contribution at
// each relative offset is summed once and cached, so a token costs five cached rows plus a few
// context and previous-tag rows, most of them resolved ahead of time (feature-rows.ts). The
// scores equal those of contextFeatures/tagFeatures + decodeGreedy, which training uses.
import { documentCase, sentenceContext, wordInfo, featureHash, NO_CAP, NO_NEXT_SHAPE, NO_PREV_SHAPE, type SentenceContext, type WordInfo } from './features.js';
import { FeatureRows, W_BIGRAM_FIRST, W_BIGRAM_LAST, W_CAPS_LOWER, W_DOC_SHAPE, W_FIRST_LOWER, W_PREV_LOWER, W_PREV_SHAPE } from './feature-rows.js';
import { ALLOWED, NT } from './tags.js';
import type { WeightTable } from './weights.js';

interface CachedWord {
  info: WordInfo;
  /** Summed weights at offsets -2..+2: block (offset + 2) × NT. */
  scores: Float32Array;
  /** Row bases of this form's context and previous-tag features (FeatureRows.wordRows). */
  rows: Int32Array;
}

const MAX_CACHE = 200_000;
const fround = Math.fround;
// The score loops below are unrolled for the nine tags of tags.ts.
if (NT !== 9) throw new Error('tagger.ts: the score loops are written for 9 tags');

export class EntityTagger {
  private readonly cache = new Map<string, CachedWord>();
  private readonly rows: FeatureRows;
  /** Row bases of one token's context features (grown for tokens inside many gazetteer phrases). */
  private bases = new Int32Array(64);
  /** One token's scores while decoding. */
  private readonly sum = new Float32Array(NT);

  constructor(private readonly weights: WeightTable) {
    this.rows = new FeatureRows(weights);
  }

  private word(w: string): CachedWord {
    let c = this.cache.get(w);
    if (c) return c;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    const info = wordInfo(w);
    const scores = new Float32Array(5 * NT);
    for (let b = 0; b < 5; b++) for (const h of info.byOffset[b]) this.weights.add(h, scores, b * NT);
    c = { info, scores, rows: this.rows.wordRows(info) };
    this.cache.set(w, c);
    return c;
  }

  /** Tag indices (see tags.ts) for every token of every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const words = sentences.map((s) => s.map((w) => this.word(w)));
    const docCase = documentCase(words.map((s) => s.map((c) => c.info)));
    return words.map((s) => this.tagSentence(s, docCase));
  }

  private tagSentence(words: CachedWord[], docCase: ReadonlyMap<string, number>): Uint8Array {
    const n = words.length;
    const ctx = sentenceContext(words.map((c) => c.info), docCase);
    const scores = new Float32Array(n * NT);
    const data = this.rows.data;
    for (let i = 0; i < n; i++) {
      // Twelve templates at most, plus one row per gazetteer phrase the token is part of.
      const need = 12 + (ctx.phrases[i]?.length ?? 0);
      if (need > this.bases.length) this.bases = new Int32Array(2 * need);
      const bases = this.bases;
      const nb = this.contextRows(ctx, words, i, bases);
      const lo = i >= 2 ? -2 : -i;
      const hi = i + 2 < n ? 2 : n - 1 - i;
      // Each score is summed in a register in the order of the row lists (word j seen from token i
      // at relative offset r, then the context rows), rounding to float32 at every step exactly as
      // adding row after row into the Float32Array would. One register per tag (NT = 9, unrolled
      // by hand: the JIT keeps them in registers and reads each row once, contiguously).
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let r = lo; r <= hi; r++) {
        const row = words[i + r].scores;
        const b = (r + 2) * NT;
        s0 = fround(s0 + row[b]); s1 = fround(s1 + row[b + 1]); s2 = fround(s2 + row[b + 2]);
        s3 = fround(s3 + row[b + 3]); s4 = fround(s4 + row[b + 4]); s5 = fround(s5 + row[b + 5]);
        s6 = fround(s6 + row[b + 6]); s7 = fround(s7 + row[b + 7]); s8 = fround(s8 + row[b + 8]);
      }
      for (let k = 0; k < nb; k++) {
        const b = bases[k];
        s0 = fround(s0 + data[b]); s1 = fround(s1 + data[b + 1]); s2 = fround(s2 + data[b + 2]);
        s3 = fround(s3 + data[b + 3]); s4 = fround(s4 + data[b + 4]); s5 = fround(s5 + data[b + 5]);
        s6 = fround(s6 + data[b + 6]); s7 = fround(s7 + data[b + 7]); s8 = fround(s8 + data[b + 8]);
      }
      const at = i * NT;
      scores[at] = s0; scores[at + 1] = s1; scores[at + 2] = s2; scores[at + 3] = s3; scores[at + 4] = s4;
      scores[at + 5] = s5; scores[at + 6] = s6; scores[at + 7] = s7; scores[at + 8] = s8;
    }
    const tags = new Uint8Array(n);
    this.decode(ctx, words, scores, tags);
    return tags;
  }

  /** The rows of contextFeatures(ctx, i), in the same order, into `out` (absent ones left out); returns how many. */
  private contextRows(ctx: SentenceContext, words: readonly CachedWord[], i: number, out: Int32Array): number {
    const R = this.rows;
    const infos = ctx.infos;
    const w = infos[i];
    const own = words[i].rows;
    const prev = i > 0 ? infos[i - 1] : null;
    const next = i + 1 < infos.length ? infos[i + 1] : null;
    const caps = ctx.allCaps ? 1 : 0;
    let n = put(out, 0, R.bias);
    n = put(out, n, R.posCap(i < 3 ? i : 3, w.cap));
    n = put(out, n, own[W_CAPS_LOWER + caps]);
    n = put(out, n, R.capsCap(caps, w.cap));
    n = put(out, n, prev ? R.row(featureHash.bigram(prev.lower, w.lower)) : own[W_BIGRAM_FIRST]);
    n = put(out, n, next ? R.row(featureHash.bigramNext(w.lower, next.lower)) : own[W_BIGRAM_LAST]);
    n = put(out, n, R.row(featureHash.shapeTri(prev ? prev.shortShape : NO_PREV_SHAPE, w.shortShape, next ? next.shortShape : NO_NEXT_SHAPE)));
    n = put(out, n, R.capTri(prev ? prev.cap : NO_CAP, w.cap, next ? next.cap : NO_CAP));
    const ph = ctx.phrases[i];
    if (ph !== undefined) for (const p of ph) n = put(out, n, R.phrase(p, caps));
    const dc = ctx.docCase[i];
    n = put(out, n, R.docCase(dc, w.cap, caps));
    if (dc !== 0) n = put(out, n, own[W_DOC_SHAPE + dc]);
    if (i === 0) n = put(out, n, own[W_FIRST_LOWER]);
    return n;
  }

  /** decodeGreedy with tagFeatures as rows, in the same order (summed as in tagSentence). */
  private decode(ctx: SentenceContext, words: readonly CachedWord[], staticScores: Float32Array, out: Uint8Array): void {
    const R = this.rows;
    const data = this.rows.data;
    const bases = this.bases;
    const sum = this.sum;
    const infos = ctx.infos;
    const n = infos.length;
    let prev: number = NT;
    let prev2: number = NT;
    for (let i = 0; i < n; i++) {
      const own = words[i].rows;
      let nb = put(bases, 0, R.prev(prev));
      nb = put(bases, nb, R.prev2(prev, prev2));
      nb = put(bases, nb, own[W_PREV_LOWER + prev]);
      nb = put(bases, nb, own[W_PREV_SHAPE + prev]);
      nb = put(bases, nb, R.prevCapNext(prev, infos[i].cap, i + 1 < n ? infos[i + 1].cap : NO_CAP));
      // As in tagSentence: one register per tag, each row read once; the sums are float32 values,
      // so the Float32Array `sum` holds them unchanged for the pick.
      const at = i * NT;
      let s0 = staticScores[at], s1 = staticScores[at + 1], s2 = staticScores[at + 2];
      let s3 = staticScores[at + 3], s4 = staticScores[at + 4], s5 = staticScores[at + 5];
      let s6 = staticScores[at + 6], s7 = staticScores[at + 7], s8 = staticScores[at + 8];
      for (let k = 0; k < nb; k++) {
        const b = bases[k];
        s0 = fround(s0 + data[b]); s1 = fround(s1 + data[b + 1]); s2 = fround(s2 + data[b + 2]);
        s3 = fround(s3 + data[b + 3]); s4 = fround(s4 + data[b + 4]); s5 = fround(s5 + data[b + 5]);
        s6 = fround(s6 + data[b + 6]); s7 = fround(s7 + data[b + 7]); s8 = fround(s8 + data[b + 8]);
      }
      sum[0] = s0; sum[1] = s1; sum[2] = s2; sum[3] = s3; sum[4] = s4; sum[5] = s5; sum[6] = s6; sum[7] = s7; sum[8] = s8;
      let best = 0;
      let bestScore = -Infinity;
      const allowedBase = prev * NT;
      for (let t = 0; t < NT; t++) {
        if (ALLOWED[allowedBase + t] && sum[t] > bestScore) {
          bestScore = sum[t];
          best = t;
        }
      }
      out[i] = best;
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
