import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdSum } from '../../src/stories/clustering/id-sum.js';
import { KeyIds } from '../../src/stories/clustering/scatter-dot.js';
import { fromCounts, sumVectors } from '../../src/stories/clustering/sparse.js';
import { mulberry32 } from '../../src/util/mulberry32.js';
import type { SparseVector } from '../../src/stories/clustering/types.js';

// Keys sharing long prefixes (the six-unit numeric heads tie; the strings decide), short keys, and non-ASCII.
const KEYS = ['kastrov', 'kastrovian', 'kastrovians', 'ab', 'a', 'b', 'zeta', 'ärger', 'ent-s1', 'ent-s10', 'ent-s2', 'prefix-alpha', 'prefix-beta'];

function randomVector(r: () => number): SparseVector {
  const counts = new Map<string, number>();
  for (const k of KEYS) if (r() < 0.5) counts.set(k, r() * 3);
  return fromCounts(counts);
}

test('IdSum gives exactly sumVectors: keys in string order, the same sums bit for bit, and their ids', () => {
  const r = mulberry32(7);
  const keyIds = new KeyIds();
  for (const k of [...KEYS].reverse()) keyIds.id(k); // ids in another order than the strings
  const idSum = new IdSum(keyIds);
  for (let round = 0; round < 50; round++) {
    const vs = Array.from({ length: 1 + Math.floor(r() * 6) }, () => randomVector(r));
    const got = idSum.sum(vs.map((v) => ({ v, ids: keyIds.of(v.keys) })));
    assert.deepEqual(got.v, sumVectors(vs));
    assert.deepEqual(got.ids, got.v.keys.map((k) => keyIds.id(k)));
  }
});

test('IdSum of no vectors, and of a group larger than its first table, still matches', () => {
  const keyIds = new KeyIds();
  const idSum = new IdSum(keyIds);
  assert.deepEqual(idSum.sum([]).v, { keys: [], values: [] });
  const big = fromCounts(new Map(Array.from({ length: 3000 }, (_, i) => [`key${i}`, i + 0.5] as [string, number])));
  const small = fromCounts(new Map([['key7', 1], ['key2999', 2]]));
  assert.deepEqual(idSum.sum([big, small].map((v) => ({ v, ids: keyIds.of(v.keys) }))).v, sumVectors([big, small]));
  assert.deepEqual(idSum.sum([{ v: small, ids: keyIds.of(small.keys) }]).v, small); // after the big one: no stale slots
});
