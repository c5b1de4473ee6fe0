// The run table gives what a regex list of letter runs with a mask per run gives, and finds the pairs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunMaskTable } from '../../src/language/dates/run-mask-table.js';

// A stand-in for the word gates: bit 0 "week"-like runs, bit 1 "last", bit 2 any run with a "q".
const maskOf = (run: string): number => (/^weeks?$/i.test(run) ? 1 : 0) | (/^last$/i.test(run) ? 2 : 0) | (/q/i.test(run) ? 4 : 0);
const reference = (text: string, min: number): number => (text.match(/[A-Za-z]+/g) ?? []).filter((r) => r.length >= min).reduce((m, r) => m | maskOf(r), 0);

test('the bits are the OR over the runs, with short runs left out as asked', () => {
  const texts = ['Last week, the quarter', 'no gate here', 'WEEKS of q', 'x', '', '12 weeks-long; lastweek', 'é last\u00e9week'];
  for (const min of [1, 3]) {
    const table = new RunMaskTable(maskOf, min, [], []);
    for (let round = 0; round < 2; round++) for (const t of texts) assert.equal(table.scan(t), reference(t, min), `${min}: ${t}`);
  }
});

test('a pair is two consecutive runs of three letters or more', () => {
  const table = new RunMaskTable(maskOf, 1, [2], [1]);
  const pairs = (t: string): number => (table.scan(t), table.pairs);
  assert.equal(pairs('last week'), 1);
  assert.equal(pairs('LAST, weeks'), 1);
  assert.equal(pairs('last of a week'), 1);
  assert.equal(pairs('last big week'), 0);
  assert.equal(pairs('week last'), 0);
  assert.equal(pairs('last'), 0);
});

test('the table starts over when full and keeps answering right', () => {
  const table = new RunMaskTable(maskOf, 3, [], []);
  const word = (i: number): string => 'w' + i.toString(26).replace(/\d/g, (d) => 'abcdefghij'[+d]) + (i % 7 === 0 ? 'q' : '');
  for (let i = 0; i < 70_000; i++) assert.equal(table.scan(`${word(i)} x`), maskOf(word(i)));
  assert.equal(table.scan('last weeks quiet'), 7);
});
