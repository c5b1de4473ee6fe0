// Block lists keep every list's entries through pushes, removals, moves to larger blocks and
// compaction into exact blocks (which happens only when spare room outweighs the entries).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BlockLists } from '../../src/stories/clustering/block-lists.js';
import { PAGE } from '../../src/stories/clustering/heap-doubles.js';

const contents = (b: BlockLists, l: number) => { const c = b.copy(l); return c.ids.map((id, i) => [id, c.values[i]]); };

test('block lists: entries survive pushes, swap-removes, clearing and compaction', () => {
  const lists = new BlockLists(), model: [number, number][][] = Array.from({ length: 300 }, () => []);
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let step = 0; step < 60_000; step++) {
    const l = Math.floor(rnd() * rnd() * model.length), r = rnd(); // some lists grow long (own pages)
    if (r < 0.8) { const e: [number, number] = [step, rnd()]; lists.push(l, e[0], e[1]); model[l].push(e); }
    else if (r < 0.9 && model[l].length) { const i = Math.floor(rnd() * model[l].length); lists.swapRemove(l, i); model[l][i] = model[l][model[l].length - 1]; model[l].pop(); }
    else if (r < 0.912) { lists.clear(l); model[l] = []; }
    if (step % 5000 === 4999) lists.compactIfSparse();
  }
  for (let l = 0; l < model.length; l++) assert.deepEqual(contents(lists, l), model[l], `list ${l}`);
});

test('block lists: compaction leaves lists in blocks of their length, and later pushes still work', () => {
  const lists = new BlockLists();
  for (let k = 0; k < 3 * PAGE; k++) lists.push(k % 1000, k, k / 2);
  for (let l = 0; l < 1000; l++) while (lists.len(l) > 3) lists.swapRemove(l, lists.len(l) - 1);
  lists.compactIfSparse();
  for (let l = 0; l < 1000; l++) assert.deepEqual(contents(lists, l), [0, 1, 2].map((i) => [l + 1000 * i, (l + 1000 * i) / 2]));
  lists.push(5, -1, -1);
  assert.deepEqual(contents(lists, 5).at(-1), [-1, -1]);
  assert.equal(lists.len(5), 4);
});
