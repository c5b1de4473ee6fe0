// Grouping must not depend on whether the index happened to retrieve a pair scoring below the
// merge threshold: such a pair counts 0 in average-link whether it was scored or never retrieved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupTable, type FoldTable } from '../../eval/clustering/learn.js';
import type { LevelParams } from '../../src/stories/clustering/types.js';
import { keepFloor, type PairFeatures, type Unit } from '../../src/stories/clustering/unit.js';

const P: LevelParams = { entityWeight: 0, linkThreshold: 0.3, mergeThreshold: 0.25, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 };

const unit = (id: string): Unit => ({ id, day: null, anchor: null, terms: { keys: [], values: [] }, entities: { keys: [], values: [] }, eventDays: [], year: null, monthDays: [], short: false });

function table(pairs: [number, number, number][]): FoldTable {
  const f: PairFeatures[] = pairs.map(([, , t]) => ({ t, e: null }));
  return { fold: 'f', units: ['a', 'b', 'c'].map(unit), a: Int32Array.from(pairs.map((p) => p[0])), b: Int32Array.from(pairs.map((p) => p[1])), f, gold: [['x'], ['x'], ['y']], maxSpanDays: null };
}

test('a pair below the merge threshold counts the same retrieved or not', () => {
  // a–b merge first; then {a,b}–c averages (0.2 + 0.3) / 2 = 0.25 if the weak a–c pair counted.
  const strong: [number, number, number][] = [[0, 1, 0.5], [1, 2, 0.3]];
  const withWeak = groupTable(table([...strong, [0, 2, 0.2]]), () => P);
  const without = groupTable(table(strong), () => P);
  assert.deepEqual([...withWeak], [...without]);
  assert.notEqual(without[0], without[2], 'c stays apart: its average with {a,b} is 0.15');
  assert.equal(without[0], without[1]);
});

test('the keep floor is never below the merge threshold', () => {
  for (const mergeThreshold of [0.01, 0.1, 0.3]) for (const linkThreshold of [0.05, 0.12, 0.5]) {
    assert.ok(keepFloor({ ...P, mergeThreshold, linkThreshold }) >= mergeThreshold);
  }
});
