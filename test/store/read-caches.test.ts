// The API's read caches (src/store/sqlite/read-generation.ts) never serve data older than the last
// write: story-list totals and search window counts change with writes made through the same
// connection and through another one (an ingest worker, `parallax analyze` in another process).
// Also the story list's outlet and flag counts, counted in JS, in SQL's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Story } from '../../src/model/export.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

function story(id: string, articleIds: string[]): Story {
  return {
    id, label: `Story ${id}`, level: 'story', parent_id: null, article_ids: articleIds, first_date: '2025-03-01', last_date: '2025-03-02',
    summary: [], coverage: null, quote_variants: [], framing: [], conflicts: [],
  };
}

const ferry = (n: number, outlet: string | null, flags: string[] = []) => makeArticle({
  id: `a${n}`, title: `Ferry report ${n}`, text: `The ferry crossed the strait on day ${n}.`,
  outlet: outlet ? { name: outlet, domain: null } : null, flags: flags.map((flag) => ({ flag, evidence: '' })),
});

test('story list: outlets and flags per story, most articles first, then by name; none leak between stories', async () => {
  const store = openSqliteStore(':memory:');
  const outlets = ['Zeta', 'Alpha', 'Zeta', 'beta', null, 'Alpha', 'Zeta'];
  await store.articles.saveMany(outlets.map((o, i) => makeWrite(ferry(i, o, i % 2 ? ['garbled', 'no_byline'] : ['garbled']))));
  await store.stories.replaceAll([story('s1', ['a0', 'a1', 'a2', 'a3', 'a4', 'a5']), story('s2', ['a6'])]);
  const { items, total } = await store.stories.list({ level: 'story' }, { limit: 10, offset: 0 });
  assert.equal(total, 2);
  assert.deepEqual(items[0].outlets, [{ name: 'Alpha', articles: 2 }, { name: 'Zeta', articles: 2 }, { name: 'beta', articles: 1 }, { name: 'unknown', articles: 1 }]);
  assert.deepEqual(items[0].flags, [{ flag: 'garbled', articles: 6 }], 'no_byline is not listed');
  assert.deepEqual(items[1].outlets, [{ name: 'Zeta', articles: 1 }]);
  const ofArticle = await store.stories.list({ level: 'story', article: 'a6' }, { limit: 10, offset: 0 });
  assert.deepEqual(ofArticle.items.map((s) => s.id), ['s2']);
  assert.equal(ofArticle.total, 1);
  assert.deepEqual((await store.stories.list({ outlet: 'ZETA' }, { limit: 10, offset: 0 })).items.map((s) => s.id), ['s1', 's2'], 'outlets match without case');
  await store.close();
});

test('cached totals and search counts follow writes by this connection', async () => {
  const store = openSqliteStore(':memory:');
  await store.articles.saveMany([0, 1, 2].map((i) => makeWrite(ferry(i, 'Alpha'))));
  await store.stories.replaceAll([story('s1', ['a0'])]);
  assert.equal((await store.stories.list({ level: 'story' }, { limit: 10, offset: 0 })).total, 1);
  assert.equal((await store.articles.search('ferry', {}, { limit: 10, offset: 0 })).total, 3);
  await store.articles.saveMany([3, 4].map((i) => makeWrite(ferry(i, 'Alpha'))));
  await store.stories.replaceAll([story('s1', ['a0']), story('s2', ['a1', 'a2'])]);
  assert.equal((await store.stories.list({ level: 'story' }, { limit: 10, offset: 0 })).total, 2);
  assert.equal((await store.articles.search('ferry', {}, { limit: 10, offset: 0 })).total, 5);
  assert.equal((await store.articles.search('ferry', {}, { limit: 10, offset: 10 })).total, 5, 'a later page too');
  await store.close();
});

test('cached totals and search counts follow writes by another connection', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-read-caches-'));
  try {
    const reader = openSqliteStore(join(dir, 'store.db'));
    const writer = openSqliteStore(join(dir, 'store.db'));
    await writer.articles.saveMany([0, 1].map((i) => makeWrite(ferry(i, 'Alpha'))));
    await writer.stories.replaceAll([story('s1', ['a0'])]);
    assert.equal((await reader.articles.search('ferry', {}, { limit: 10, offset: 0 })).total, 2);
    assert.equal((await reader.stories.list({ level: 'story' }, { limit: 10, offset: 0 })).total, 1);
    await writer.articles.saveMany([2, 3, 4].map((i) => makeWrite(ferry(i, 'Beta'))));
    await writer.stories.replaceAll([story('s1', ['a0']), story('s2', ['a2', 'a3'])]);
    const hits = await reader.articles.search('ferry', {}, { limit: 10, offset: 0 });
    assert.equal(hits.total, 5);
    assert.equal(hits.items.length, 5);
    const list = await reader.stories.list({ level: 'story' }, { limit: 10, offset: 0 });
    assert.equal(list.total, 2);
    assert.deepEqual(list.items[0].outlets, [{ name: 'Beta', articles: 2 }]);
    await reader.close();
    await writer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
