// The per-parser gates only skip work: the gated engine finds exactly what the ungated one finds,
// and the text of every parser result passes that parser's gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Chrono, type ParsedResult } from 'chrono-node';
import { createNewsChrono } from '../../src/language/dates/news-chrono.js';
import { PARSER_GATES, PARSER_RUN_GATES } from '../../src/language/dates/parser-gates.js';
import { EndOfPeriodGuard } from '../../src/language/dates/refiners/end-of-period-guard.js';
import { TimezoneAbbrGuard } from '../../src/language/dates/refiners/timezone-abbr-guard.js';
import type { NewsOption } from '../../src/language/dates/timex.js';

// Sentences written for this test: one or more forms for every parser of the engine.
const TEXTS = [
  'The report was released on 2021-03-04T10:30:00Z and revised on 2021/03/05, then on 4/5/2021.',
  'Sales in 3/2020 fell, the figures for 2019 Mar 12 show, and on 01.02.2022 they rose again.',
  'At 5 p.m. on Tuesday, and again at 10:30 the next morning, the council met; midnight passed at noon.',
  'On 4 February, the 21st of March and March 3rd, 2021, prices rose; in mid-December and October too.',
  'The twenty-first of June to the 23rd of June 2020 was hot. In 1999 May was wet. Early 2003 was dry.',
  'Last weekend, this weekday and next Friday, officials met; on Sun. and Thurs. they rested.',
  'Yesterday, today, tonight and tomorrow (tmrw) are busy; last night was quiet, and now we wait.',
  'Three days ago, two weeks earlier, 5 years before, a few months later and 3 hours from now the plant moved.',
  'Within two weeks, in 3 days, for several months and within a couple of years the deal closes.',
  'This quarter, the first quarter of 2019, the year-ago period and the second half of fiscal 2020 were weak.',
  'The past decade, the last 12 months, recent weeks and the next fortnight; the coming months look better.',
  'In the 1990s, the nineties, the \'80s, the 20th century, nineteen ninety-six and two thousand and one.',
  'Daily, weekly, every Monday, each month, Sundays, once a week and twice a year the board meets.',
  'In the near future, at the moment, currently, recently, formerly, lately and as soon as possible.',
  'By the end of the month, the last day of the month, this month, last year, next week and past months.',
  'Plus 2 days and -3 weeks, after this week, next 3 months, this spring and last summer.',
  'The 40 km pipeline carried 1,200 tonnes; 3.2 percent of $4.5 billion went to 300 families.',
  'Nothing temporal here at all, only a sentence about a cat.',
  // Letter runs that hold more than a date word: the run gates must still let these through.
  'It was inMay 2020 and Marchfirst, then 5thMarch and the 3rdofJune; Jan. 5 and the year-end, the year\'s end.',
  'The mayor of the market town met Marshall in Decatur; the Mondays were quiet and the weekday busy.',
  'Five days later, three years before, two weeks ago and 4 months after that, the end of the month came.',
  // Amounts before "ago"/"later" and friends (one unit or several), ordinals glued to the month.
  'About an hour ago, a couple of years before, half an hour later, 2 years, 3 months and 5 days after and 10 weeks out; the 3rd-May and 4/June.',
  // Numbers with dashes and dots: ISO dates, an impossible month, a glued code.
  'Filed 13-25-2021 and 05-12-2021, stamped 2024-03-12 and 2024-03-12-10, then 01.02.22, code A13.05.2020 and 45-12-2020.',
];

const OPTION: NewsOption = { ref: { y: 2022, m: 2, d: 1, known: true }, focusQuarter: { y: 2021, q: 4 } };
const REF_DATE = new Date(2022, 1, 1, 12);

