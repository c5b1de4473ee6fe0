// The per-article workers run at a lower scheduling priority than the rest of their process, so that
// the provenance steps' thread (the critical path of `analyze`) gets the cores first; the main thread
// keeps its priority. Thread priorities are read from /proc, so the test runs on Linux only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { generatedRecords } from './generated-records.js';
import { procStatFields } from '../../src/pipeline/thread-cpu.js';
import { createExtractPool, EXTRACT_NICE } from '../../src/pipeline/worker-pool.js';

/** Each thread of this process with its nice value (field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const fields = procStatFields(`/proc/self/task/${tid}/stat`);
    if (fields) out.set(Number(tid), Number(fields[16])); // null: the thread ended meanwhile
  }
  return out;
}

test('extraction worker threads run at a lower priority than the main thread, which keeps its own', async (t) => {
  if (process.platform !== 'linux') {
    t.skip('thread priorities are read from /proc, which only Linux has');
    return;
  }
  const before = threadNices();
  const main = before.get(process.pid)!;
  if (main + EXTRACT_NICE > 19) {
    t.skip(`this process already runs at nice ${main}: its workers cannot go ${EXTRACT_NICE} lower`);
    return;
  }
  const pool = createExtractPool({ threads: 2, outletFiles: [] });
  try {
    const results = await Promise.all(generatedRecords(6).map((r) => pool.run(r)));
    assert.equal(results.length, 6);
    const after = threadNices();
    // New threads: the two workers, lowered (with the threads they start, which inherit it), and others
    // of the process, which keep its priority.
    const fresh = [...after].filter(([tid]) => !before.has(tid));
    const lowered = fresh.filter(([, nice]) => nice === main + EXTRACT_NICE);
    assert.ok(lowered.length >= 2, `at least the two workers at nice ${main + EXTRACT_NICE}; threads (id, nice): ${JSON.stringify([...after])}`);
    assert.deepEqual(fresh.filter(([, nice]) => nice !== main && nice !== main + EXTRACT_NICE), []);
    assert.equal(after.get(process.pid), main);
  } finally {
    await pool.close();
  }
});
