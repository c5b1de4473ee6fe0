// Records go to the per-article stages in batches: results equal one-record runs, a failing batch is
// retried record by record so that only the bad record fails, and batches fill while slots are busy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputRecord } from '../../src/model/input.js';
import { runArticleTask, runArticleTasks } from '../../src/pipeline/extract-task.js';
import { createExtractPool, EXTRACT_BATCH } from '../../src/pipeline/worker-pool.js';
import { batchingPool } from '../../src/pipeline/batching-pool.js';
import { runReanalyzeTask, runReanalyzeTasks, type ReanalyzeTask } from '../../src/pipeline/reanalyze-task.js';
import { generatedRecords } from './generated-records.js';

test('a batch gives exactly the results of one record at a time', () => {
  const rs = generatedRecords(12);
  const batched = runArticleTasks({ records: rs, outletFiles: [] });
  assert.equal(batched.length, rs.length);
  batched.forEach((o, i) => {
    assert.ok('ok' in o, `record ${i} ok`);
    assert.deepEqual(o.ok, runArticleTask({ record: rs[i], outletFiles: [] }));
  });
});

test('reanalyze batches give exactly the results of one task at a time', () => {
  const rs = generatedRecords(6);
  const article = runArticleTask({ record: rs[0], outletFiles: [] }).article;
  const tasks: ReanalyzeTask[] = [
    ...rs.slice(1).map((record): ReanalyzeTask => ({ kind: 'extract', record, outletFiles: [] })),
    { kind: 'language', article },
    // Re-extraction giving the same document keeps the current annotations (no language result).
    { kind: 'extract', record: rs[0], outletFiles: [], unchangedSkipsLanguage: JSON.stringify(article) },
  ];
  const batched = runReanalyzeTasks(tasks);
  batched.forEach((o, i) => {
    assert.ok('ok' in o, `task ${i} ok`);
    assert.deepEqual(o.ok, runReanalyzeTask(tasks[i]));
  });
  assert.equal('ok' in batched[6] && batched[6].ok.language, undefined);
});

test('the pool hands back every record in batches, with the one-thread results', async () => {
  const rs = generatedRecords(EXTRACT_BATCH + 9);
  const pool = createExtractPool({ threads: 1, outletFiles: [] });
  const results = await Promise.all(rs.map((r) => pool.run(r)));
  await pool.close();
  results.forEach((r, i) => assert.equal(r.languageJson, runArticleTask({ record: rs[i], outletFiles: [] }).languageJson));
});

test('a batch that fails as a whole is retried one record at a time: only the bad record fails', async () => {
  const sizes: number[] = [];
  const pool = batchingPool<InputRecord, { languageJson: string }>(2, EXTRACT_BATCH, async (batch) => {
    sizes.push(batch.length);
    await new Promise((r) => setTimeout(r, 5));
    if (batch.some((r) => r.body === 'poison')) throw new Error('worker crashed');
    return batch.map((r) => (r.body === 'bad' ? { error: 'cannot read' } : { ok: { languageJson: r.body } }));
  }, async () => {});
  const bodies = Array.from({ length: 100 }, (_, i) => (i === 40 ? 'poison' : i === 70 ? 'bad' : `r${i}`));
  const settled = await Promise.allSettled(bodies.map((body) => pool.run({ body } as InputRecord)));
  settled.forEach((s, i) => {
    if (i === 40) assert.equal(s.status === 'rejected' && (s.reason as Error).message, 'worker crashed');
    else if (i === 70) assert.equal(s.status === 'rejected' && (s.reason as Error).message, 'cannot read');
    else assert.equal(s.status === 'fulfilled' && s.value.languageJson, bodies[i]);
  });
  assert.ok(Math.max(...sizes) > 1, 'records that wait go out together');
  assert.ok(sizes.every((n) => n <= EXTRACT_BATCH), 'no batch over the limit');
  assert.ok(sizes.filter((n) => n === 1).length >= 2, 'the failed batch was retried record by record');
});
