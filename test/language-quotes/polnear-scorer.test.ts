// The PolNeAR speaker scorer (eval/polnear/score.ts): which word of a gold source a predicted
// speaker must contain, and which sources name no one. Self-written source phrases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHead, speakerMatches } from '../../eval/polnear/score.js';

const heads: [string, string | null][] = [
  ['Ann Lee', 'Lee'],
  ['campaign manager Ann Lee', 'Lee'],
  ['Gov. Tom Hart of Ohio', 'Hart'],
  ['Secretary of State Ann R. Lee', 'Lee'],
  ['Speaker of the House Rep. Tom Hart (R-Ohio)', 'Hart'],
  ['Another critic, Dana R. Holt,', 'Holt'],
  ['Her campaign manager, Rob Mills,', 'Mills'],
  ['the Valley Ledger', 'Ledger'],
  // sources that describe rather than name: no name can be judged right for them
  ['the Ohio senator', null],
  ['Lee supporters', null],
  ["Lee's campaign", null],
  ['a woman in Dayton, Ohio,', null],
  ['The former secretary of State', null],
  ['a spokesman for Ann Lee', null],
  ['she', null],
];

for (const [source, head] of heads) {
  test(`head of "${source}" is ${head}`, () => assert.equal(sourceHead(source), head));
}

test('a sentence-initial common word is no name; the same word as a surname is', () => {
  const text = 'The board met. Officials at the board said little. Two officials left early.';
  assert.equal(sourceHead('Officials', { text, start: text.indexOf('Officials') }), null);
  const named = 'The board met. Price said little. Later, Dana Price left. The price rose.';
  assert.equal(sourceHead('Price', { text: named, start: named.indexOf('Price') }), 'Price');
});

test('speaker names match the head in any case, and only as a whole word', () => {
  assert.equal(speakerMatches('Dana Holt', 'HOLT'), true);
  assert.equal(speakerMatches('Holt', 'Dana Holt'), true);
  assert.equal(speakerMatches('Ann Lee-Hart', 'Hart'), true);
  assert.equal(speakerMatches('Holtz', 'Holt'), false);
  assert.equal(speakerMatches(null, 'Holt'), false);
  assert.equal(speakerMatches('Ohio', 'the Ohio senator'), false);
});
