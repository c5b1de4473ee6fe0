// Table-driven cases with a fixed publication date: matched text, offsets and TIMEX3 value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/language/dates/index.js';

interface Case { text: string; published: string | null; expect: Array<[string, string]> }

const CASES: Case[] = [
  // Seed-like news cases.
  { text: 'Police said last Thursday that the suspect fled.', published: '2022-02-01', expect: [['last Thursday', '2022-01-27']] },
  { text: 'On January 31 the council voted.', published: '2024-02-12', expect: [['January 31', '2024-01-31']] },
  { text: 'The deal was signed on 4 February in Paris.', published: '2022-03-07', expect: [['4 February', '2022-02-04']] },
  { text: 'Protesters gathered Saturday in the square.', published: '2022-02-01', expect: [['Saturday', '2022-01-29']] },
  { text: 'The minister spoke on Monday.', published: '2022-02-03', expect: [['Monday', '2022-01-31']] },
  { text: 'The committee will meet Friday.', published: '2022-02-01', expect: [['Friday', '2022-02-04']] },
  { text: 'Talks resume next Tuesday.', published: '2022-02-01', expect: [['next Tuesday', '2022-02-08']] },
  // Day-first dotted dates, unless impossible.
  { text: 'The report was released on 01.02.2022 by the ministry.', published: '2022-03-07', expect: [['01.02.2022', '2022-02-01']] },
  // Months without a year, with edges.
  { text: 'Prices rose in mid-December and again in October.', published: '2022-02-01', expect: [['mid-December', '2021-12'], ['October', '2021-10']] },
  { text: 'The law takes effect in October, officials will say.', published: '2022-02-01', expect: [['October', '2021-10']] },
  { text: 'The plant will reopen in October.', published: '2022-02-01', expect: [['October', '2022-10']] },
  { text: 'It closed in March 2019.', published: '2022-02-01', expect: [['March 2019', '2019-03']] },
  // Granularity of relative periods.
  { text: 'Sales fell last month, last week and last year.', published: '2022-02-01', expect: [['last month', '2022-01'], ['last week', '2022-W04'], ['last year', '2021']] },
  { text: 'Earlier this month and this week, the past decade was reviewed.', published: '2022-02-01',
    expect: [['Earlier this month', '2022-02'], ['this week', '2022-W05'], ['the past decade', 'P10Y']] },
  { text: 'Two weeks ago the plant closed; three years ago it opened.', published: '2022-02-01', expect: [['Two weeks ago', '2022-01-18'], ['three years ago', '2019']] },
  { text: 'Today the minister resigned. He is now in London.', published: '2022-02-01', expect: [['Today', '2022-02-01'], ['now', 'PRESENT_REF']] },
  { text: 'Yesterday the court ruled; tomorrow it sits again.', published: '2022-02-01', expect: [['Yesterday', '2022-01-31'], ['tomorrow', '2022-02-02']] },
  { text: 'The station burned last night and reopened this morning.', published: '2022-02-01', expect: [['last night', '2022-01-31TNI'], ['this morning', '2022-02-01TMO']] },
  { text: 'Last fall and this summer were dry.', published: '2022-02-01', expect: [['Last fall', '2021-FA'], ['this summer', '2022-SU']] },
  // Years, decades, centuries.
  { text: 'In the 1990s the company grew, and in 1998 it listed.', published: '2022-02-01', expect: [['the 1990s', '199X'], ['1998', '1998']] },
  { text: 'Buildings from the 19th century and the nineties stand.', published: '2022-02-01', expect: [['the 19th century', '18'], ['the nineties', '199X']] },
  { text: 'Results for fiscal 1989 were flat.', published: '1989-11-02', expect: [['fiscal 1989', '1989']] },
  // Durations.
  { text: 'He served three years and 24 hours in custody.', published: '2022-02-01', expect: [['three years', 'P3Y'], ['24 hours', 'PT24H']] },
  { text: 'A five-year plan and several weeks of talks.', published: '2022-02-01', expect: [['five-year', 'P5Y'], ['several weeks', 'PXW']] },
  { text: 'Talks lasted for two days.', published: '2022-02-01', expect: [['two days', 'P2D']] },
  // Quarters in business reports.
  { text: 'Third-quarter profit beat the year-ago quarter.', published: '1989-11-02', expect: [['Third-quarter', '1989-Q3'], ['the year-ago quarter', '1988-Q3']] },
  { text: 'Profit in the first half of 1990 rose.', published: '1989-11-02', expect: [['the first half of 1990', '1990-H1']] },
  // Reference words and sets.
  { text: 'Recently he was formerly a judge. The future is bright.', published: '2022-02-01', expect: [['Recently', 'PAST_REF'], ['formerly', 'PAST_REF'], ['The future', 'FUTURE_REF']] },
  { text: 'The annual fair is held every week, and the paper appears daily.', published: '2022-02-01', expect: [['annual', 'P1Y'], ['every week', 'P1W'], ['daily', 'P1D']] },
  { text: 'The club meets each Thursday.', published: '2022-02-01', expect: [['each Thursday', 'XXXX-WXX-4']] },
  // Times.
  { text: 'The vote closed at 3 p.m. Wednesday.', published: '2022-02-03', expect: [['3 p.m. Wednesday', '2022-02-02T15:00']] },
  { text: 'Sept. 30, 1997 was the deadline.', published: '1998-02-04', expect: [['Sept. 30, 1997', '1997-09-30']] },
];

for (const c of CASES) {
  test(`${c.published ?? 'undated'}: ${c.text}`, () => {
    const found = findDates(c.text, { published: c.published });
    assert.deepEqual(found.map((d) => [d.text, d.value]), c.expect);
    for (const d of found) {
      assert.equal(c.text.slice(d.start, d.end), d.text, 'offsets point at the text');
    }
  });
}

test('types follow TimeML: DATE, TIME, DURATION, SET', () => {
  const found = findDates('For two days, every week, at 3 p.m. on Monday, in 1998.', { published: '2022-02-01' });
  assert.deepEqual(found.map((d) => d.type), ['DURATION', 'SET', 'TIME', 'DATE']);
});

test('offsets are absolute in long text', () => {
  const filler = 'The council discussed the budget at length. '.repeat(200);
  const text = `${filler}The mayor resigned on Friday.`;
  const [d] = findDates(text, { published: '2022-02-01' });
  assert.equal(d.text, 'Friday');
  assert.equal(d.start, text.indexOf('Friday'));
  assert.equal(d.value, '2022-01-28');
});
