// The tagger remembers the tags of sentences it has seen, keyed by their word forms and each
// token's document case evidence: tags must be those of tagging afresh, whatever the cache holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../../src/language/ner/model-io.js';
import { SentenceCache } from '../../src/language/ner/sentence-cache.js';
import { EntityTagger } from '../../src/language/ner/tagger.js';

// Written for this test. The first sentence recurs in documents where its words are seen lower
// case elsewhere, capitalised elsewhere, or not at all: its tags differ ("lindqvist" seen lower
// case makes "Lindqvist" no name), and must match a fresh run.
const SHARED = 'Harbor Bank said Maria Lindqvist would visit Oslo on Tuesday .';
const DOCS = [
  [SHARED, 'The harbor was quiet .'],
  [SHARED, 'They met at the Harbor Hotel and later at City Hall .'],
  [SHARED],
  ['HARBOR BANK SHARES FALL', SHARED, 'the harbor fees rose , Bank officials said .'],
  [SHARED, 'the bank and the harbor said lindqvist and maria would leave .'],
  [SHARED, 'The harbor was quiet .'],
].map((doc) => doc.map((s) => s.split(' ')));

test('cached sentence tags equal fresh tagging, across documents with different case evidence', () => {
  const { weights } = loadModel();
  const fresh = new EntityTagger(weights, undefined, 0);
  const cached = new EntityTagger(weights);
  const tiny = new EntityTagger(weights, undefined, 40); // dropped and refilled all the time
  const first = DOCS.map((doc) => fresh.tagDocument(doc)[0].join(''));
  assert.ok(new Set(first).size > 1, 'the shared sentence is tagged differently in some document');
  for (let round = 0; round < 3; round++) {
    for (const doc of DOCS) {
      const expected = fresh.tagDocument(doc);
      assert.deepEqual(cached.tagDocument(doc), expected, `round ${round}: ${doc.join(' | ')}`);
      assert.deepEqual(tiny.tagDocument(doc), expected, `tiny, round ${round}`);
    }
  }
  // Word memory dropped between documents (ids reused for other forms): the cache must not answer.
  const small = new EntityTagger(weights, 64);
  for (const doc of [...DOCS, ...DOCS]) assert.deepEqual(small.tagDocument(doc), fresh.tagDocument(doc));
});

test('SentenceCache compares whole keys, not hashes', () => {
  const cache = new SentenceCache(1 << 10);
  const ids = Int32Array.from([5, 6, 7, 5, 6, 8]);
  const cases = Uint8Array.from([0, 1, 0, 0, 1, 0]);
  const tags = Uint8Array.from([1, 2, 0, 3, 4, 0]);
  cache.set(42, ids, cases, 0, 3, tags);
  const out = new Uint8Array(6);
  // Same hash, different words or case evidence: no answer.
  assert.equal(cache.get(42, ids, cases, 3, 6, out), false);
  const otherCase = Uint8Array.from([0, 2, 0, 0, 1, 0]);
  assert.equal(cache.get(42, ids, otherCase, 0, 3, out), false);
  assert.equal(cache.get(42, ids, cases, 0, 2, out), false);
  assert.equal(cache.get(42, ids, cases, 0, 3, out), true);
  assert.deepEqual([...out.subarray(0, 3)], [1, 2, 0]);
  cache.clear();
  assert.equal(cache.get(42, ids, cases, 0, 3, out), false);
  assert.equal(SentenceCache.hash(ids, cases, 0, 3) === SentenceCache.hash(ids, otherCase, 0, 3), false);
});

test('tokens read from the document text tag as tokens read from their own strings', () => {
  const { weights } = loadModel();
  const text = 'Officials of Harbor Bank met Maria Lindqvist in Oslo.\n\nThe bank’s chief, Tomasz Wolny, declined to comment.';
  const tokens: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}’]+|\S/gu)) tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  const ranges = [{ start: 0, end: 10 }, { start: 10, end: tokens.length }];
  const a = new EntityTagger(weights).tagTokens(tokens, ranges, [], text);
  const b = new EntityTagger(weights).tagTokens(tokens.map((t) => ({ text: t.text })), ranges);
  assert.deepEqual(a, b);
  assert.ok(a.some((t) => t !== 0));
});
