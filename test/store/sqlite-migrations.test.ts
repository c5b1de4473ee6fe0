// Schema upgrades of an existing SQLite store keep what the provenance index reads: the LSH key
// table moved to a covering layout (migration 10) still answers newest first, bounded per key, with
// the rows written before the upgrade in their original order and new rows after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUCKET_CANDIDATES } from '../../src/provenance/config.js';
import { emptyFetch } from '../../src/store/provenance-rows.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

test('migration 10: LSH key reads keep their order across the upgrade and come from the index alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-migrate-'));
  try {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    for (let v = 0; v < 9; v++) old.exec(MIGRATIONS[v]);
    old.pragma('user_version = 9');
    const add = old.prepare('INSERT INTO prov_keys (key, article_id) VALUES (?, ?)');
    // Key 7 holds more ids than a read returns; ids are not in insertion order, so order by id would fail.
    const order = Array.from({ length: BUCKET_CANDIDATES + 5 }, (_, i) => `z${String(999 - i * 7).padStart(4, '0')}`);
    for (const id of order) { add.run(7, id); add.run(2 ** 52 + 3, id); }
    old.close();

    const store = openSqliteStore(file);
    try {
      const read = (key: number) => store.provenance.fetchNow({ ...emptyFetch(), keys: [key] }).keys[0]?.ids ?? [];
      assert.deepEqual(read(7), order.slice(-BUCKET_CANDIDATES), 'the most recent ids, oldest of them first');
      assert.deepEqual(read(2 ** 52 + 3), order.slice(-BUCKET_CANDIDATES), 'keys at and above 2^52 are exact');
      await store.provenance.commit({ summaries: [], groupAdds: [], keys: [{ id: 'a0000', keys: [7] }], links: [], lineage: [] }, []);
      assert.deepEqual(read(7), [...order.slice(-BUCKET_CANDIDATES + 1), 'a0000'], 'a row written after the upgrade is the newest');
      assert.deepEqual(read(8), []);
      const db = new Database(file, { readonly: true });
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT article_id FROM prov_keys WHERE key = ? ORDER BY seq DESC LIMIT 64').all(7) as { detail: string }[];
      db.close();
      assert.match(plan.map((p) => p.detail).join('\n'), /COVERING INDEX prov_keys_key/);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
