// `parallax serve --workers 2`: worker processes share the port, an article added through one is
// found through every one, the rate limit counts the requests of all of them together, and SIGTERM
// stops the whole group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { repoRoot } from '../../src/util/paths.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

const TOKEN = 'test-write-token-0123456789';
const LIMIT = 20;
// Fictional article written for this test.
const ARTICLE = 'Brelmark council approves new tram line\n\nBRELMARK — The Brelmark city council approved a new tram line on Tuesday, the mayor said.';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Each request on a new connection, so the workers take turns. */
const get = (url: string) => fetch(url, { headers: { connection: 'close' } });

test('serve --workers 2: shared port, writes seen by every worker, one rate limit, clean stop', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-workers-'));
  const db = join(dir, 'store.db');
  const seed = openSqliteStore(db);
  await seed.articles.saveMany([makeWrite(makeArticle({ id: 'a1', title: 'Harbour report', text: 'The ferry crossed the strait.' }))]);
  await seed.close();
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'serve', '--db', db, '--port', String(port),
    '--workers', '2', '--rate-limit', String(LIMIT), '--write-token', TOKEN], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  try {
    let log = '';
    await new Promise<void>((resolve, reject) => {
      server.stderr!.on('data', (d: Buffer) => { log += d.toString(); if (log.includes('Parallax is serving')) resolve(); });
      void exited.then((code) => reject(new Error(`serve exited (${code}): ${log}`)));
    });
    assert.match(log, /2 workers/);
    const base = `http://127.0.0.1:${port}`;

    const added = await fetch(`${base}/api/articles`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ items: [{ text: ARTICLE, outlet: 'Test Wire' }] }),
    });
    assert.equal(added.status, 200, await added.clone().text());
    const { items } = (await added.json()) as { items: { status: string; id: string }[] };
    assert.equal(items[0].status, 'stored');

    let used = 0;
    for (let i = 0; i < 4; i++) {
      const r = await get(`${base}/api/search?q=brelmark`);
      used++;
      assert.equal(r.status, 200);
      assert.deepEqual(((await r.json()) as { items: { id: string }[] }).items.map((h) => h.id), [items[0].id], 'every worker sees the new article');
    }
    let ok = 0;
    for (let i = 0; i < 2 * LIMIT; i++) {
      const r = await get(`${base}/api/meta`);
      await r.arrayBuffer();
      if (r.status === 429) break;
      assert.equal(r.status, 200);
      ok++;
    }
    assert.equal(used + ok, LIMIT, 'the limit counts the requests of both workers together');
  } finally {
    server.kill('SIGTERM');
    assert.equal(await exited, 0);
    rmSync(dir, { recursive: true, force: true });
  }
});
