// Greedy left-to-right decoding shared by training and tagging: static scores come precomputed,
// previous-tag features are added per step, and I-X is only allowed after B-X/I-X.
import { tagFeatures, type SentenceContext } from './features.js';
import { ALLOWED, NT } from './tags.js';
import type { WeightTable } from './weights.js';

const scratch = new Float32Array(NT);
const feats: number[] = [];

/** Picks tags for the sentence; `staticScores` holds n × NT scores of tag-independent features. */
export function decodeGreedy(
  ctx: SentenceContext,
  staticScores: Float32Array,
  weights: WeightTable,
  out: Uint8Array,
  onStep?: (i: number, prev: number, prev2: number, tagFeats: readonly number[]) => void,
): void {
  let prev: number = NT;
  let prev2: number = NT;
  for (let i = 0; i < ctx.infos.length; i++) {
    feats.length = 0;
    tagFeatures(ctx, i, prev, prev2, feats);
    for (let t = 0; t < NT; t++) scratch[t] = staticScores[i * NT + t];
    for (const h of feats) weights.add(h, scratch, 0);
    let best = 0;
    let bestScore = -Infinity;
    const allowedBase = prev * NT;
    for (let t = 0; t < NT; t++) {
      if (ALLOWED[allowedBase + t] && scratch[t] > bestScore) {
        bestScore = scratch[t];
        best = t;
      }
    }
    out[i] = best;
    onStep?.(i, prev, prev2, feats);
    prev2 = prev;
    prev = best;
  }
}
