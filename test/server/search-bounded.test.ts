// Search with bounded cost (issue 7): the window of newest matches, "N+" totals, BM25 below the
// window and title-first ranking above it, filters as index-read sets, and plans that never scan
// the articles table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { SEARCH_WINDOW } from '../../src/store/search-limits.js';
import { buildServer } from '../../src/server/app.js';
import type { ExtractedArticle } from '../../src/model/article.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

const OUTLETS = ['Harbour Post', 'Valley Times', 'Ridge Courier'];
const page = { limit: 20, offset: 0 };

/** `count` articles about ferries, in id (= storage) order; every 10th also mentions a lighthouse. */
function ferryArticles(count: number): ExtractedArticle[] {
  return Array.from({ length: count }, (_, i) => makeArticle({
    id: `f${String(i).padStart(5, '0')}`,
    title: i === 100 ? 'Ferry strike ends' : `Harbour report ${i}`,
    text: `The ferry crossed the strait on day ${i}.${i % 10 === 0 ? ' The lighthouse keeper waved.' : ''}`,
    published: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: { name: OUTLETS[i % 3], domain: null },
    language: i % 2 ? 'en' : 'de',
    flags: i % 5 === 0 ? [{ flag: 'no_byline', evidence: '' }] : [],
  }));
}

async function ferryStore(count: number): Promise<SqliteStore> {
  const store = openSqliteStore(':memory:');
  const articles = ferryArticles(count);
  for (let i = 0; i < articles.length; i += 1000) await store.articles.saveMany(articles.slice(i, i + 1000).map((a) => makeWrite(a)));
  return store;
}

test('a common word: total stops at the window, title matches first, then newest first, pages without overlap', async () => {
  const store = await ferryStore(SEARCH_WINDOW + 50);
  const first = await store.articles.search('ferry', {}, page);
  assert.equal(first.total, SEARCH_WINDOW);
  assert.equal(first.total_capped, true);
  assert.equal(first.items[0].id, 'f00100', 'the only title match leads although it is old');
  const newest = `f${String(SEARCH_WINDOW + 49).padStart(5, '0')}`;
  assert.equal(first.items[1].id, newest, 'then the newest');
  assert.ok(first.items[0].score > first.items[1].score);
  const second = await store.articles.search('ferry', {}, { limit: 20, offset: 20 });
  const ids = [...first.items, ...second.items].map((h) => h.id);
  assert.equal(new Set(ids).size, 40, 'no article on two pages');
  assert.deepEqual(second.items.map((h) => h.id), [...second.items.map((h) => h.id)].sort().reverse(), 'newest first');
  assert.match(first.items[1].snippet, /\u27e6ferry\u27e7/);
  // A phrase is common when one of its words is (BM25 would read that word's every match).
  const phrase = await store.articles.search('"the lighthouse"', {}, page);
  assert.equal(phrase.total, (SEARCH_WINDOW + 50) / 10);
  assert.ok(phrase.items.every((h) => h.score === 1), 'ranked by place, newest first');
  assert.ok((await store.articles.search('lighthouse', {}, page)).items.every((h) => h.score !== 1 && h.score !== 2), 'a rarer word: BM25');
  await store.close();
});

test('a rarer word: exact total, BM25 with the title weighted, ties to the most recently stored', async () => {
  const store = await ferryStore(300);
  const hits = await store.articles.search('lighthouse', {}, { limit: 50, offset: 0 });
  assert.equal(hits.total, 30);
  assert.equal(hits.total_capped, false);
  assert.deepEqual(hits.items.map((h) => h.id), ferryArticles(300).filter((_, i) => i % 10 === 0).map((a) => a.id).reverse(), 'equal scores: newest first');
  await store.articles.save(makeWrite(makeArticle({ id: 'zz-title', title: 'Lighthouse restored', text: 'Volunteers finished the work.' })));
  await store.articles.save(makeWrite(makeArticle({ id: 'zz-late', title: 'Later news', text: 'A lighthouse, then nothing more of note happened here today.' })));
  const ranked = await store.articles.search('lighthouse', {}, page);
  assert.equal(ranked.items[0].id, 'zz-title', 'a title match outranks body matches');
  assert.equal(ranked.items[1].id, 'zz-late');
  assert.equal((await store.articles.search('lighthouse', {}, { limit: 20, offset: 40 })).total, 32, 'the total also past the last page');
  await store.close();
});

