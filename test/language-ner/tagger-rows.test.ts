// The tagger's precomputed rows (feature-rows.ts) must score exactly like the feature lists that
// training uses (contextFeatures, tagFeatures, decodeGreedy): same tags for random and shipped weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGreedy } from '../../src/language/ner/decode.js';
import { contextFeatures, documentCase, sentenceContext, wordInfo } from '../../src/language/ner/features.js';
import { loadModel } from '../../src/language/ner/model-io.js';
import { RowSums, TOKEN_CAPACITY } from '../../src/language/ner/row-sums.js';
import { EntityTagger } from '../../src/language/ner/tagger.js';
import { NT } from '../../src/language/ner/tags.js';
import { DenseWeights, SparseWeights, type WeightTable } from '../../src/language/ner/weights.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

// Written for this test: headlines in capitals, names seen in both cases, gazetteer-like places.
const DOC = [
  'MAYOR OF OSLO RESIGNS AFTER BUDGET ROW',
  'Maria Lindqvist , the mayor of Oslo , said on Tuesday that the Nordic Rail Agency would invest $ 4.5 billion .',
  'The agency said Harbor Bank and the World Bank would meet in New York and Buenos Aires next week .',
  'harbor fees rose ; Bank officials in the United States and United Kingdom declined to comment .',
  'McDonald \'s , O\'Brien and al-Hassan met U.N. envoys in São Paulo .',
  'x',
  '" We have no plans , " Lindqvist told reporters .',
].map((s) => s.split(' '));

/** The tagger as training scores it: word rows, then the feature lists through WeightTable.add. */
function referenceTags(weights: WeightTable, sentences: string[][]): Uint8Array[] {
  const infos = sentences.map((s) => s.map((w) => wordInfo(w)));
  const docCase = documentCase(infos);
  return infos.map((si) => {
    const n = si.length;
    const ctx = sentenceContext(si, docCase);
    const scores = new Float32Array(n * NT);
    const feats: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let r = -2; r <= 2; r++) {
        const j = i + r;
        if (j < 0 || j >= n) continue;
        const own = new Float32Array(NT);
        for (const h of si[j].byOffset[r + 2]) weights.add(h, own, 0);
        for (let t = 0; t < NT; t++) scores[i * NT + t] += own[t];
      }
      feats.length = 0;
      contextFeatures(ctx, i, feats);
      for (const h of feats) weights.add(h, scores, i * NT);
    }
    const tags = new Uint8Array(n);
    decodeGreedy(ctx, scores, weights, tags);
    return tags;
  });
}

function randomDense(bits: number, seed: number): DenseWeights {
  const rnd = mulberry32(seed);
  const w = new Float32Array((1 << bits) * NT);
  for (let k = 0; k < w.length; k++) w[k] = (rnd() - 0.5) * 4;
  return new DenseWeights(bits, w);
}

function randomSparse(bits: number, seed: number): SparseWeights {
  const rnd = mulberry32(seed);
  const rowOf = new Int32Array(1 << bits).fill(-1);
  let rows = 0;
  for (let b = 0; b < rowOf.length; b++) if (rnd() < 0.4) rowOf[b] = rows++;
  const data = new Float32Array(rows * NT);
  for (let k = 0; k < data.length; k++) data[k] = (rnd() - 0.5) * 4;
  return new SparseWeights(bits, rowOf, data);
}

test('precomputed rows tag exactly like the feature lists (random dense weights)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const w = randomDense(10, seed);
    assert.deepEqual(new EntityTagger(w).tagDocument(DOC), referenceTags(w, DOC), `seed ${seed}`);
  }
});

test('precomputed rows tag exactly like the feature lists (random sparse weights with absent rows)', () => {
  let tagged = 0;
  for (const seed of [6, 7, 8, 9, 10]) {
    const w = randomSparse(12, seed);
    const tags = new EntityTagger(w).tagDocument(DOC);
    assert.deepEqual(tags, referenceTags(w, DOC), `seed ${seed}`);
    tagged += tags.reduce((n, t) => n + t.filter((x) => x !== 0).length, 0);
  }
  assert.ok(tagged > 0, 'random weights put some tags other than O');
});

test('precomputed rows tag exactly like the feature lists (shipped model)', () => {
  const { weights } = loadModel();
  const tags = new EntityTagger(weights).tagDocument(DOC);
  assert.deepEqual(tags, referenceTags(weights, DOC));
  assert.ok(tags[1].some((t) => t !== 0), 'the shipped model finds names');
});

test('the WebAssembly sums and the JavaScript ones (sentences past the scratch area) tag alike', () => {
  assert.ok(RowSums.create(NT) !== null, 'this runtime has WebAssembly SIMD: the tests above ran the WebAssembly sums');
  // One sentence longer than the scratch area holds: summed in JavaScript.
  const long: string[] = [];
  while (long.length <= TOKEN_CAPACITY) long.push(...DOC[long.length % 2 === 0 ? 1 : 2]);
  for (const seed of [12, 13]) {
    const w = randomSparse(12, seed);
    assert.deepEqual(new EntityTagger(w).tagDocument([long, DOC[4]]), referenceTags(w, [long, DOC[4]]), `seed ${seed}`);
  }
});

test('SparseWeights.rowBase points at the rows add() adds', () => {
  const w = randomSparse(8, 11);
  let present = 0;
  for (let h = 0; h < 1 << 9; h++) {
    const viaAdd = new Float32Array(NT);
    w.add(h * 2654435761, viaAdd, 0);
    const base = w.rowBase(h * 2654435761);
    const viaBase = base < 0 ? new Float32Array(NT) : w.data.slice(base, base + NT);
    assert.deepEqual(viaAdd, viaBase);
    if (base >= 0) present++;
  }
  assert.ok(present > 0 && present < 1 << 9);
});

test('tagTokens: sentence ranges, lower-case forms, and word memory dropped between documents', () => {
  const { weights } = loadModel();
  const tokens = DOC.flat().map((text) => ({ text }));
  const ranges: { start: number; end: number }[] = [];
  let at = 0;
  for (const s of DOC) ranges.push({ start: at, end: (at += s.length) });
  const expected = referenceTags(weights, DOC);
  const lower: string[] = [];
  const tagger = new EntityTagger(weights);
  assert.deepEqual([...tagger.tagTokens(tokens, ranges, lower)], expected.flatMap((t) => [...t]));
  assert.deepEqual(lower, tokens.map((t) => t.text.toLowerCase()));
  // Tokens outside every range are O; the ranges present are tagged as before.
  const partial = tagger.tagTokens(tokens, ranges.slice(1, 2));
  assert.deepEqual([...partial.subarray(ranges[1].start, ranges[1].end)], [...expected[1]]);
  assert.ok(partial.every((t, k) => t === 0 || (k >= ranges[1].start && k < ranges[1].end)));
  // A word memory too small for one document is dropped and rebuilt between documents: same tags.
  const small = new EntityTagger(weights, 64);
  for (let round = 0; round < 3; round++) assert.deepEqual(small.tagDocument(DOC), expected, `round ${round}`);
  const single = referenceTags(weights, [DOC[1]]);
  for (let round = 0; round < 3; round++) assert.deepEqual(small.tagDocument([DOC[1]]), single, `single ${round}`);
});
