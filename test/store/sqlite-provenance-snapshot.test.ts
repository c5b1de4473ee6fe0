// A provenance step's run phase reads the SQLite store through one read transaction (readingNow):
// while another connection commits, every read of the run sees the snapshot taken at its start,
// and the connection keeps its page cache (SQLite drops it at the start of a read transaction
// that follows another connection's commit). The next read after the run sees the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyFetch } from '../../src/store/provenance-rows.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const addKey = (id: string) => ({ summaries: [], groupAdds: [], keys: [{ id, keys: [7] }], links: [], lineage: [] });

test('readingNow: reads inside it see one snapshot while another connection commits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-snapshot-'));
  const file = join(dir, 'store.db');
  const reader = openSqliteStore(file);
  const writer = openSqliteStore(file);
  try {
    await writer.provenance.commit(addKey('a1'), []);
    const read = () => reader.provenance.fetchNow({ ...emptyFetch(), keys: [7] }).keys[0]?.ids ?? [];
    const seen = reader.provenance.readingNow(() => {
      const before = read();
      // better-sqlite3 is synchronous: the writer's transaction has committed when commit() returns.
      void writer.provenance.commit(addKey('a2'), []);
      return [before, read()];
    });
    assert.deepEqual(seen, [['a1'], ['a1']], 'the second read sees the snapshot of the first');
    assert.deepEqual(read(), ['a1', 'a2'], 'after it, the commit is seen');
    assert.throws(() => reader.provenance.readingNow(() => { throw new Error('missed a row'); }), /missed a row/);
    assert.deepEqual(read(), ['a1', 'a2'], 'a read that throws ends its transaction');
  } finally {
    await reader.close();
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
