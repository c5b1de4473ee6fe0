import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { BUCKET_CANDIDATES, MAX_VERIFIED } from '../../src/provenance/config.js';
import { KeyMultimap } from '../../src/provenance/key-multimap.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { summarize } from '../../src/provenance/summarize.js';
import { article, articleText } from './fixtures.js';

test('the key multimap keeps every value, most recent first, across rehashes', () => {
  const m = new KeyMultimap(16);
  const big = 2 ** 52 - 1;
  for (let i = 0; i < 5000; i++) m.add(i * 7919, i);
  m.add(big, 1);
  m.add(big, 2);
  m.add(big, 3);
  assert.equal(m.size, 5003);
  const got: number[] = [];
  m.forEach(big, (v) => void got.push(v));
  assert.deepEqual(got, [3, 2, 1]);
  assert.equal(m.count(4999 * 7919), 1);
  assert.equal(m.count(123456789), 0);
  const first: number[] = [];
  m.forEach(big, (v) => (first.push(v), false));
  assert.deepEqual(first, [3]);
  const some: number[] = [];
  m.collect(big, some, 2);
  m.collect(4999 * 7919, some, 2);
  assert.deepEqual(some, [3, 2, 4999]);
});

test('the memory index rebuilds summaries and groups from its columns', () => {
  const index = new MemoryProvenanceIndex();
  const text = articleText(70, 3);
  const a = article('a', text);
  const s = summarize(a);
  index.putArticle(a, s);
  index.addToGroup(s.textHash, 'a');
  index.putArticle(article('b', text), { ...s, id: 'b' });
  index.addToGroup(s.textHash, 'b');
  index.addToGroup(s.textHash, 'b');
  assert.deepEqual(index.groupOf(s.textHash), ['a', 'b']);
  assert.deepEqual(index.groupOf('0000000000000000ff'), []);
  const back = index.getSummary('a')!;
  assert.equal(back.textHash, s.textHash);
  assert.equal(back.tokenCount, s.tokenCount);
  assert.deepEqual(back.signature, s.signature);
  assert.equal(index.getLineage('a'), undefined);
  index.putLineage({ id: 'a', original: null, diff: null });
  assert.deepEqual(index.getLineage('a'), { id: 'a', original: null, diff: null });
  const lean = new MemoryProvenanceIndex({ lean: true });
  lean.putArticle(a, s);
  assert.equal(lean.getSummary('a')!.signature, null);
  assert.equal(lean.getSummary('a')!.shingleCount, s.shingleCount);
});

test('a giant bucket of near copies costs bounded verification per article', () => {
  const base = articleText(71, 6);
  const words = base.split(' ');
  // 150 near copies of one text, each with one different word: every pair is a copy pair.
  const arts = Array.from({ length: 150 }, (_, i) => {
    const w = [...words];
    w[10 + (i % 200)] = `variant${i}`;
    return article(`n${String(i).padStart(3, '0')}`, w.join(' '));
  });
  const index = new MemoryProvenanceIndex();
  let verified = 0;
  for (let i = 0; i < arts.length; i += 10) verified += addArticles(arts.slice(i, i + 10), index).stats.verified;
  assert.ok(verified <= arts.length * MAX_VERIFIED, `verified ${verified}`);
  assert.ok(index.lookup(summarize(arts[0]).keys).length <= summarize(arts[0]).keys.length * BUCKET_CANDIDATES);
  // Each article is still linked to many of the others.
  assert.ok(provenanceOf('n149', index).duplicates.length >= MAX_VERIFIED / 2);
});
