// The pre-filter's windows: number-only stretches are dropped unless the numbers are date-shaped,
// and dropping them never loses a date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateWindows } from '../../src/language/dates/prefilter.js';
import { findDates } from '../../src/language/dates/index.js';

const pad = ' The committee heard from witnesses and published its findings afterwards. ';

test('a window with plain amounts only is dropped', () => {
  const text = `${pad}The plant employs 194 workers and exports 83 per cent of its output.${pad}`;
  assert.deepEqual(candidateWindows(text), []);
});

test('date-shaped numbers and trigger words keep their windows', () => {
  for (const shaped of ['on 4/5/2021', 'at 6am', 'at 5 p.m.', 'from 5 until 7', 'in 5 d', "the '90s", 'on 01.02.22', 'mar07', 'last Sat', 'in 1998', 'on Monday']) {
    const text = `${pad}It was ${shaped} that the 12 members met.${pad}`;
    assert.equal(candidateWindows(text).length, 1, shaped);
  }
});

test('dates next to dropped amounts are still found', () => {
  const text = `${pad}The 40 km pipeline carried 1,200 tonnes.${pad}${pad}It opened at 6am on 4/5/2021, and 300 families moved in 1998.${pad}`;
  const values = findDates(text, { published: '2021-06-01' }).map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(values, ['6am on 4/5/2021=2021-04-05T06:00', '1998=1998']);
});
