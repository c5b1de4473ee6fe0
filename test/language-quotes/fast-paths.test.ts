// The quote stage's hand-written fast paths must answer exactly as the regex scans and plain
// searches they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trailingWords } from '../../src/language/quotes/trailing-words.js';
import { hasFrameToken, tokenize } from '../../src/language/quotes/tokens.js';
import { SPEECH_VERBS } from '../../src/language/quotes/lexicon.js';

const PREMODIFIER = /((?:[\p{L}.-]+\s+){1,4})$/u;
const pieces = fc.constantFrom('a', 'Bo', 'é', '.', '-', ' ', '  ', '\n', '\u00a0', ',', '1', '𝐀', '\ud835', '\udc00', '’', 'Dr.', 'x', '“', '”');
const texts = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''));

test('trailingWords equals the premodifier regex on every slice', () => {
  fc.assert(fc.property(texts, fc.nat(12), fc.nat(12), (s, a, b) => {
    const from = Math.min(a, s.length);
    const to = Math.max(from, s.length - b);
    assert.equal(trailingWords(s, from, to), PREMODIFIER.exec(s.slice(from, to))?.[1] ?? null);
  }), { numRuns: 20000 });
});

test('trailingWords stops at four words and at other characters', () => {
  assert.equal(trailingWords('said spokesman for the ministry Zhao', 0, 32), 'spokesman for the ministry ');
  assert.equal(trailingWords('the U.S. envoy, special adviser Li', 0, 32), 'special adviser ');
  assert.equal(trailingWords('adviser Li', 0, 7), null);
});

test('range tokens cut from the cached whole-text scan equal a fresh scan of the range', () => {
  // Blanking what precedes `from` makes the whole-text scan start there: a fresh scan of the range.
  const fresh = (text: string, from: number, to: number) => tokenize(' '.repeat(from) + text.slice(from), from, to);
  fc.assert(fc.property(texts, fc.nat(40), fc.nat(40), (s, a, b) => {
    const from = Math.min(a, s.length);
    const to = Math.min(s.length, from + b);
    const c = s.charCodeAt(from);
    fc.pre(!(c >= 0xdc00 && c <= 0xdfff)); // a range may not start inside a surrogate pair (the oracle would split it)
    assert.deepEqual(tokenize(s, from, to), fresh(s, from, to));
  }), { numRuns: 5000 });
});

test('frame words of a range read off the whole-text flags equal those of the range tokens', () => {
  const frame = new Set([...SPEECH_VERBS, 'according']);
  const framePieces = fc.constantFrom('said', 'Said', 'SAYS', 'according', 'told', 'x', ' ', '.', ',', 'Dr.', 'é', '’', '-', '𝐀', 'noted', 'sand');
  const frameTexts = fc.array(framePieces, { maxLength: 30 }).map((a) => a.join(''));
  fc.assert(fc.property(frameTexts, fc.nat(60), fc.nat(60), (s, a, b) => {
    const from = Math.min(a, s.length);
    const to = Math.min(s.length, from + b);
    const c = s.charCodeAt(from);
    fc.pre(!(c >= 0xdc00 && c <= 0xdfff));
    assert.equal(hasFrameToken(s, from, to), tokenize(s, from, to).some((t) => frame.has(t.lower)), JSON.stringify([s, from, to]));
  }), { numRuns: 5000 });
});

test('the cached scan and range follow the text asked about', () => {
  const a = 'Lee said no. Ann left.';
  const b = 'Kim ate it. Bo sang.';
  assert.deepEqual(tokenize(a, 0, 12).map((t) => t.text), ['Lee', 'said', 'no', '.']);
  assert.equal(hasFrameToken(b, 0, 12), false);
  assert.deepEqual(tokenize(b, 0, 12).map((t) => t.text), ['Kim', 'ate', 'it', '.']);
  assert.equal(hasFrameToken(a, 0, 12), true);
  assert.deepEqual(tokenize(a, 0, 12).map((t) => t.text), ['Lee', 'said', 'no', '.']);
  assert.equal(tokenize(a, 0, 12), tokenize(a, 0, 12), 'a repeated range is the same array');
});
