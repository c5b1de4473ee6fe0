// The level index after replacing and removing units equals an index built from the final units
// alone (edges, components and groups: the node-linked postings and edge arrays stay consistent).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinkGraph } from '../../src/stories/clustering/link-graph.js';
import type { LevelParams } from '../../src/stories/clustering/types.js';
import type { Unit } from '../../src/stories/clustering/unit.js';

const PARAMS: LevelParams = { entityWeight: 0.3, linkThreshold: 0.2, mergeThreshold: 0.2, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 };
const RETRIEVAL = { termKeys: 4, entityKeys: 2, postingCap: 50, minPartial: 0.02 };

/** A unit whose unit-length term vector spreads over `words` (keys sorted) and one entity. */
function unit(id: string, words: string[], entity: string | null, day = 100): Unit {
  const keys = [...new Set(words)].sort();
  const values = keys.map((k) => words.filter((w) => w === k).length);
  const n = Math.hypot(...values);
  return { id, day, anchor: day, terms: { keys, values: values.map((v) => v / n) }, entities: entity ? { keys: [entity], values: [1] } : { keys: [], values: [] }, eventDays: [day], year: 2025, monthDays: [], short: false };
}

const UNITS = [
  unit('u1', ['flood', 'river', 'dam', 'rain'], 'ostrava'), unit('u2', ['flood', 'river', 'bridge'], 'ostrava'),
  unit('u3', ['flood', 'dam', 'sandbag', 'rain'], null), unit('u4', ['summit', 'plastic', 'treaty'], 'valdor'),
  unit('u5', ['summit', 'plastic', 'harbour', 'fee'], 'valdor'), unit('u6', ['tariff', 'grain', 'call'], 'varga'),
  unit('u7', ['tariff', 'grain', 'corridor', 'call'], 'varga'), unit('u8', ['river', 'summit', 'grain'], null),
];

function snapshot(g: LinkGraph, ids: string[]) {
  return { edges: g.edgeCount(), candidates: ids.map((id) => g.candidates(id)), groups: g.allGroups().sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

test('link graph: replaced and removed units leave the index an index of the final units', () => {
  const changed = [unit('u2', ['summit', 'plastic', 'treaty', 'fee'], 'valdor'), unit('u6', ['flood', 'river', 'rain'], 'ostrava')];
  const gone = ['u5', 'u8'];
  const final = UNITS.filter((u) => !gone.includes(u.id)).map((u) => changed.find((c) => c.id === u.id) ?? u);

  const grown = new LinkGraph('ev_', () => PARAMS, RETRIEVAL);
  grown.upsert(UNITS);
  grown.flush();
  grown.upsert(changed);
  grown.remove(gone);
  grown.flush();

  const fresh = new LinkGraph('ev_', () => PARAMS, RETRIEVAL);
  fresh.upsert(final);
  fresh.flush();
  const ids = final.map((u) => u.id);
  assert.deepEqual(snapshot(grown, ids), snapshot(fresh, ids));
  assert.ok(fresh.edgeCount() > 0);
  assert.deepEqual(fresh.candidates('u6').includes('u1'), true); // u6 now reports the flood
});

test('link graph: a sealed index keeps its groups readable and refuses changes', () => {
  const g = new LinkGraph('ev_', () => PARAMS, RETRIEVAL);
  g.upsert(UNITS);
  g.flush();
  const groups = g.allGroups(), of = UNITS.map((u) => g.groupIdOf(u.id));
  const members = groups.map((x) => g.groupMembers(x.id));
  g.seal();
  assert.deepEqual(g.allGroups(), groups);
  assert.deepEqual(UNITS.map((u) => g.groupIdOf(u.id)), of);
  assert.deepEqual(groups.map((x) => g.groupMembers(x.id)), members);
  assert.equal(g.size, UNITS.length);
  assert.throws(() => g.upsert([UNITS[0]]), /sealed/);
  assert.throws(() => g.remove(['u1']), /sealed/);
  assert.throws(() => g.flush(), /sealed/);
  assert.throws(() => g.candidates('u1'), /sealed/);
  assert.throws(() => g.unit('u1'), /sealed/);
});

test('link graph: a last flush gives the groups a flush gives, keeps them readable and refuses the rest', () => {
  const changed = [unit('u2', ['summit', 'plastic', 'treaty', 'fee'], 'valdor'), unit('u6', ['flood', 'river', 'rain'], 'ostrava')];
  const run = (last: boolean) => {
    const g = new LinkGraph('ev_', () => PARAMS, RETRIEVAL);
    g.upsert(UNITS);
    const first = g.flush();
    g.upsert(changed);
    g.remove(['u8']);
    return { g, first, second: g.flush(last) };
  };
  const plain = run(false), last = run(true);
  assert.deepEqual(last.second, plain.second);
  assert.ok(plain.second.added.length > 1, 'the fixture regroups several components');
  const g = last.g;
  assert.deepEqual(g.allGroups().sort((a, b) => (a.id < b.id ? -1 : 1)), plain.g.allGroups().sort((a, b) => (a.id < b.id ? -1 : 1)));
  assert.deepEqual(UNITS.map((u) => g.groupIdOf(u.id)), UNITS.map((u) => plain.g.groupIdOf(u.id)));
  assert.throws(() => g.unit('u2'), /last flush/);
  assert.throws(() => g.upsert([UNITS[0]]), /last flush/);
  assert.throws(() => g.remove(['u1']), /last flush/);
  assert.throws(() => g.flush(), /last flush/);
  assert.throws(() => g.candidates('u1'), /last flush/);
  g.seal();
  assert.throws(() => g.unit('u1'), /sealed/);
});

test('link graph: a one-off last flush reads components and pairs from its log, with the groups a plain flush gives', () => {
  // Topics with their own words and entity, words shared across topics (pairs below the link
  // threshold, here above the merge threshold, join no component: twelve components, one per
  // topic), days spread past the span bound, a unit upserted and removed.
  let seed = 5;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const units: Unit[] = [];
  for (let k = 0; k < 240; k++) {
    const topic = Math.floor(rnd() * 12);
    const words = Array.from({ length: 6 }, () => (rnd() < 0.85 ? `t${topic}w${Math.floor(rnd() * 5)}` : `common${Math.floor(rnd() * 8)}`));
    units.push(unit(`a${String(k).padStart(3, '0')}`, words, rnd() < 0.6 ? `e${topic}` : null, 100 + Math.floor(rnd() * 40)));
  }
  const run = (last: boolean) => {
    const g = new LinkGraph('ev_', () => ({ ...PARAMS, linkThreshold: 0.4 }), RETRIEVAL, { maxSpanDays: 14 });
    g.upsert([...units, unit('gone', ['flood', 'river'], 'ostrava')]);
    g.remove(['gone']);
    return { g, change: g.flush(last) };
  };
  const plain = run(false), once = run(true);
  assert.ok(plain.g.edgeCount() > 300, 'the fixture has edges');
  assert.ok(plain.change.added.length > 12 && plain.change.added.some((x) => x.members.length > 3), 'several groups, some large');
  assert.deepEqual(once.change, plain.change);
  const sorted = (g: LinkGraph) => g.allGroups().sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(sorted(once.g), sorted(plain.g));
  assert.deepEqual(units.map((u) => once.g.groupIdOf(u.id)), units.map((u) => plain.g.groupIdOf(u.id)));
  assert.throws(() => once.g.flush(), /last flush/);
});
