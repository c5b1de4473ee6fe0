import assert from 'node:assert/strict';
import { test } from 'node:test';
import { grownTo } from '../../src/util/grow-typed.js';

test('grownTo keeps a large enough array, else copies into a larger one of the same kind with new slots filled', () => {
  const a = Int32Array.from([1, 2, 3]);
  assert.equal(grownTo(a, 3), a);
  const b = grownTo(a, 5, -1);
  assert.ok(b instanceof Int32Array && b.length >= 5);
  assert.deepEqual([...b.subarray(0, 5)], [1, 2, 3, -1, -1]);
  const c = grownTo(new Float64Array(4), 100, 0, 1.5);
  assert.ok(c instanceof Float64Array && c.length >= 100 && c.length < 150);
  assert.equal(grownTo(new Int32Array(0), 1).length, 1);
});
