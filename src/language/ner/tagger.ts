// Runs the trained tagger over tokenised documents. Each distinct word form's contribution at
// each relative offset is summed once and cached, so a token costs five cached rows plus a few
// context and previous-tag features: this is what makes the tagger run at millions of tokens/s.
import { decodeGreedy } from './decode.js';
import { contextFeatures, documentCase, sentenceContext, wordInfo, type WordInfo } from './features.js';
import { NT } from './tags.js';
import type { WeightTable } from './weights.js';

interface CachedWord {
  info: WordInfo;
  /** Summed weights at offsets -2..+2: block (offset + 2) × NT. */
  scores: Float32Array;
}

const MAX_CACHE = 200_000;

export class EntityTagger {
  private readonly cache = new Map<string, CachedWord>();
  private readonly feats: number[] = [];

  constructor(private readonly weights: WeightTable) {}

  private word(w: string): CachedWord {
    let c = this.cache.get(w);
    if (c) return c;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    const info = wordInfo(w);
    const scores = new Float32Array(5 * NT);
    for (let b = 0; b < 5; b++) for (const h of info.byOffset[b]) this.weights.add(h, scores, b * NT);
    c = { info, scores };
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
    const feats = this.feats;
    for (let i = 0; i < n; i++) {
      const at = i * NT;
      for (let r = -2; r <= 2; r++) {
        const j = i + r;
        if (j < 0 || j >= n) continue;
        const src = words[j].scores;
        const off = (r + 2) * NT; // word j seen from token i at relative offset r
        for (let t = 0; t < NT; t++) scores[at + t] += src[off + t];
      }
      feats.length = 0;
      contextFeatures(ctx, i, feats);
      for (const h of feats) this.weights.add(h, scores, at);
    }
    const tags = new Uint8Array(n);
    decodeGreedy(ctx, scores, this.weights, tags);
    return tags;
  }
}
