// Adding articles through the API: off without a write token, 401/403 on missing or wrong tokens,
// per-item results, bad files named, size limits, and the new records in search, stories and entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { buildServer } from '../../src/server/app.js';
import { MAX_FILE_BYTES } from '../../src/server/ingest/limits.js';

const TOKEN = 'test-write-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

// Fictional articles written for this test.
const ARTICLE_A = [
  'Brelmark council approves new tram line',
  '',
  'BRELMARK — The Brelmark city council approved a new tram line on Tuesday after a long debate.',
  '"This line will connect the harbour with the old town," said Mayor Odile Farrent.',
  'The Brelmark tram line will cost 40 million euros and open in 2027, the council said.',
].join('\n');
const ARTICLE_B = [
  'Tram line for Brelmark gets the green light',
  '',
  'BRELMARK — Councillors in Brelmark voted on Tuesday to build a new tram line.',
  '"This line will connect the harbour with the old town," Mayor Odile Farrent told reporters.',
  'The project is expected to cost 40 million euros, with the first trams running in 2027.',
].join('\n');

async function fixture(options: { writeToken?: string | null; readToken?: string; rateLimitPerMinute?: number } = {}) {
  const store = await openStore(':memory:');
  const app = await buildServer({ store, writeToken: TOKEN, ...options });
  return { app, store, close: async () => { await app.close(); await store.close(); } };
}

function multipart(files: { name: string; content: Buffer | string; type?: string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----parallax-test-boundary';
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`));
    parts.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

test('ingest is off without a write token: meta says so and POST answers 405', async () => {
  const { app, close } = await fixture({ writeToken: null });
  const meta = (await app.inject('/api/meta')).json();
  assert.equal(meta.ingest.enabled, false);
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { items: [{ text: ARTICLE_A }] } });
  assert.equal(res.statusCode, 405);
  assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal(res.json().title, 'Ingest is off');
  await close();
});

test('a missing token gets 401, a wrong one 403, both as problem details and before anything is stored', async () => {
  const { app, store, close } = await fixture();
  assert.equal((await app.inject('/api/meta')).json().ingest.enabled, true);
  const body = { items: [{ text: ARTICLE_A }] };
  const none = await app.inject({ method: 'POST', url: '/api/articles', payload: body });
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().status, 401);
  const wrong = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer not-the-token-0000000000' }, payload: body });
  assert.equal(wrong.statusCode, 403);
  const basic = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Basic ${TOKEN}` }, payload: body });
  assert.equal(basic.statusCode, 401);
  assert.equal(await store.articles.count(), 0);
  await close();
});

test('JSON items are stored with per-item results and appear in search, stories and entities', async () => {
  const { app, close } = await fixture();
  const res = await app.inject({
    method: 'POST', url: '/api/articles', headers: auth,
    payload: { items: [
      { text: ARTICLE_A, outlet: 'Brelmark Post', published: '2026-03-03' },
      { text: ARTICLE_B, outlet: 'Harbour Daily', published: '2026-03-03', url: 'https://harbour-daily.example/tram' },
      { title: 'no body' },
      { text: '   ' },
    ] },
  });
  assert.equal(res.statusCode, 200);
  const r = res.json();
  assert.equal(r.stored, 2);
  assert.equal(r.failed, 2);
  assert.equal(r.items.length, 4);
  assert.equal(r.items[0].status, 'stored');
  assert.match(r.items[0].id, /^[0-9a-f]{16}$/);
  assert.equal(r.items[2].status, 'failed');
  assert.equal(r.items[2].item, 'api:items[2]');
  assert.match(r.items[2].error, /text or html/);
  assert.match(r.items[3].error, /empty/);

  const article = (await app.inject(`/api/articles/${r.items[0].id}`)).json();
  assert.equal(article.outlet.name, 'Brelmark Post');
  const hits = (await app.inject('/api/search?q=tram%20Brelmark')).json();
  assert.deepEqual(hits.items.map((h: { id: string }) => h.id).sort(), [r.items[0].id, r.items[1].id].sort());
  const stories = (await app.inject('/api/stories?limit=50')).json();
  assert.ok(stories.items.some((s: { article_count: number }) => s.article_count === 2), 'the two tellings form one story');
  const entities = (await app.inject('/api/entities?q=Farrent')).json();
  assert.ok(entities.total >= 1, 'the mayor is an entity');

  const again = (await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { items: [{ text: ARTICLE_A, outlet: 'Brelmark Post', published: '2026-03-03' }] } })).json();
  assert.equal(again.items[0].status, 'unchanged');
  assert.equal(again.items[0].id, r.items[0].id);
  await close();
});

