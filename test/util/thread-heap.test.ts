// Worker threads of the analysis get V8's default young generation even though the CLI starts node
// with a large one for its main thread; a thread that runs a whole analysis asks for the large one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../src/util/paths.js';

// A child under the CLI's flag: each thread churns enough garbage for its new space to reach its
// maximum, and reports the largest size (MB, two semi-spaces) that space had along the way (read at
// the end alone, it was sometimes caught shrinking on a loaded machine: 112 for 128).
const PROGRAM = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { workerHeap } from ${JSON.stringify(join(repoRoot, 'src', 'util', 'thread-heap.ts'))};
function measure(v8) {
  const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
  let keep = [], most = 0;
  for (let i = 0; i < 3e6; i++) {
    keep.push({ a: i, b: 'x' + i });
    if (keep.length > 200000) keep = [];
    if (i % 100000 === 0) most = Math.max(most, size());
  }
  return Math.round(Math.max(most, size()) / 1048576);
}
// execArgv: [] makes the eval'd worker CommonJS (this child is an ES module); V8's flags stay process-wide.
const inThread = (resourceLimits) => new Promise((resolve, reject) => {
  const code = \`require('node:worker_threads').parentPort.postMessage((\${measure})(require('node:v8')))\`;
  const w = new Worker(code, { eval: true, execArgv: [], resourceLimits });
  w.once('message', (m) => { resolve(m); w.terminate(); });
  w.once('error', reject);
});
const before = await inThread(undefined);
const stage = await inThread(workerHeap('stage'));
const analysis = await inThread(workerHeap('analysis'));
const main = measure(v8);
process.stdout.write(JSON.stringify({ before, stage, analysis, main }));
`;

test('stage workers get the default young generation, analysis threads and the main thread the large one', () => {
  const out = execFileSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', '--input-type=module', '-e', PROGRAM], { cwd: repoRoot, encoding: 'utf8' });
  const { before, stage, analysis, main } = JSON.parse(out) as Record<string, number>;
  assert.equal(before, 128, 'without workerHeap a worker inherits the flag (what this guards against)');
  assert.ok(stage <= 32, `stage worker new space ${stage} MB`);
  assert.equal(analysis, 128);
  assert.equal(main, 128);
});
