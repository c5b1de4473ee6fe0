// Determinism across stores: the demo corpus analysed into SQLite and into PostgreSQL exports the
// same document, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parallax } from '../helpers/cli.js';
import { freshPostgres, freshSqlite, postgresSkipReason } from './store-targets.js';
import { exportJson, startCli } from '../pipeline/cli-runs.js';

test('the demo corpus gives the same export from SQLite and PostgreSQL', { timeout: 600_000 }, async (t) => {
  const skip = await postgresSkipReason();
  if (skip) { t.skip(skip); return; }
  const sqlite = freshSqlite();
  const postgres = await freshPostgres();
  try {
    const args = (db: string) => ['analyze', 'examples/corpus', '--db', db, '--outlets', 'examples/outlets.json', '--quiet'];
    const runs = await Promise.all([startCli(args(sqlite.location)).done, startCli(args(postgres.location)).done]);
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const a = exportJson(sqlite.location);
    const b = exportJson(postgres.location);
    assert.equal(JSON.parse(a).articles.length, 32);
    assert.ok(a === b, 'exports are identical');
    const search = parallax(['search', 'Varga', '--db', postgres.location, '--json']);
    assert.equal(search.status, 0, search.stderr);
    assert.ok(JSON.parse(search.stdout).total > 0, 'search works on PostgreSQL');
  } finally {
    await sqlite.cleanup();
    await postgres.cleanup();
  }
});
