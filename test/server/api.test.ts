import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.js';
import { buildServer } from '../../src/server/app.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

async function fixture(options: { readToken?: string; rateLimitPerMinute?: number } = {}) {
  const store = await openStore(':memory:');
  await store.articles.saveMany([
    makeWrite(makeArticle({ id: 'a1', title: 'Summit in Valdora', published: '2025-03-14', text: 'Ilse Varga spoke in Valdora.' })),
    makeWrite(makeArticle({ id: 'a2', title: '<script>alert(1)</script>', published: '2025-03-15', text: 'Hostile <img src=x onerror=alert(1)> text.' })),
  ]);
  const app = await buildServer({ store, ...options });
  return { app, store };
}

test('lists, single records and search follow the { items, total } contract', async () => {
  const { app, store } = await fixture();
  const list = await app.inject('/api/articles?limit=1');
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().total, 2);
  assert.equal(list.json().items.length, 1);
  const one = await app.inject('/api/articles/a1');
  assert.equal(one.json().title, 'Summit in Valdora');
  assert.deepEqual(one.json().duplicates, []);
  const hits = await app.inject('/api/search?q=valdora');
  assert.equal(hits.json().total, 1);
  assert.equal(hits.json().items[0].id, 'a1');
  await app.close();
  await store.close();
});

test('errors are RFC 9457 problem details', async () => {
  const { app, store } = await fixture();
  for (const [url, status] of [['/api/articles/nope', 404], ['/api/articles/..%2F..%2Fetc', 400], ['/api/search', 400], ['/api/articles?limit=-5', 400], ['/api/nothing', 404]] as const) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, status, url);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(res.json().status, status);
    assert.ok(res.json().title);
  }
  await app.close();
  await store.close();
});

test('every response carries a strict Content-Security-Policy', async () => {
  const { app, store } = await fixture();
  const res = await app.inject('/api/articles/a2');
  assert.match(res.headers['content-security-policy'] as string, /script-src 'self'/);
  assert.doesNotMatch(res.headers['content-security-policy'] as string, /unsafe-inline/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.json().title, '<script>alert(1)</script>', 'JSON carries text verbatim; the UI escapes it');
  await app.close();
  await store.close();
});

test('a read token guards the API when configured', async () => {
  const { app, store } = await fixture({ readToken: 's3cret' });
  assert.equal((await app.inject('/api/articles')).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/articles', headers: { authorization: 'Bearer wrong!' } })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/articles', headers: { authorization: 'Bearer s3cret' } })).statusCode, 200);
  await app.close();
  await store.close();
});

test('the per-client rate limit answers 429 as a problem', async () => {
  const { app, store } = await fixture({ rateLimitPerMinute: 3 });
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await app.inject('/api/articles')).statusCode);
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  await app.close();
  await store.close();
});

test('the OpenAPI document describes the article endpoints', async () => {
  const { app, store } = await fixture();
  const doc = (await app.inject('/api/openapi.json')).json();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/api/articles/{id}']);
  assert.ok(doc.components.schemas.Article.properties.removed);
  await app.close();
  await store.close();
});