test('uploaded files are read like the CLI reads them; a bad file is named and the rest goes on', async () => {
  const { app, close } = await fixture();
  const jsonl = [
    JSON.stringify({ title: 'Brelmark tram approved', text: ARTICLE_A, source: 'Brelmark Post', date: '2026-03-03' }),
    JSON.stringify({ title: 'Green light for tram', text: ARTICLE_B, source: 'Harbour Daily', date: '2026-03-03' }),
  ].join('\n');
  const { payload, headers } = multipart([
    { name: 'feed.jsonl', content: jsonl },
    { name: '../../etc/binary.bin', content: Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 0, 0, 7, 0]) },
    { name: 'note.txt', content: ARTICLE_A.replace('Tuesday', 'Wednesday') },
  ]);
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { ...headers, ...auth }, payload });
  assert.equal(res.statusCode, 200);
  const r = res.json();
  assert.equal(r.stored, 3, JSON.stringify(r));
  const bad = r.items.find((i: { status: string }) => i.status === 'failed');
  assert.equal(bad.item, 'upload:binary.bin', 'directories are dropped from client file names');
  assert.match(bad.error, /binary/);
  assert.ok(r.items.some((i: { item: string }) => i.item === 'upload:feed.jsonl (record 2)'));
  await close();
});

test('a request where every item fails is 422; malformed bodies are 400', async () => {
  const { app, close } = await fixture();
  const { payload, headers } = multipart([{ name: 'empty.txt', content: '' }]);
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { ...headers, ...auth }, payload });
  assert.equal(res.statusCode, 422);
  assert.match(res.json().items[0].error, /empty/);
  for (const body of [{}, { items: [] }, { items: 'x' }, { items: [{ text: 'a' }], extra: 1 }]) {
    const r = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: body });
    assert.equal(r.statusCode, 400, JSON.stringify(body));
    assert.match(r.headers['content-type'] as string, /problem\+json/);
  }
  const text = await app.inject({ method: 'POST', url: '/api/articles', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hello' });
  assert.equal(text.statusCode, 415);
  await close();
});

test('oversize files and bodies are refused with 413', async () => {
  const { app, store, close } = await fixture();
  const big = multipart([{ name: 'big.txt', content: Buffer.alloc(MAX_FILE_BYTES + 10, 'a') }]);
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { ...big.headers, ...auth }, payload: big.payload });
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().title, 'File too large');
  const huge = JSON.stringify({ items: [{ text: 'x'.repeat(9 * 1024 * 1024) }] });
  const r2 = await app.inject({ method: 'POST', url: '/api/articles', headers: { ...auth, 'content-type': 'application/json' }, payload: huge });
  assert.equal(r2.statusCode, 413);
  assert.equal(await store.articles.count(), 0);
  await close();
});

test('writes are rate-limited, and the write token also reads when a read token guards the API', async () => {
  const { app, close } = await fixture({ readToken: 'read-token-abcdefghij', rateLimitPerMinute: 1000 });
  assert.equal((await app.inject({ url: '/api/articles', headers: auth })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/articles', headers: { authorization: 'Bearer read-token-abcdefghij' } })).statusCode, 200);
  const codes: number[] = [];
  for (let i = 0; i < 32; i++) codes.push((await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { items: [{ foo: 1 }] } })).statusCode);
  assert.equal(codes.filter((c) => c === 429).length, 2, 'the 31st and 32nd write in a minute are refused');
  await close();
});

test('on a store file the ingest runs beside the server thread: readers are answered while it works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  const store = await openStore(join(dir, 'store.db'));
  const app = await buildServer({ store, writeToken: TOKEN });
  try {
    const order: string[] = [];
    const write = app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { items: [{ text: ARTICLE_A, outlet: 'Brelmark Post' }] } })
      .then((r) => { order.push('write'); return r; });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const read = await app.inject('/api/articles');
    order.push('read');
    assert.equal(read.statusCode, 200);
    const res = await write;
    assert.deepEqual(order, ['read', 'write'], 'the read did not wait for the ingest');
    assert.equal(res.statusCode, 200, res.body);
    const id = res.json().items[0].id;
    assert.equal((await app.inject(`/api/articles/${id}`)).statusCode, 200, 'the server connection sees what the worker wrote');
    assert.equal((await app.inject('/api/search?q=Farrent')).json().total, 1);
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