const show = (rs: ParsedResult[]): string[] => rs.map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${r.tags ? [...r.tags()].join(',') : ''}`);

test('the gated engine finds exactly what every parser on every window finds', () => {
  const gated = createNewsChrono();
  const plain = createNewsChrono({ gated: false });
  for (const text of TEXTS) {
    assert.deepEqual(show(gated.parse(text, REF_DATE, OPTION)), show(plain.parse(text, REF_DATE, OPTION)), text);
  }
});

test('the text of every parser result passes the parser\'s gate', () => {
  const plain = createNewsChrono({ gated: false });
  let gatedHits = 0;
  for (const parser of plain.parsers) {
    const gate = PARSER_GATES.get(parser.constructor.name);
    if (!gate) continue;
    for (const text of TEXTS) {
      const found = new Chrono({ parsers: [parser], refiners: [] }).parse(text, REF_DATE, OPTION);
      for (const r of found) {
        gatedHits++;
        for (const g of gate instanceof RegExp ? [gate] : gate) assert.ok(g.test(r.text), `${parser.constructor.name}: ${r.text} (${g.source})`);
      }
    }
  }
  assert.ok(gatedHits > 50, `the sample texts exercise the gated parsers (${gatedHits} results)`);
});

test('every parser result holds a letter run that passes the parser\'s run gate', () => {
  const plain = createNewsChrono({ gated: false });
  let gatedHits = 0;
  for (const parser of plain.parsers) {
    const gate = PARSER_RUN_GATES.get(parser.constructor.name);
    if (!gate) continue;
    for (const text of TEXTS) {
      for (const r of new Chrono({ parsers: [parser], refiners: [] }).parse(text, REF_DATE, OPTION)) {
        gatedHits++;
        const runs = r.text.match(/[A-Za-z]+/g) ?? [];
        assert.ok(runs.some((run) => gate.test(run)), `${parser.constructor.name}: ${r.text} (${gate.source})`);
      }
    }
  }
  assert.ok(gatedHits > 50, `the sample texts exercise the run-gated parsers (${gatedHits} results)`);
});

test('a gated-off parser is skipped: no gate text, no result', () => {
  const gated = createNewsChrono();
  assert.deepEqual(gated.parse('Nothing temporal here at all.', REF_DATE, OPTION), []);
  assert.equal(show(gated.parse('It happened on Monday.', REF_DATE, OPTION)).length, 1);
});

test('the gated engine follows a replaced parser list', () => {
  const gated = createNewsChrono();
  const plain = createNewsChrono({ gated: false });
  const weekday = plain.parsers.filter((p) => p.constructor.name === 'ENWeekdayParser');
  assert.equal(weekday.length, 1);
  gated.parsers = weekday;
  const text = 'It happened on Monday, not on 4 February.';
  const alone = new Chrono({ parsers: weekday, refiners: plain.refiners }).parse(text, REF_DATE, OPTION);
  assert.deepEqual(show(gated.parse(text, REF_DATE, OPTION)), show(alone));
  assert.deepEqual(show(gated.parse(text, REF_DATE, OPTION)).map((s) => s.split(':')[1]), ['Monday']);
  assert.deepEqual(gated.parse('Nothing here but 4 February.', REF_DATE, OPTION), []);
});

test('the engine\'s shortcuts inside chrono (time parser, end-of-period and time-zone refiners) change no result', () => {
  const engine = createNewsChrono({ gated: false });
  // The same engine with chrono's own time parser and refiners back in place.
  const reference = createNewsChrono({ gated: false });
  reference.parsers = reference.parsers.map((p) => (Object.hasOwn(p, 'extractPrimaryTimeComponents') ? Object.getPrototypeOf(p) as typeof p : p));
  reference.refiners = reference.refiners.map((r) => (r instanceof EndOfPeriodGuard || r instanceof TimezoneAbbrGuard ? r.inner : r));
  assert.ok(reference.parsers.some((p, i) => p !== engine.parsers[i]), 'the time parser is wrapped');
  assert.equal(engine.refiners.filter((r) => r instanceof EndOfPeriodGuard || r instanceof TimezoneAbbrGuard).length, 2, 'the two refiners are guarded');
  const extra = [
    'By the end of the month, at the end of this week and on the last day of the month, at the END OF  March.',
    'The 194 workers, 74 votes, 2023 budget, 1200 units, 12.5 percent, 9 to 5, 10:30 a.m., 7 p.m. and 0930 GMT.',
    'At 25:00, 12:75, 1:5 pm, 105 and 1999 the clock showed 3 o\'clock in the afternoon, then 11 at night.',
    'At 10 a.m. EST, 3 p.m. (GMT), noon pst and 9:30, CET on June 5, Monday said the new SEC head at 4 PM jst.',
  ];
  for (const text of [...TEXTS, ...extra]) {
    assert.deepEqual(show(engine.parse(text, REF_DATE, OPTION)), show(reference.parse(text, REF_DATE, OPTION)), text);
  }
});
