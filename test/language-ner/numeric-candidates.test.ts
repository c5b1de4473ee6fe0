// numericEntities tries each type's sticky regex only at word starts that begin with a digit or a
// start text of the type; it must find exactly the spans a whole-text scan of the same patterns
// finds (matches kept at word starts, the bare-year tail after its cue words).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropOverlaps, numericEntities, type TypedSpan } from '../../src/language/ner/numeric-entities.js';
import { NUMERIC_PATTERNS } from '../../src/language/ner/numeric-patterns.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** The plain scan: every pattern as a global regex over the whole text. */
function wholeTextScan(text: string): TypedSpan[] {
  const found: TypedSpan[] = [];
  for (const p of NUMERIC_PATTERNS) {
    const re = new RegExp(p.re.source, 'gu');
    const tail = p.tail ? new RegExp(p.tail.re.source, 'gu') : null;
    const matches: { index: number; end: number; head: boolean }[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      matches.push({ index: m.index, end: m.index + m[0].length, head: true });
      re.lastIndex = m.index + 1; // every start position
    }
    if (tail && p.tail) {
      for (let m = tail.exec(text); m; m = tail.exec(text)) {
        if (p.tail.before.test(text.slice(Math.max(0, m.index - p.tail.lookback), m.index))) matches.push({ index: m.index, end: m.index + m[0].length, head: false });
        tail.lastIndex = m.index + 1;
      }
    }
    // Leftmost first, the head regex before the tail at one offset; then on after the match.
    matches.sort((a, b) => a.index - b.index || (a.head === b.head ? 0 : a.head ? -1 : 1));
    let from = 0;
    let last = -1;
    for (const m of matches) {
      if (m.index < from || m.index === last) continue;
      last = m.index;
      if (m.end === m.index || (m.index > 0 && WORD_CHAR_RE.test(text[m.index - 1]))) continue;
      found.push({ type: p.type, start: m.index, end: m.end });
      from = m.end;
    }
  }
  return dropOverlaps(found);
}

// Written for this test: pieces that start, continue or break numeric expressions.
const PIECES = [
  '1', '7', '19', '20', '1998', '2021', '3.5', '1,200', '45', '$', 'US$', 'HK$', '€', '£', 'USD', 'Rs.', 'DM', '%', 'percent',
  'per cent', 'million', 'bn', 'm', 'k', 'dollars', 'U.S. dollars', 'euros', 'km', 'miles', 'tonnes', '°C', 'kWh', 'square feet',
  'January', 'Jan.', 'Sept.', 'May', 'mid', 'early', 'late', 'last', 'next', 'this', 'earlier this', 'Monday', 'Friday', 'night',
  'today', 'tonight', 'week', 'year', 'days', 'ago', 'the', 'a', 'one', 'twenty', 'sixty', 'several', 'a few', 'dozens of', 'tenm',
  'in', 'since', 'of', 'and', 'within', 'x', 'Zq', 'é', '-', '+', '/', ',', '.', '(', "'", 'th', '1990s', 'pct', 'points', '北京',
  '12/03/2020', '2019-05-01', 'mid-', 'pre', 'Thu', 'Jun', 'A$', 'hundreds of',
];
const SEPARATORS = [' ', ' ', ' ', '', '-', '\n', ', ', '.', '\u00a0'];

test('candidate offsets find the spans of a whole-text scan', () => {
  const rnd = mulberry32(4242);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  let spans = 0;
  for (let i = 0; i < 4000; i++) {
    let text = '';
    for (let k = 1 + Math.floor(rnd() * 12); k > 0; k--) text += pick(PIECES) + pick(SEPARATORS);
    const expected = wholeTextScan(text);
    assert.deepEqual(numericEntities(text), expected, JSON.stringify(text));
    spans += expected.length;
  }
  assert.ok(spans > 1000, `the generated texts hold numeric expressions (${spans})`);
});

test('no candidate inside a word; candidates after punctuation and hyphens', () => {
  const spans = (text: string): string[] => numericEntities(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans('x2019 and a2b3 and fifty5 percent'), []);
  assert.deepEqual(spans('pre-January talks (5 km) and "$3 million"'), ['January', '5 km', '$3 million']);
});
