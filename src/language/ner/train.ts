// Averaged-perceptron training of the greedy tagger (Collins 2002; greedy decoding with the
// predicted history as at run time). Deterministic: fixed seed for the sentence shuffle.
import { conllEval, toIob2, type ConllSentence, type Prf } from './conll.js';
import { decodeGreedy } from './decode.js';
import { contextFeatures, documentCase, sentenceContext, wordInfo, type SentenceContext, type WordInfo } from './features.js';
import { EntityTagger } from './tagger.js';
import { NT, TAG_INDEX, TAGS } from './tags.js';
import { DenseWeights, TrainingWeights } from './weights.js';
import { mulberry32 } from '../../util/mulberry32.js';

interface Prepared {
  ctx: SentenceContext;
  gold: Uint8Array;
  /** Static feature hashes of token i: feats[offsets[i] .. offsets[i + 1]). */
  feats: Int32Array;
  offsets: Int32Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

const rng = mulberry32;

function prepare(docs: readonly ConllSentence[][]): Prepared[] {
  const cache = new Map<string, WordInfo>();
  const info = (w: string) => cache.get(w) ?? (cache.set(w, wordInfo(w)), cache.get(w)!);
  const out: Prepared[] = [];
  const buf: number[] = [];
  for (const doc of docs) {
    const infos = doc.map((s) => s.words.map(info));
    const docCase = documentCase(infos);
    doc.forEach((s, k) => {
      const ctx = sentenceContext(infos[k], docCase);
      const n = s.words.length;
      const offsets = new Int32Array(n + 1);
      buf.length = 0;
      for (let i = 0; i < n; i++) {
        offsets[i] = buf.length;
        for (let r = -2; r <= 2; r++) {
          const j = i + r;
          if (j >= 0 && j < n) for (const h of infos[k][j].byOffset[r + 2]) buf.push(h);
        }
        contextFeatures(ctx, i, buf);
      }
      offsets[n] = buf.length;
      const gold = Uint8Array.from(toIob2(s.tags), (t) => TAG_INDEX.get(t) ?? 0);
      out.push({ ctx, gold, feats: Int32Array.from(buf), offsets });
    });
  }
  return out;
}

function trainSentence(p: Prepared, w: TrainingWeights, scores: Float32Array, pred: Uint8Array): void {
  const n = p.gold.length;
  scores.fill(0, 0, n * NT);
  for (let i = 0; i < n; i++) for (let k = p.offsets[i]; k < p.offsets[i + 1]; k++) w.add(p.feats[k], scores, i * NT);
  decodeGreedy(p.ctx, scores, w, pred, (i, _prev, _prev2, tagFeats) => {
    const g = p.gold[i];
    const y = pred[i];
    if (g !== y) {
      for (let k = p.offsets[i]; k < p.offsets[i + 1]; k++) {
        w.update(p.feats[k], g, 1);
        w.update(p.feats[k], y, -1);
      }
      for (const h of tagFeats) {
        w.update(h, g, 1);
        w.update(h, y, -1);
      }
    }
    w.steps++;
  });
}

/** Scores a tagger on CoNLL documents (IOB1 gold) with conlleval. */
export function evaluateTagger(tagger: EntityTagger, docs: readonly ConllSentence[][]): { overall: Prf; byType: Record<string, Prf> } {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const doc of docs) {
    const tags = tagger.tagDocument(doc.map((s) => s.words));
    doc.forEach((s, k) => {
      gold.push(s.tags);
      pred.push(Array.from(tags[k], (t) => TAGS[t]));
    });
  }
  return conllEval(gold, pred);
}

/** Trains for `epochs`, keeps the averaged weights of the epoch with the best dev F1. */
export function trainTagger(train: readonly ConllSentence[][], dev: readonly ConllSentence[][], opts: TrainOptions): { weights: Float32Array; epoch: number; devF1: number; features: number } {
  const log = opts.log ?? (() => {});
  const data = prepare(train);
  const w = new TrainingWeights(opts.bits);
  const maxLen = Math.max(...data.map((p) => p.gold.length));
  const scores = new Float32Array(maxLen * NT);
  const pred = new Uint8Array(maxLen);
  const random = rng(opts.seed);
  const order = data.map((_, i) => i);
  let best: { weights: Float32Array; epoch: number; devF1: number } = { weights: new Float32Array(0), epoch: 0, devF1: -1 };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) trainSentence(data[k], w, scores, pred);
    const avg = w.averaged();
    const f1 = evaluateTagger(new EntityTagger(new DenseWeights(opts.bits, avg)), dev).overall.f1;
    log(`epoch ${epoch}: dev F1 ${f1.toFixed(4)}`);
    if (f1 > best.devF1) best = { weights: avg, epoch, devF1: f1 };
  }
  let features = 0;
  for (let b = 0; b < best.weights.length; b += NT) if (best.weights.subarray(b, b + NT).some((x) => x !== 0)) features++;
  return { ...best, features };
}
