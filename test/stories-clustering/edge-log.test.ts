// The edges of a flush reach both endpoints' lists after the existing entries, each list in one
// block of exactly its new length (no doubling slack), across log pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BlockLists } from '../../src/stories/clustering/block-lists.js';
import { EdgeLog } from '../../src/stories/clustering/edge-log.js';
import { PAGE } from '../../src/stories/clustering/heap-doubles.js';

const contents = (b: BlockLists, l: number) => { const c = b.copy(l); return c.ids.map((id, i) => [id, c.values[i]]); };

test('edge log: drained edges join both endpoints after their listed ones, the log empties', () => {
  const lists = new BlockLists(), log = new EdgeLog();
  lists.push(0, 9, 0.5);
  log.add(0, 1, 0.25);
  log.add(2, 0, 0.75);
  assert.equal(log.length, 2);
  log.drainInto(lists, 3);
  assert.deepEqual(contents(lists, 0), [[9, 0.5], [1, 0.25], [2, 0.75]]);
  assert.deepEqual(contents(lists, 1), [[0, 0.25]]);
  assert.deepEqual(contents(lists, 2), [[0, 0.75]]);
  assert.equal(log.length, 0);
  log.add(1, 2, 1);
  log.drainInto(lists, 3);
  assert.deepEqual(contents(lists, 1), [[0, 0.25], [2, 1]]);
});

test('edge log: a flush of many edges fills exact blocks, over several log pages', () => {
  const lists = new BlockLists(), log = new EdgeLog(), nodes = 5000, model: [number, number][][] = Array.from({ length: nodes }, () => []);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const edges = 3 * PAGE; // six log pages of two doubles an edge
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rnd() * nodes), b = (a + 1 + Math.floor(rnd() * (nodes - 1))) % nodes, s = rnd();
    log.add(a, b, s);
    model[a].push([b, s]);
    model[b].push([a, s]);
  }
  log.drainInto(lists, nodes);
  for (let l = 0; l < nodes; l++) assert.deepEqual(contents(lists, l), model[l], `list ${l}`);
  assert.equal(lists.entries(), 2 * edges);
  // Pushed one by one, lists would end in blocks up to twice their length, after abandoned halves.
  assert.ok(lists.slotsHeld() <= 2 * edges + PAGE, `held ${lists.slotsHeld()} slots for ${2 * edges} entries`);
});

test('edge log: node numbers beyond what an entry holds are refused', () => {
  assert.throws(() => new EdgeLog().add(2 ** 26, 0, 1), RangeError);
});
