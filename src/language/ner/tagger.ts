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

export class EntityTagger {
  private readonly cache = new Map<string, CachedWord>();
  private readonly rows: FeatureRows;
  /** Row bases of one token's context features (grown for tokens inside many gazetteer phrases). */
  private bases = new Int32Array(64);

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
      // adding row after row into the Float32Array would.
      for (let t = 0; t < NT; t++) {
        let sum = 0;
        for (let r = lo; r <= hi; r++) sum = Math.fround(sum + words[i + r].scores[(r + 2) * NT + t]);
        for (let k = 0; k < nb; k++) sum = Math.fround(sum + data[bases[k] + t]);
        scores[i * NT + t] = sum;
      }
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
      let best = 0;
      let bestScore = -Infinity;
      const allowedBase = prev * NT;
      for (let t = 0; t < NT; t++) {
        let sum = staticScores[i * NT + t];
        for (let k = 0; k < nb; k++) sum = Math.fround(sum + data[bases[k] + t]);
        if (ALLOWED[allowedBase + t] && sum > bestScore) {
          bestScore = sum;
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
