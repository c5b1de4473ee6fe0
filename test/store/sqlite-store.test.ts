import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

const valdora = makeArticle({
  id: 'a1', title: 'Valdora summit ends without a deal', published: '2025-03-14', language: 'en',
  outlet: { name: 'Meridian Press Agency', domain: 'mpa.example' },
  text: 'Foreign Minister Ilse Varga said the talks in Valdora would resume next week.',
  flags: [{ flag: 'no_byline', evidence: 'no author line found' }],
});
const osterfeld = makeArticle({
  id: 'a2', title: 'Osterfeld vote postponed', published: '2025-04-02', language: 'de',
  outlet: { name: 'Osterfeld Gazette', domain: null }, text: 'Die Abstimmung in Osterfeld wurde verschoben.',
});

test('saving the same article twice stores it once and reports unchanged', async () => {
  const store = await openStore(':memory:');
  assert.deepEqual(await store.articles.saveMany([makeWrite(valdora), makeWrite(osterfeld)]), ['stored', 'stored']);
  assert.deepEqual(await store.articles.saveMany([makeWrite(valdora)]), ['unchanged']);
  assert.equal(await store.articles.count(), 2);
  assert.equal(await store.articles.save(makeWrite(valdora, '2')), 'updated', 'a new stage version rewrites the record');
  await store.close();
});

test('get returns the export shape with provenance defaults; getRaw returns the raw input', async () => {
  const store = await openStore(':memory:');
  await store.articles.save(makeWrite(valdora));
  const a = await store.articles.get('a1');
  assert.ok(a);
  assert.equal(a.title, valdora.title);
  assert.deepEqual(a.duplicates, []);
  assert.equal(a.diff, null);
  assert.match((await store.articles.getRaw('a1'))!.raw, /^raw a1/);
  assert.equal(await store.articles.get('missing'), null);
  await store.close();
});

test('search matches words and phrases, ignores query syntax, applies filters', async () => {
  const store = await openStore(':memory:');
  await store.articles.saveMany([makeWrite(valdora), makeWrite(osterfeld)]);
  const page = { limit: 10, offset: 0 };
  const hits = await store.articles.search('varga talks', {}, page);
  assert.equal(hits.total, 1);
  assert.equal(hits.items[0].id, 'a1');
  assert.match(hits.items[0].snippet, /\u27e6Varga\u27e7/);
  assert.equal((await store.articles.search('"resume next week"', {}, page)).total, 1);
  assert.equal((await store.articles.search('"next resume"', {}, page)).total, 0);
  assert.equal((await store.articles.search('summ*', {}, page)).total, 1, 'prefix search');
  for (const hostile of ['NEAR(', '"unclosed', 'a OR', '*', ')(', "'; DROP TABLE articles; --"]) {
    await store.articles.search(hostile, {}, page); // must not throw
  }
  assert.equal(await store.articles.count(), 2);
  assert.equal((await store.articles.search('valdora', { outlet: 'osterfeld gazette' }, page)).total, 0);
  assert.equal((await store.articles.search('valdora', { from: '2025-03-14', to: '2025-03-14' }, page)).total, 1);
  assert.equal((await store.articles.search('valdora', { flag: 'garbled' }, page)).total, 0);
  await store.close();
});

test('list filters by outlet, language, flag and dates, pages, and counts', async () => {
  const store = await openStore(':memory:');
  await store.articles.saveMany([makeWrite(valdora), makeWrite(osterfeld)]);
  const all = await store.articles.list({}, { limit: 1, offset: 0 });
  assert.equal(all.total, 2);
  assert.equal(all.items.length, 1);
  assert.equal(all.items[0].id, 'a2', 'newest first');
  assert.equal((await store.articles.list({ language: 'de' }, { limit: 10, offset: 0 })).items[0].id, 'a2');
  assert.deepEqual((await store.articles.list({ flag: 'no_byline' }, { limit: 10, offset: 0 })).items.map((i) => i.id), ['a1']);
  assert.equal((await store.articles.list({ from: '2025-04-01' }, { limit: 10, offset: 0 })).total, 1);
  await store.close();
});

test('a file store reopens with its data and remembers read inputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  try {
    const file = join(dir, 'nested', 'p.db');
    let store = await openStore(file);
    await store.articles.save(makeWrite(valdora));
    await store.inputs.record({ sha256: 'f00', source: 'x.txt', size: 3, records: 1 });
    await store.close();
    store = await openStore(file);
    assert.equal(await store.articles.count(), 1);
    assert.equal(await store.inputs.has('f00'), true);
    assert.equal(await store.inputs.has('f01'), false);
    const ids: string[] = [];
    for await (const a of store.articles.iterate()) ids.push(a.id);
    assert.deepEqual(ids, ['a1']);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
