import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunksOf, conllEval, readConll, toIob2 } from '../../src/language/ner/conll.js';

test('chunksOf: conlleval IOB1 semantics', () => {
  assert.deepEqual(chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
  ]);
  assert.deepEqual(chunksOf(['I-LOC', 'B-LOC', 'I-LOC']), [
    { type: 'LOC', start: 0, end: 1 },
    { type: 'LOC', start: 1, end: 3 },
  ]);
  assert.deepEqual(chunksOf(['I-ORG', 'I-MISC']), [
    { type: 'ORG', start: 0, end: 1 },
    { type: 'MISC', start: 1, end: 2 },
  ]);
  assert.deepEqual(chunksOf(['O', 'O']), []);
});

test('toIob2 converts IOB1 chunk starts to B-', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']);
});

test('conllEval: exact span and type', () => {
  const gold = [['I-PER', 'I-PER', 'O', 'I-LOC']];
  const perfect = conllEval(gold, gold).overall;
  assert.equal(perfect.f1, 1);
  const r = conllEval(gold, [['I-PER', 'O', 'O', 'I-ORG']]);
  assert.equal(r.overall.correct, 0);
  assert.equal(r.overall.predicted, 2);
  assert.equal(r.overall.gold, 2);
  const half = conllEval(gold, [['B-PER', 'I-PER', 'O', 'I-MISC']]); // B- at the start is still one chunk
  assert.equal(half.overall.correct, 1);
  assert.equal(half.byType.PER.f1, 1);
});

test('readConll: documents and sentences', () => {
  const text = 'Alpha NNP I-NP I-ORG\nwins VBZ I-VP O\n\nBeta NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nGamma NNP I-NP I-LOC\n';
  const docs = readConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].map((s) => s.words), [['Alpha', 'wins'], ['Beta']]);
  assert.deepEqual(docs[1][0].tags, ['I-LOC']);
});
