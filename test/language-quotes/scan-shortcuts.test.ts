// The quote stage's shortcuts change no result: ranges that start inside a word read the same tokens
// as a scan from there; the mark scan that jumps between marks keeps the per-character rules
// (stale openers, possessives, straight marks ahead); the backward last-word scan matches its regex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/language/quotes/tokens.js';
import { findQuotedSpans } from '../../src/language/quotes/quote-marks.js';
import { lastWord } from '../../src/language/quotes/classify.js';
import { LIMITS } from '../../src/language/quotes/lexicon.js';

const TEXT = 'Sen. Ann Lee (D-N.M.) told the U.S. Senate on Tuesday: “We’re well-known, aren’t we?” Mr. O’Neil, 54, said no. Dr. R. Smith-Jones left.';

test('a range starting inside a word reads what a scan from there reads', () => {
  for (let from = 0; from < TEXT.length; from++) {
    for (const to of [from + 5, from + 40, TEXT.length]) {
      // Reference: the same characters as a text of their own, scanned whole, offsets moved back.
      const own = TEXT.slice(from);
      const expected = tokenize(own, 0, to - from).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
      assert.deepEqual(tokenize(TEXT, from, to).map((t) => ({ ...t })), expected, `from ${from} to ${to}`);
    }
  }
});

test('a stale opener is given up before a line break, as the per-character scan did', () => {
  const long = 'x'.repeat(LIMITS.maxQuoteChars + 5);
  const text = `He said “${long}\n“Next paragraph,” she added.`;
  const spans = findQuotedSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.innerStart, s.innerEnd)), ['Next paragraph,']);
});

test('an opener that is not stale yet still runs on over the paragraph break', () => {
  const text = 'He said “We will stay\n“and we will fight,” she added.';
  const spans = findQuotedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(spans[0].paragraphs, 2);
});

test('a plural possessive keeps a single quote open when a closer follows on the line', () => {
  const text = "He called it 'the sides' future plan' and left. The sides' views differ.";
  const spans = findQuotedSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.innerStart, s.innerEnd)), ["the sides' future plan"]);
});

test('a curly quote inside a straight one that closes on the line nests', () => {
  const text = 'They asked "what is the question: “yes or no” here" and left.';
  const spans = findQuotedSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.innerStart, s.innerEnd)), ['what is the question: “yes or no” here']);
});

test('the last word before a quote matches the regex it replaces', () => {
  const re = /([\p{L}-]+)[\s,]*$/u;
  for (const s of ['He called it ', 'the so-called ,  ', 'a 𝒜lpha, ', 'ends with 7 ', '', '  ,', 'word', 'x\ud835 ', 'été ']) {
    assert.equal(lastWord(s), re.exec(s)?.[1] ?? null, JSON.stringify(s));
  }
});
