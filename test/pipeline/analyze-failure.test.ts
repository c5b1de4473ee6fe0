// A store failure in the middle of `analyze` with worker threads: the run rejects with that error.
// Closing the worker pool fails the records still in flight; those rejections must not go unhandled
// (Node then ends the process with "Terminating worker thread", and the cause is never shown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/write-corpus.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/open-store.js';

test('a store write failing mid-run rejects analyze with its own error, records in flight included', { timeout: 300_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'parallax-failure-'));
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => { unhandled.push(reason); };
  process.on('unhandledRejection', onUnhandled);
  const store = await openStore(join(work, 'store.db'));
  try {
    const corpus = join(work, 'corpus');
    writeCorpus(corpus, 700, 3, { htmlShare: 0 });
    const save = store.articles.saveMany.bind(store.articles);
    let calls = 0;
    store.articles.saveMany = async (writes) => {
      if (++calls === 2) throw new Error('disk full (injected)');
      return save(writes);
    };
    await assert.rejects(analyze([corpus], { store, threads: 2 }), /disk full \(injected\)/);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let late rejections surface
    assert.deepEqual(unhandled.map(String), [], 'no rejection left unhandled');
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
});
