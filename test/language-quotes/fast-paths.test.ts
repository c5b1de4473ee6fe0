// The quote stage's hand-written fast paths must answer exactly as the regex scans they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trailingWords } from '../../src/language/quotes/trailing-words.js';
import { tokenize } from '../../src/language/quotes/tokens.js';

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
