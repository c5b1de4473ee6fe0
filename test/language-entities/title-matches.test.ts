// Title-only phrases are found by trying the title regex only where "the"/"The" starts a word;
// the matches must be those of a global scan of the whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTitleMentions, TITLE_SOURCE, titleMatches } from '../../src/language/entities/title-mentions.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

function globalScan(text: string): [number, string, string, string][] {
  const re = new RegExp(String.raw`\b` + TITLE_SOURCE, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index!, m[0], m[1], m[2]]);
}

// Written for this test: title words, names, and the boundaries around "the".
const PIECES = [
  'the', 'The', 'THE', 'then', 'other', 'bathe', 'x_the', '9the', 'éthe', 'the-', 'foreign', 'Foreign', 'minister', 'Minister',
  'spokesman', 'president', 'new', 'Chinese', 'U.S.', "China's", 'Wang', 'Yi', 'said', 'deputy', 'prime', 'of', 'state',
  'secretary', 'governor', 'general', 'ministers', 'minister-', 'he', 'she', 'hehe', 'Ministry', '',
];
const SEPARATORS = [' ', ' ', ' ', '\u00a0', '\n', ', ', '. ', '-', '', '"'];

test('title matches equal a global scan', () => {
  const rnd = mulberry32(77);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  let found = 0;
  for (let i = 0; i < 5000; i++) {
    let text = '';
    for (let k = 1 + Math.floor(rnd() * 14); k > 0; k--) text += pick(PIECES) + pick(SEPARATORS);
    const expected = globalScan(text);
    assert.deepEqual(titleMatches(text).map((m) => [m.index, m[0], m[1], m[2]]), expected, JSON.stringify(text));
    found += expected.length;
  }
  assert.ok(found > 200, `the generated texts hold title phrases (${found})`);
});

test('title-only mentions', () => {
  const text = 'The foreign minister said so. Then the Foreign Minister Wang Yi left, and the spokesman smiled.';
  assert.deepEqual(findTitleMentions(text).map((t) => t.text), ['The foreign minister', 'the spokesman']);
});
