// Per-stage times of `analyze` do not overlap: the store writes and provenance steps that run inside
// the read loop are left out of 'read+per-article', so the stages add up to at most the whole run
// (the bench's per-stage figures and growth factors rely on it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/open-store.js';
import { repoRoot } from '../../src/util/paths.js';

test('stage times add up to at most the run and none is negative', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-stage-times-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    const summary = await analyze([join(repoRoot, 'examples', 'corpus')], { store, threads: 1 });
    assert.ok(summary.stored > 0);
    const stages = summary.stageSeconds;
    for (const s of ['read+per-article', 'store', 'provenance', 'stories+compare']) assert.ok(s in stages, `stage ${s} timed`);
    for (const [s, v] of Object.entries(stages)) assert.ok(v >= 0, `${s}: ${v} s`);
    for (const [s, v] of Object.entries(summary.stageCpuSeconds)) assert.ok(v >= -0.05, `${s}: ${v} CPU s`); // CPU clocks tick coarsely
    const total = Object.values(stages).reduce((a, b) => a + b, 0);
    assert.ok(total <= summary.seconds + 1e-6, `stages ${total.toFixed(3)} s, run ${summary.seconds.toFixed(3)} s`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
