// A first write into empty tables builds their secondary indexes once at the end (bulk-load.ts):
// the indexes are gone while the rows go in, come back exactly as the schema made them, answer the
// queries that need them, and a table that already has rows keeps its indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { dropIndexesOfEmptyTables, explicitIndexes as indexesOf } from '../../src/store/sqlite/bulk-load.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Entity, Quote } from '../../src/model/export.js';

function plan(db: Database.Database, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

async function withStore(run: (store: ReturnType<typeof openSqliteStore>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bulk-'));
  const store = openSqliteStore(join(dir, 'bulk.db'));
  try {
    await run(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an empty table loses its explicit indexes for the load and gets the same ones back', async () => {
  await withStore(async (store) => {
    const db = store.db;
    const before = indexesOf(db, 'entity_links');
    assert.ok(before.some((i) => i.name === 'entity_links_entity'), 'the schema indexes links by entity');
    db.transaction(() => {
      const rebuild = dropIndexesOfEmptyTables(db, ['entity_links']);
      assert.deepEqual(indexesOf(db, 'entity_links'), [], 'no explicit index while the rows go in');
      const put = db.prepare('INSERT INTO entity_links (article_id, key, entity_id) VALUES (?, ?, ?)');
      for (let i = 0; i < 50; i++) put.run(`a${i}`, 'PERSON:x', `e${i % 7}`);
      rebuild();
    })();
    assert.deepEqual(indexesOf(db, 'entity_links'), before);
    assert.match(plan(db, 'SELECT article_id FROM entity_links WHERE entity_id = ?', 'e3'), /INDEX entity_links_entity/);
    assert.equal((db.prepare('SELECT count(*) AS n FROM entity_links WHERE entity_id = ?').get('e3') as { n: number }).n, 7);
  });
});

test('a table with rows keeps its indexes, and a rollback restores dropped ones', async () => {
  await withStore(async (store) => {
    const db = store.db;
    db.prepare('INSERT INTO entity_links (article_id, key, entity_id) VALUES (?, ?, ?)').run('a', 'PERSON:x', 'e');
    const links = indexesOf(db, 'entity_links');
    const quotes = indexesOf(db, 'quotes');
    assert.ok(quotes.length >= 2);
    assert.throws(() => db.transaction(() => {
      dropIndexesOfEmptyTables(db, ['entity_links', 'quotes']);
      assert.deepEqual(indexesOf(db, 'entity_links'), links, 'entity_links has a row: kept');
      assert.deepEqual(indexesOf(db, 'quotes'), [], 'quotes is empty: dropped');
      throw new Error('stop');
    })(), /stop/);
    assert.deepEqual(indexesOf(db, 'quotes'), quotes, 'the rollback brought them back');
  });
});

test("the entity step's first write into an empty store leaves every index in place and answers by speaker", async () => {
  await withStore(async (store) => {
    const db = store.db;
    const tables = ['entities', 'entity_links', 'quotes'];
    const before = tables.map((t) => indexesOf(db, t));
    const entity: Entity = { id: 'ent-1', name: 'Wang Wenbin', type: 'PERSON', aliases: [], roles: [], article_ids: ['a1', 'a2'], mentions: 2 };
    const quote = (article: string): Quote => ({ id: `${article}:0`, article_id: article, text: 'We oppose it.', kind: 'direct', speaker: { name: 'Wang Wenbin', entity_id: 'ent-1' }, cue: 'said', start: 0, end: 12 });
    const write = (articles: string[]) => store.entities.applyChanges({
      newLocals: [], putEntities: [entity], removeEntities: [],
      putLinks: articles.map((a) => ({ article_id: a, key: 'PERSON:wang wenbin', entity_id: 'ent-1' })), removeLinks: [],
      quoteArticles: articles, quotes: (async function* () { for (const a of articles) yield quote(a); })(),
    });
    await write(['a1', 'a2']);
    assert.deepEqual(tables.map((t) => indexesOf(db, t)), before);
    await write(['a3']); // not empty any more: the incremental path, indexes kept throughout
    assert.deepEqual(tables.map((t) => indexesOf(db, t)), before);
    const bySpeaker = await store.quotes.list({ speaker: 'ent-1' }, { limit: 10, offset: 0 });
    assert.deepEqual(bySpeaker.items.map((q) => q.article_id).sort(), ['a1', 'a2', 'a3']);
    assert.match(plan(db, 'SELECT id FROM quotes WHERE speaker_id = ?', 'ent-1'), /INDEX quotes_speaker/);
  });
});
