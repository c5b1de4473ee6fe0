// Per-stage times of `analyze` do not overlap: the store writes and provenance steps that run inside
// the read loop are left out of 'read+per-article', so the stages add up to at most the whole run
// (the bench's per-stage figures and growth factors rely on it). With worker threads the provenance
// steps run on their own thread beside the read loop: the other stages still add up to at most the
// run, and provenance (its own time) is no longer than the run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/pipeline/analyze.js';
import type { AnalyzeSummary } from '../../src/pipeline/ingest-items.js';
import { openStore } from '../../src/store/open-store.js';
import { repoRoot } from '../../src/util/paths.js';

/** `analyze` of the demo corpus into a fresh SQLite file with this many threads. */
async function analyzeDemo(threads: number): Promise<AnalyzeSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-stage-times-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    const summary = await analyze([join(repoRoot, 'examples', 'corpus')], { store, threads });
    assert.ok(summary.stored > 0);
    return summary;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('stage times add up to at most the run and none is negative', { timeout: 300_000 }, async () => {
  const summary = await analyzeDemo(1);
  const stages = summary.stageSeconds;
  for (const s of ['read+per-article', 'store', 'provenance', 'stories+compare']) assert.ok(s in stages, `stage ${s} timed`);
  for (const [s, v] of Object.entries(stages)) assert.ok(v >= 0, `${s}: ${v} s`);
  for (const [s, v] of Object.entries(summary.stageCpuSeconds)) assert.ok(v >= -0.05, `${s}: ${v} CPU s`); // CPU clocks tick coarsely
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  assert.ok(total <= summary.seconds + 1e-6, `stages ${total.toFixed(3)} s, run ${summary.seconds.toFixed(3)} s`);
});

test('with a provenance thread, the other stages add up to at most the run and provenance fits in it', { timeout: 300_000 }, async () => {
  const summary = await analyzeDemo(2);
  const { provenance, ...others } = summary.stageSeconds;
  assert.ok(provenance > 0, 'provenance timed');
  assert.ok(provenance <= summary.seconds, `provenance ${provenance} s, run ${summary.seconds} s`);
  for (const [s, v] of Object.entries(summary.stageSeconds)) assert.ok(v >= 0, `${s}: ${v} s`);
  for (const [s, v] of Object.entries(summary.stageCpuSeconds)) assert.ok(v >= -0.05, `${s}: ${v} CPU s`);
  const total = Object.values(others).reduce((a, b) => a + b, 0);
  assert.ok(total <= summary.seconds + 1e-6, `stages ${total.toFixed(3)} s, run ${summary.seconds.toFixed(3)} s`);
});
