import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HolderLists } from '../../src/stories/clustering/holder-lists.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

const holders = (h: HolderLists, key: number): number[] => {
  const out: number[] = [];
  h.forEach(key, (n) => out.push(n));
  return out.sort((a, b) => a - b);
};

describe('holder lists', () => {
  test('adds, removes and lists holders per key; unknown keys hold nothing', () => {
    const h = new HolderLists();
    h.add(3, 10);
    h.add(3, 11);
    h.add(5000, 11); // beyond the initial key table
    assert.deepEqual(holders(h, 3), [10, 11]);
    assert.deepEqual(holders(h, 5000), [11]);
    assert.deepEqual(holders(h, 4), []);
    assert.deepEqual(holders(h, 99999), []);
    h.remove(3, 10);
    h.remove(3, 42); // not a holder: nothing happens
    h.remove(77777, 1);
    assert.deepEqual(holders(h, 3), [11]);
    h.remove(3, 11);
    assert.deepEqual(holders(h, 3), []);
  });

  test('matches a map of arrays under random adds and removes (freed entries are reused)', () => {
    const h = new HolderLists(), ref = new Map<number, number[]>(), r = mulberry32(7);
    for (let step = 0; step < 20000; step++) {
      const key = Math.floor(r() * 300), item = Math.floor(r() * 50), list = ref.get(key) ?? [];
      if (r() < 0.35 && list.includes(item)) {
        h.remove(key, item);
        list.splice(list.indexOf(item), 1);
      } else {
        h.add(key, item);
        list.push(item);
      }
      ref.set(key, list);
    }
    for (const [key, list] of ref) assert.deepEqual(holders(h, key), [...list].sort((a, b) => a - b), `key ${key}`);
  });
});
