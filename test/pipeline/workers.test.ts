// Distributed work on PostgreSQL: `analyze --enqueue`, then three `parallax worker` processes, one
// killed (SIGKILL) mid-run; its claims run out and are taken over. Every record is processed, each
// article stored once, and the export equals a single-process run's (on SQLite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeCorpus } from '../../bench/write-corpus.js';
import { parallax } from '../helpers/cli.js';
import { exportJson, sleep, startCli } from './cli-runs.js';
import { freshPostgres, freshSqlite, postgresSkipReason } from '../store/store-targets.js';

const ARTICLES = 90;

test('three workers, one killed mid-run: all records processed once, export equals a single-process run', { timeout: 900_000 }, async (t) => {
  const skip = await postgresSkipReason();
  if (skip) { t.skip(skip); return; }
  const work = mkdtempSync(join(tmpdir(), 'parallax-workers-'));
  const loc = await freshPostgres();
  const single = freshSqlite();
  try {
    const corpus = join(work, 'corpus');
    writeCorpus(corpus, ARTICLES, 5);
    const ref = startCli(['analyze', corpus, '--db', single.location, '--quiet']);

    const queued = parallax(['analyze', corpus, '--db', loc.location, '--enqueue']);
    assert.equal(queued.status, 0, queued.stderr);
    const m = /queued (\d+) new of (\d+) records/.exec(queued.stderr);
    assert.ok(m && m[1] === m[2] && Number(m[1]) > ARTICLES / 2, queued.stderr);
    const records = Number(m[1]);
    const again = parallax(['analyze', corpus, '--db', loc.location, '--enqueue']);
    assert.match(again.stderr, /queued 0 new of \d+ records/, 'nothing is queued twice');

    const args = ['worker', '--db', loc.location, '--batch', '6', '--lease', '3', '--poll', '1', '--until-done'];
    const workers = [startCli(args), startCli(args), startCli(args)];
    // Kill the first worker shortly after its first batch, while it holds its next claim.
    const victim = workers[0];
    let stderr = '';
    await new Promise<void>((resolve) => {
      victim.child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); if (/batch of/.test(stderr)) resolve(); });
      victim.done.then(() => resolve());
    });
    await sleep(150);
    victim.child.kill('SIGKILL');
    const killed = await victim.done;
    assert.equal(killed.signal, 'SIGKILL', 'the victim was killed mid-run');
    for (const w of workers.slice(1)) {
      const r = await w.done;
      assert.equal(r.code, 0, r.stderr);
    }
    const client = new pg.Client({ connectionString: loc.location.replace(/[?&]schema=([A-Za-z0-9_]+)/, ''), options: `-c search_path=${/schema=([A-Za-z0-9_]+)/.exec(loc.location)![1]}` });
    await client.connect();
    try {
      const jobs = (await client.query('SELECT count(*)::int AS total, count(*) FILTER (WHERE done)::int AS done, sum(attempts)::int AS attempts FROM jobs')).rows[0];
      t.diagnostic(`jobs ${jobs.total}, done ${jobs.done}, claims ${jobs.attempts}`);
      assert.equal(jobs.total, records);
      assert.equal(jobs.done, records, 'every record processed');
      const articles = (await client.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM articles')).rows[0];
      assert.equal(articles.n, articles.d, 'each article stored once (copies of a text share one content id)');
      assert.ok(articles.n > ARTICLES / 2);
    } finally {
      await client.end();
    }
    const refRun = await ref.done;
    assert.equal(refRun.code, 0, refRun.stderr);
    assert.ok(exportJson(loc.location) === exportJson(single.location), 'the workers\' export equals the single-process export');
  } finally {
    await loc.cleanup();
    await single.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
});
