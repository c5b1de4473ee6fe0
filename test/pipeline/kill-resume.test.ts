// Crash safety: `parallax analyze` on a generated corpus is killed (SIGKILL) at random moments,
// several times, then run again to the end; the export must equal an uninterrupted run's, byte for
// byte — on SQLite and on PostgreSQL (whose export must also equal SQLite's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/write-corpus.js';
import { exportJson, seeded, startCli } from './cli-runs.js';
import { freshPostgres, freshSqlite, postgresSkipReason, type StoreLocation } from '../store/store-targets.js';

const ARTICLES = 120;
const KILLS = 3;
const work = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const corpus = join(work, 'corpus');
writeCorpus(corpus, ARTICLES, 11);

async function analyze(db: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return startCli(['analyze', corpus, '--db', db, '--quiet']).done;
}

let reference: { json: string; seconds: number } | null = null;
async function uninterrupted(): Promise<{ json: string; seconds: number }> {
  if (reference) return reference;
  const loc = freshSqlite();
  const t0 = performance.now();
  const run = await analyze(loc.location);
  assert.equal(run.code, 0, run.stderr);
  reference = { json: exportJson(loc.location), seconds: (performance.now() - t0) / 1000 };
  await loc.cleanup();
  return reference;
}

async function killAndResume(loc: StoreLocation, seed: number, t: { diagnostic(msg: string): void }): Promise<string> {
  const ref = await uninterrupted();
  const random = seeded(seed);
  for (let i = 0; i < KILLS; i++) {
    const { child, done } = startCli(['analyze', corpus, '--db', loc.location, '--quiet']);
    // Anywhere from start-up to the end of the corpus steps of an uninterrupted run.
    const delay = Math.round(300 + random() * 0.6 * ref.seconds * 1000);
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    const r = await done;
    clearTimeout(timer);
    t.diagnostic(`run ${i + 1}: killed after ${delay} ms: ${r.signal === 'SIGKILL' ? 'killed' : `finished first (exit ${r.code})`}`);
  }
  const final = await analyze(loc.location);
  assert.equal(final.code, 0, final.stderr);
  return exportJson(loc.location);
}

test('SQLite: runs killed at random points, then resumed, give the uninterrupted export', { timeout: 900_000 }, async (t) => {
  const ref = await uninterrupted();
  const loc = freshSqlite();
  try {
    const json = await killAndResume(loc, 1, t);
    assert.ok(JSON.parse(json).articles.length > ARTICLES / 2);
    assert.ok(json === ref.json, 'export after kills and resume equals the uninterrupted export');
  } finally {
    await loc.cleanup();
  }
});

test('PostgreSQL: runs killed at random points, then resumed, give the uninterrupted SQLite export', { timeout: 900_000 }, async (t) => {
  const skip = await postgresSkipReason();
  if (skip) { t.skip(skip); return; }
  const ref = await uninterrupted();
  const loc = await freshPostgres();
  try {
    const json = await killAndResume(loc, 2, t);
    assert.ok(JSON.parse(json).articles.length > ARTICLES / 2);
    assert.ok(json === ref.json, 'export after kills and resume equals the uninterrupted SQLite export');
  } finally {
    await loc.cleanup();
  }
});
