// collectGarbage runs a full collection whether or not the process started with --expose-gc (the
// test runner does not pass it): an object only a WeakRef points to is gone afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectGarbage } from '../../src/util/collect-garbage.js';

test('collectGarbage collects an unreachable object', async () => {
  const ref = ((): WeakRef<object> => new WeakRef({ items: new Array<number>(100_000).fill(1) }))();
  // A WeakRef keeps its target for the rest of the job that made it: collect in a later one.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  assert.equal(ref.deref(), undefined);
  collectGarbage(); // again: gc is exposed once
});
