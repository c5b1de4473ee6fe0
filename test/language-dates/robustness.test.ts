// Unknown publication dates, odd input and huge input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates } from '../../src/language/dates/index.js';

test('without a publication date, absolute dates keep their value and relative ones go vague', () => {
  const text = 'On March 3, 2021 the plant closed. Last Thursday, in October, last month and now it is empty for three years.';
  const found = findDates(text, { published: null }).map((d) => [d.text, d.value]);
  assert.deepEqual(found, [
    ['March 3, 2021', '2021-03-03'],
    ['Last Thursday', 'XXXX-WXX-4'],
    ['October', 'XXXX-10'],
    ['last month', 'PAST_REF'],
    ['now', 'PRESENT_REF'],
    ['three years', 'P3Y'],
  ]);
});

test('an unparsable publication date counts as unknown', () => {
  assert.deepEqual(findDates('It rained yesterday.', { published: 'sometime' }).map((d) => d.value), ['PAST_REF']);
  assert.deepEqual(findDates('It rained yesterday.', { published: '2022-02-30' }).map((d) => d.value), ['PAST_REF']);
});

test('a full ISO date-time publication value is accepted', () => {
  assert.deepEqual(findDates('It rained yesterday.', { published: '2022-02-01T09:30:00Z' }).map((d) => d.value), ['2022-01-31']);
});

test('empty and date-free text give nothing', () => {
  assert.deepEqual(findDates('', { published: '2022-02-01' }), []);
  assert.deepEqual(findDates('The council approved the budget.', { published: '2022-02-01' }), []);
});

test('never throws, and offsets always point into the text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 30 })), (text, published) => {
    for (const d of findDates(text, { published })) {
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.ok(d.value.length > 0);
    }
  }), { numRuns: 300 });
});

test('huge input: a 10,000-word paragraph with dates far apart is handled whole', () => {
  const words = 'the council discussed the budget with residents and officials at length'.split(' ');
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) parts.push(i % 2500 === 1234 ? 'on Friday' : words[i % words.length]);
  const text = parts.join(' ');
  const found = findDates(text, { published: '2022-02-01' });
  assert.equal(found.length, 4);
  assert.ok(found.every((d) => d.text === 'Friday' && d.value === '2022-01-28'));
});

test('huge input: one line of digits and month names does not throw', () => {
  const text = '1 January 2 February 3 March 2022 12:00 '.repeat(3000);
  const found = findDates(text, { published: '2022-02-01' });
  assert.ok(found.length > 1000);
});
