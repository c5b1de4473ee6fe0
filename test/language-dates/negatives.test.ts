// Words and numbers that look like dates but are not: nothing (or only the real date) may be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/language/dates/index.js';

const PUBLISHED = '2022-02-01';
const CASES: Array<[string, string[]]> = [
  ['Prime Minister Theresa May said the plan was sound.', []],
  ['Mrs. May met the unions.', []],
  ['Officials may delay the vote.', []],
  ['The march drew thousands of people.', []],
  ['Thousands joined the march through the capital.', []],
  ['Crowds march on the parliament.', []],
  ['The Sun reported the story first.', []],
  ['About 1,000 people attended.', []],
  ['The company sold 2,500 cars.', []],
  ['Shares rose 1.5% to $2.50 a share.', []],
  ['The index gained 3/8 to close at 1998.5 points.', []],
  ['A 6-year-old boy was rescued.', []],
  ['He is 52 years old.', []],
  ['About three-quarters of voters agreed.', []],
  ['Room 1999 was booked by 1500 people.', []],
  ['August Wilson wrote the play.', []],
  // The real date is still found next to the decoys.
  ['In May the march resumed.', ['May']],
];

for (const [text, expected] of CASES) {
  test(`no false date: ${text}`, () => {
    assert.deepEqual(findDates(text, { published: PUBLISHED }).map((d) => d.text), expected);
  });
}
