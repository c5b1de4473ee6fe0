import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { taskDeadline } from '../../src/pipeline/task-deadline.js';

function blockMainThread(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* a long synchronous corpus step */ }
}

describe('task deadline', () => {
  it('aborts a task that outlives its period on a responsive main thread', async () => {
    const deadline = taskDeadline(50, 'extraction');
    const keepAlive = setTimeout(() => {}, 10_000); // the deadline's own timer does not hold the process open
    await once(deadline.signal, 'abort');
    clearTimeout(keepAlive);
    assert.match(String((deadline.signal.reason as Error).message), /extraction took longer than/);
  });

  it('does not abort when the timer fires late because the main thread was blocked', async () => {
    const deadline = taskDeadline(50);
    blockMainThread(1_300);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(deadline.signal.aborted, false);
    deadline.clear();
  });

  it('stops its timer once cleared', async () => {
    const deadline = taskDeadline(30);
    deadline.clear();
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(deadline.signal.aborted, false);
  });
});
