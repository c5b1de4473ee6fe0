// Apostrophes that are not quote marks, unbalanced marks, huge paragraphs, other scripts, and the
// entity input contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/language/quotes/index.js';
import { findQuotedSpans } from '../../src/language/quotes/quote-marks.js';
import { LIMITS } from '../../src/language/quotes/lexicon.js';

const inner = (text: string) => findQuotedSpans(text).map((q) => text.slice(q.innerStart, q.innerEnd));

test('apostrophes are not quote marks', () => {
  assert.deepEqual(inner('Russia’s plans and both sides’ talks; rock ’n’ roll in the ’90s; don’t.'), []);
  assert.deepEqual(inner("Russia's plans, the '90s, rock 'n' roll, the Joneses' house."), []);
  assert.deepEqual(findQuotes('It was the ’90s and Russia’s economy grew.'), []);
});

test('plain narration has no quotes', () => {
  assert.deepEqual(findQuotes('The council met on Monday. It approved the budget without debate.'), []);
  assert.deepEqual(findQuotes(''), []);
});

test('a quote that never closes ends with its paragraph', () => {
  const text = 'Mayor Ana Silva said: “We will rebuild the bridge\n\nThe river rose again on Friday.';
  const spans = findQuotedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(spans[0].closed, false);
  assert.equal(text.slice(spans[0].innerStart, spans[0].innerEnd), 'We will rebuild the bridge');
  const q = findQuotes(text)[0];
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.name, 'Ana Silva');
});

test('a stray closing mark and an unpaired straight mark do not break later quotes', () => {
  const text = 'He measured 5\'10" tall. Later ” stray. “Proper quote here,” said Ben Hale.';
  assert.ok(inner(text).includes('Proper quote here,'));
});

test('10,000-word paragraph with an unclosed opening mark', () => {
  const words = Array.from({ length: 10_000 }, (_, i) => (i % 17 === 0 ? 'Officials' : 'word'));
  const text = `Reporter Kim Lee wrote: “${words.join(' ')} and it never closes. “Another opening mark appears.`;
  const quotes = findQuotes(text);
  for (const q of quotes) {
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(q.end - q.start <= text.length);
  }
  const spans = findQuotedSpans(text);
  // a quote open longer than the limit is abandoned rather than swallowing the paragraph
  assert.ok(spans.every((s) => s.innerEnd - s.innerStart <= LIMITS.maxQuoteChars + 1));
});

test('no sentence punctuation and all caps', () => {
  const text = 'OFFICIALS SAID “THE ROAD IS CLOSED” AND THEN LEFT WITHOUT ANOTHER WORD';
  const quotes = findQuotes(text);
  assert.equal(quotes.filter((q) => q.text === 'THE ROAD IS CLOSED').length, 1);
});

test('right-to-left and CJK text keep exact offsets', () => {
  const arabic = 'قال الوزير «سنواصل المفاوضات» في المؤتمر.';
  const a = findQuotes(arabic).find((q) => q.text === 'سنواصل المفاوضات');
  assert.ok(a);
  assert.equal(arabic.slice(a.start, a.end), 'سنواصل المفاوضات');
  const chinese = '外交部发言人说：“中方的立场是一贯的。”他还表示欢迎。';
  const c = findQuotes(chinese).find((q) => q.text === '中方的立场是一贯的。');
  assert.ok(c);
  assert.equal(chinese.slice(c.start, c.end), '中方的立场是一贯的。');
});

test('entities from the caller give the speaker its entity key', () => {
  const text = 'Wang Lei met the press. “Trade will grow,” Wang said.';
  const entities = [
    { text: 'Wang Lei', type: 'PERSON', start: 0, end: 8, key: 'person:wang-lei' },
    { text: 'Wang', type: 'PERSON', start: 43, end: 47 },
  ];
  const q = findQuotes(text, { entities }).find((m) => m.kind === 'direct');
  assert.equal(q?.speaker?.name, 'Wang Lei');
  assert.equal(q?.speaker?.entityKey, 'person:wang-lei');
  assert.equal(text.slice(q?.speaker?.start, q?.speaker?.end), 'Wang');
});
