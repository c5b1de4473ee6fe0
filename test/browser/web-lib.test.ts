// The UI's pure helpers (no browser needed): snippet marks, passage location and runs, TIMEX
// values on a time axis, story marks and coverage-matrix cells, word diffs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Story } from '../../src/model/export.js';
import { parseSnippet } from '../../web/src/lib/snippet.js';
import { locate, paragraphs, resolveOverlaps, runs } from '../../web/src/lib/spans.js';
import { coverageCell, storyMarks } from '../../web/src/lib/story-marks.js';
import { timexToTime } from '../../web/src/lib/timex.js';
import { placeEvents } from '../../web/src/lib/timeline-window.js';
import { wordDiff } from '../../web/src/lib/word-diff.js';
import { scoreClass } from '../../web/src/lib/palette.js';

test('snippet marks become match parts; markup-looking text stays text', () => {
  assert.deepEqual(parseSnippet('…the \u27E6vote\u27E7 on <b>x</b> \u27E6pipe\u27E7'), [
    { text: '…the ', match: false }, { text: 'vote', match: true }, { text: ' on <b>x</b> ', match: false }, { text: 'pipe', match: true },
  ]);
  assert.deepEqual(parseSnippet('no marks'), [{ text: 'no marks', match: false }]);
});

test('passages are located exactly or across whitespace differences', () => {
  const text = 'First line.\n\nThe  ministers\nmet on Monday. Then more.';
  assert.deepEqual(locate(text, 'First line.'), { start: 0, end: 11 });
  const at = locate(text, 'The ministers met on Monday.');
  assert.ok(at);
  assert.equal(text.slice(at.start, at.end), 'The  ministers\nmet on Monday.');
  assert.equal(locate(text, 'absent sentence'), null);
  assert.equal(locate(text, 'a (b) [c]?'), null, 'regex characters are escaped');
});

test('overlapping spans keep the first; runs cut paragraphs around them', () => {
  const spans = resolveOverlaps([{ start: 5, end: 10, kind: 'a' }, { start: 8, end: 12, kind: 'b' }, { start: 0, end: 3, kind: 'c' }]);
  assert.deepEqual(spans.map((s) => s.kind), ['c', 'a']);
  const text = 'abcdefghijklmnop';
  const r = runs(text, 2, 12, spans);
  assert.deepEqual(r.map((x) => [x.text, x.span?.kind ?? null]), [['c', 'c'], ['de', null], ['fghij', 'a'], ['kl', null]]);
  assert.deepEqual(paragraphs('one\n\n\ntwo\n\n'), [{ start: 0, end: 3 }, { start: 6, end: 9 }]);
  assert.deepEqual(paragraphs('one\ntwo'), [{ start: 0, end: 3 }, { start: 4, end: 7 }]);
});

test('TIMEX values map to instants; durations and references do not', () => {
  assert.equal(timexToTime('2025-03-04'), Date.UTC(2025, 2, 4));
  assert.equal(timexToTime('2025-03-04T10:00'), Date.UTC(2025, 2, 4));
  assert.equal(timexToTime('2025-W10'), Date.UTC(2025, 2, 3), 'ISO week 10 of 2025 starts on Monday 3 March');
  assert.equal(timexToTime('2021-W01'), Date.UTC(2021, 0, 4));
  assert.equal(timexToTime('2025-03'), Date.UTC(2025, 2, 15));
  for (const v of ['P3Y', 'PRESENT_REF', '', null]) assert.equal(timexToTime(v), null);
});

const story = {
  id: 's', label: 'x', level: 'story', parent_id: null, article_ids: ['a', 'b'], first_date: null, last_date: null, summary: [],
  coverage: {
    claims: [
      { id: 'c1', text: 'Troops crossed the border.', article_ids: ['a', 'b'], variants: [{ article_id: 'a', text: 'Troops crossed the border.' }, { article_id: 'b', text: 'Soldiers crossed the frontier.' }] },
      { id: 'c2', text: 'Only A says this.', article_ids: ['a'], variants: [{ article_id: 'a', text: 'Only A says this.' }] },
      { id: 'c3', text: 'About 12,000 troops.', article_ids: ['a'], variants: [{ article_id: 'a', text: 'About 12,000 troops.' }] },
    ],
    unique: { a: ['c2', 'c3'] },
  },
  quote_variants: [], framing: [],
  conflicts: [{ kind: 'number', about: 'troops', claims: [{ article_id: 'a', text: 'About 12,000 troops.' }, { article_id: 'b', text: 'About 18,000 troops.' }], flags: [] }],
} satisfies Story;

test('story marks: conflicts win over unique claims, shared claims marked as shared', () => {
  const text = 'Troops crossed the border. Only A says this. About 12,000 troops.';
  const marks = storyMarks(story, 'a', text);
  assert.deepEqual(marks.map((m) => [text.slice(m.start, m.end), m.kind]), [
    ['Troops crossed the border.', 'shared'], ['Only A says this.', 'unique'], ['About 12,000 troops.', 'conflict'],
  ]);
  assert.deepEqual(storyMarks(story, 'b', 'Soldiers crossed the frontier.').map((m) => m.kind), ['shared']);
});

test('coverage cells: as worded, in other words, or absent', () => {
  const [c1, c2] = story.coverage.claims;
  assert.equal(coverageCell(c1, 'a'), 'reported');
  assert.equal(coverageCell(c1, 'b'), 'differently');
  assert.equal(coverageCell(c2, 'b'), 'absent');
});

test('word diff marks added and removed words; score bins run from conflict to cooperation', () => {
  const parts = wordDiff('we are building a pipe', "we're laying a pipe");
  assert.ok(parts.some((p) => p.op === 'removed' && p.text.includes('building')));
  assert.ok(parts.some((p) => p.op === 'added' && p.text.includes('laying')));
  assert.equal(parts.filter((p) => p.op !== 'added').map((p) => p.text).join(''), 'we are building a pipe');
  assert.deepEqual([-10, -5, -1, 0, 1, 5, 10].map(scoreClass), ['score-0', 'score-1', 'score-2', 'score-3', 'score-4', 'score-5', 'score-6']);
});

test('timeline charts draw events near the median date and count far-off and undated ones', () => {
  const ev = (date: string | null) => ({ date });
  const r = placeEvents([ev('2025-03-04'), ev('2014'), ev('2025-W10'), ev('2025-03-01'), ev(null), ev('P3Y')]);
  assert.deepEqual(r.placed.map((p) => p.e.date), ['2025-03-01', '2025-W10', '2025-03-04']);
  assert.equal(r.distant, 1);
  assert.equal(r.undated, 2);
});
