// The character table that replaces Unicode regexes in the quote stage's loops answers as those
// regexes do, for every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CASED, charClass, isBlank, JOINER, LETTER, LETTER_OR_DIGIT, LOWER, MARK, SINGLE, UPPER } from '../../src/language/quotes/char-class.js';

test('every code unit gets the classes its regexes give it', () => {
  const checks: [number, RegExp][] = [
    [LETTER_OR_DIGIT, /^[\p{L}\p{N}]$/u], [LETTER, /^\p{L}$/u], [MARK, /^\p{M}$/u], [UPPER, /^\p{Lu}$/u], [LOWER, /^\p{Ll}$/u],
    [SINGLE, /^[,;:.!?“”"‘’«»―—–()[\]]$/u], [JOINER, /^[.'’-]$/u],
  ];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const k = charClass(c);
    for (const [bit, re] of checks) assert.equal((k & bit) !== 0, re.test(ch), `U+${c.toString(16)} ${re}`);
    assert.equal((k & CASED) !== 0, ch.toLowerCase() !== ch, `U+${c.toString(16)} cased`);
    assert.equal(isBlank(c), /^\s$/u.test(ch), `U+${c.toString(16)} blank`);
  }
});
