// The memory of parsed date windows changes no result: the same findings with it on, off, on a
// first sight and on a hit, whatever the reference day and the quarter in focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resetDateMemory } from '../../src/language/dates/index.js';
import { WindowMemory } from '../../src/language/dates/window-memory.js';

const TEXTS = [
  'Police said last Thursday that the suspect fled. On January 31 the council voted; talks resume next Tuesday.',
  'It rained yesterday. Two weeks ago the plant closed; three years ago it opened.',
  'Revenue rose in the third quarter. In the quarter, costs fell, and the quarter before that they rose.',
  'The quarter was weak. Profit in the second quarter of 2021 doubled; the quarter ended on June 30.',
  'Prices rose in mid-December and again in October. The report was released on 01.02.2022 by the ministry.',
  'Officials said 194 companies and 74 votes to 27 backed the plan at 10:30 a.m. on Friday.',
];
const DAYS = ['2022-02-01', '2023-08-15', null];

function allFindings(): string {
  const out: unknown[] = [];
  for (const published of DAYS) for (const text of TEXTS) out.push(findDates(text, { published }));
  // The same windows again, in another article and order: hits must match fresh parses.
  for (const published of [...DAYS].reverse()) out.push(findDates([...TEXTS].reverse().join('\n\n'), { published }));
  return JSON.stringify(out);
}

test('findings are the same with the window memory off, on a first parse and on hits', () => {
  resetDateMemory({ enabled: false });
  const reference = allFindings();
  resetDateMemory();
  assert.equal(allFindings(), reference); // first sight of every window
  assert.equal(allFindings(), reference); // every window a hit
  resetDateMemory();
});

test('the quarter in focus is part of the key: the same window gives the quarter the article named', () => {
  resetDateMemory();
  const quarterOf = (text: string): string | undefined => findDates(text, { published: '2022-02-01' }).find((d) => d.text.toLowerCase().includes('the quarter'))?.value;
  const tail = '\n\nAnalysts had expected much weaker results from the group, which sells machines and spare parts to farmers around the region.\n\nIn the quarter, costs fell.';
  const a = quarterOf(`Revenue rose in the second quarter.${tail}`);
  const b = quarterOf(`Revenue rose in the third quarter.${tail}`);
  assert.deepEqual([a, b], ['2021-Q2', '2021-Q3']);
  resetDateMemory({ enabled: false });
  assert.equal(a, quarterOf(`Revenue rose in the second quarter.${tail}`));
  assert.equal(b, quarterOf(`Revenue rose in the third quarter.${tail}`));
  resetDateMemory();
});

test('a findings list handed out is a fresh copy: changing it changes no later result', () => {
  resetDateMemory();
  const text = 'The minister spoke on Monday.';
  const first = findDates(text, { published: '2022-02-03' });
  first[0].value = 'changed';
  first[0].start = -1;
  assert.deepEqual(findDates(text, { published: '2022-02-03' }).map((d) => [d.text, d.start, d.value]), [['Monday', 22, '2022-01-31']]);
});

test('WindowMemory keys differ by reference day, its being known and the quarter; a full memory starts over', () => {
  const ref = { y: 2022, m: 2, d: 1, known: true };
  const keys = new Set([
    WindowMemory.key('on Monday', ref, null),
    WindowMemory.key('on Monday', { ...ref, known: false }, null),
    WindowMemory.key('on Monday', { ...ref, d: 2 }, null),
    WindowMemory.key('on Monday', ref, { y: 2021, q: 4 }),
    WindowMemory.key('on Monday ', ref, null),
  ]);
  assert.equal(keys.size, 5);
  const memory = new WindowMemory(2);
  memory.set('a', []);
  memory.set('b', [{ index: 0, text: 'x', value: 'v', type: 'DATE' }]);
  assert.deepEqual(memory.get('b'), [{ index: 0, text: 'x', value: 'v', type: 'DATE' }]);
  memory.set('c', []);
  assert.equal(memory.get('a'), undefined);
  assert.deepEqual(memory.get('c'), []);
});