test('filters give exactly the matches that pass them, with either ranking', async () => {
  const store = await ferryStore(SEARCH_WINDOW + 50);
  const all = ferryArticles(SEARCH_WINDOW + 50);
  const cases: [Record<string, string>, (a: ExtractedArticle) => boolean][] = [
    [{ outlet: 'valley TIMES' }, (a) => a.outlet?.name === 'Valley Times'],
    [{ language: 'de' }, (a) => a.language === 'de'],
    [{ from: '2025-03-05', to: '2025-03-06' }, (a) => a.published! >= '2025-03-05' && a.published! <= '2025-03-06'],
    [{ flag: 'no_byline' }, (a) => a.flags.length > 0],
    [{ outlet: 'Ridge Courier', from: '2025-03-20' }, (a) => a.outlet?.name === 'Ridge Courier' && a.published! >= '2025-03-20'],
  ];
  for (const [filter, keep] of cases) {
    for (const [q, has] of [['ferry', () => true], ['lighthouse', (a: ExtractedArticle) => a.text.includes('lighthouse')]] as const) {
      const want = all.filter((a) => keep(a) && has(a));
      const got = await store.articles.search(q, filter, { limit: 200, offset: 0 });
      assert.equal(got.total, Math.min(want.length, SEARCH_WINDOW), `${q} ${JSON.stringify(filter)}`);
      const wanted = new Set(want.map((a) => a.id));
      assert.ok(got.items.every((h) => wanted.has(h.id)), `${q} ${JSON.stringify(filter)}: only passing articles`);
      assert.equal(got.items.length, Math.min(200, want.length));
    }
  }
  await store.close();
});

test('query plans read indexes only: no scan of the articles table, filters from covering indexes', async () => {
  const store = await ferryStore(50);
  const seen: string[] = [];
  const prepare = store.db.prepare.bind(store.db);
  store.db.prepare = ((sql: string) => { seen.push(sql); return prepare(sql); }) as typeof store.db.prepare;
  await store.entities.replaceDerived({ newLocals: [], entities: [], links: [{ article_id: 'f00003', key: 'k', entity_id: 'e1' }], quotes: [] });
  const filters = [{}, { outlet: 'Harbour Post' }, { language: 'en' }, { from: '2025-03-02', to: '2025-03-09' }, { flag: 'no_byline' }, { entity: 'e1' }];
  for (const f of filters) for (const q of ['ferry', 'lighthouse keeper']) await store.articles.search(q, f, page);
  store.db.prepare = prepare;
  const searchSql = [...new Set(seen)].filter((s) => s.includes('articles_fts') || s.includes('json_each'));
  assert.ok(searchSql.length >= filters.length);
  const params = { match: '"ferry"', outlet: 'x', language: 'en', from: 'a', to: 'b', flag: 'x', entity: 'e1', lo: 1, limit: 20, offset: 0, page: '[]' };
  for (const sql of searchSql) {
    const names = new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]));
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(Object.fromEntries(Object.entries(params).filter(([k]) => names.has(k)))) as { detail: string }[]).map((r) => r.detail);
    for (const step of plan) {
      assert.doesNotMatch(step, /^SCAN (a|articles|af|el|l)\b/, `${step}\n in ${sql}`);
      // Per match, an article row (raw input and text, over many pages) must not be read.
      if (sql.includes('articles_fts')) assert.doesNotMatch(step, /^SEARCH (a|articles|l) USING INTEGER PRIMARY KEY/, `${step}\n in ${sql}`);
    }
  }
  await store.close();
});

test('the API carries total_capped', async () => {
  const store = await ferryStore(30);
  const app = await buildServer({ store });
  const body = (await app.inject('/api/search?q=ferry&limit=5')).json();
  assert.equal(body.total, 30);
  assert.equal(body.total_capped, false);
  assert.equal(body.items.length, 5);
  await app.close();
  await store.close();
});
