// The time parser's gate (clock-time-gate.ts) and the pair gates (parser-gates.ts PARSER_ALT_GATES)
// only skip work: the gated engine finds exactly what every parser on every window finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Chrono, type ParsedResult } from 'chrono-node';
import { findDates } from '../../src/language/dates/index.js';
import { isClockShaped, numbersMatter } from '../../src/language/dates/clock-time-gate.js';
import { createNewsChrono } from '../../src/language/dates/news-chrono.js';
import { PARSER_ALT_GATES } from '../../src/language/dates/parser-gates.js';
import { valueIgnoresMove } from '../../src/language/dates/result-value.js';
import type { NewsOption } from '../../src/language/dates/timex.js';

const OPTION: NewsOption = { ref: { y: 2022, m: 2, d: 1, known: true }, focusQuarter: null };
const REF_DATE = new Date(2022, 1, 1, 12);
const show = (rs: ParsedResult[]): string[] => rs.map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${[...r.tags()].join(',')}`);

// Sentences written for these tests.
const CLOCK_SHAPED: Array<[string, boolean]> = [
  ['The meeting starts at 10am sharp.', true],
  ['It ended at 10:30 with a vote.', true],
  ['The shop is open from 9 to 5 p.m. daily.', true],
  ['They met at 5 o\'clock in the hall.', true],
  ['Doors open 9 until 5 on weekdays.', true],
  ['The call came at 11 at night.', true],
  ['The feed showed 12 +05 as the offset.', true],
  ['She left at 3 p and came back.', true],
  ['The count rose to 12 people.', false],
  ['Prices rose 3.5 percent in 2022.', false],
  ['The fund paid 5 a share and 2.50 a unit.', false],
  ['Shares rose from 9 to 14 points.', false],
];

test('clock shapes: what more than a bare number or plain range needs', () => {
  for (const [text, shaped] of CLOCK_SHAPED) assert.equal(isClockShaped(text), shaped, text);
});

test('numbers far from other results, or that are no hour, do not matter', () => {
  const engine = createNewsChrono({ gated: false });
  const cases: Array<[string, boolean]> = [
    // An hour-like number next to a date may merge with it ("Monday 12").
    ['On Monday 12 people were hurt.', true],
    ['The deal closed on Jan. 5 - 12 firms signed.', true],
    // Far from any result, or no possible hour (3,800; 194; 2024; 38).
    ['The count rose to 12 people, officials said in a statement released to the press this afternoon in the capital city after the long meeting on Monday.', false],
    ['Around 3,800 troops and 194 firms joined on Monday; 38 left.', false],
    // An hour followed by a time zone name becomes a time ("12 EST").
    ['The count was 12 EST in the notes.', true],
  ];
  for (const [text, matters] of cases) {
    const others = engine.parsers.filter((p) => p.constructor.name !== 'ENTimeExpressionParser');
    const found = new Chrono({ parsers: others, refiners: [] }).parse(text, REF_DATE, OPTION) as unknown as Parameters<typeof numbersMatter>[1];
    assert.equal(numbersMatter(text, found), matters, text);
  }
});

const TEXTS = [
  ...CLOCK_SHAPED.map(([t]) => t),
  'On Monday 12 people were hurt and 14 were held; on Friday, 3 were freed at 5.',
  'The deal closed on Jan. 5 - 12 firms signed, and on March 3 at 7 the rest followed.',
  'The count was 12 EST in the notes, 9 GMT in the log and 2025-10-08 in the header.',
  'The team won 1-0 on Saturday, 3:2 on Sunday and 2-1 at home on 12 March 2021.',
  'Turnout was 74 to 27 on Tuesday; 9-14 on Wednesday; at 9-14 a year later; 12 a day before.',
  'From 12 to at 15 on Monday, 12 a to 15 on Tuesday, and 930 a on Friday, at 5 on Saturday.',
  'The log read 9 - 930 EST, then 12 art works were sold, then at          5 the hall closed.',
  // Pair gates: units, shifts and amounts, with and without the words next to each other.
  'A year ago, the year before, a 10-year plan, a couple of weeks and one and a half years passed.',
  'At year\'s end, by the end of the year, at year-end and the year end, the weekend and the summer.',
  'Later today, early tomorrow, this morning, last night, tonight and overnight the troops moved.',
  'Five years from now, three trading days, several more weeks, twenty-four hours and the past decade.',
  'The year was long; this week and next month, in the coming year and the past year, last spring.',
  'It was the end of an era; the year the war ended; a day of protests; years of talks; a month of rain.',
];

test('the gated engine finds exactly what every parser on every window finds', () => {
  const gated = createNewsChrono();
  const plain = createNewsChrono({ gated: false });
  for (const text of TEXTS) assert.deepEqual(show(gated.parse(text, REF_DATE, OPTION)), show(plain.parse(text, REF_DATE, OPTION)), text);
});

test('every result of a pair-gated parser holds one of its alternatives', () => {
  const plain = createNewsChrono({ gated: false });
  let hits = 0;
  for (const parser of plain.parsers) {
    const alt = PARSER_ALT_GATES.get(parser.constructor.name);
    if (!alt) continue;
    for (const text of TEXTS) {
      for (const r of new Chrono({ parsers: [parser], refiners: [] }).parse(text, REF_DATE, OPTION)) {
        hits++;
        const runs = (r.text.match(/[A-Za-z]+/g) ?? []).filter((run) => run.length >= 3);
        const paired = alt.pairs.some(([a, b]) => runs.some((run, i) => i > 0 && a.test(runs[i - 1]) && b.test(run)));
        const single = alt.singles.some((g) => runs.some((run) => g.test(run)));
        assert.ok(paired || single || (alt.regex?.test(r.text) ?? false), `${parser.constructor.name}: ${r.text}`);
      }
    }
  }
  assert.ok(hits > 30, `the sample texts exercise the pair-gated parsers (${hits} results)`);
});

test('numbers that are no times stay out of the dates; clock times stay in', () => {
  const published = '2022-02-01';
  const times = (text: string): string[] => findDates(text, { published }).filter((d) => d.type === 'TIME').map((d) => d.text);
  assert.deepEqual(times('The count rose to 12 people and prices 3.5 percent.'), []);
  assert.deepEqual(times('The team won 1-0 and the vote went 3:2 to the majority.'), []);
  assert.deepEqual(times('The fund paid 5 a share.'), []);
  assert.deepEqual(times('The meeting starts at 10am.'), ['10am']);
  assert.deepEqual(times('It ended at 10:30 in the hall.'), ['10:30']);
});

test('without a publication date, only values that depend on the reference need the second parse', () => {
  const engine = createNewsChrono();
  const ignores = (text: string): boolean[] => engine.parse(text, REF_DATE, OPTION).map(valueIgnoresMove);
  assert.deepEqual(ignores('They met on Friday.'), [true]);
  assert.deepEqual(ignores('They met in October.'), [true]);
  assert.deepEqual(ignores('They met for three years.'), [true]);
  assert.deepEqual(ignores('They met yesterday.'), [false]);
  assert.deepEqual(ignores('They met on January 5, 2021.'), [false]);
  const values = (text: string): string[] => findDates(text, { published: null }).map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(values('They met on Friday, in October, yesterday and on January 5, 2021.'),
    ['Friday=XXXX-WXX-5', 'October=XXXX-10', 'yesterday=PAST_REF', 'January 5, 2021=2021-01-05']);
});
