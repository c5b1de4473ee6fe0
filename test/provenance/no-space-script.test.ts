// The tokenizer's table test for scripts written without spaces answers as the regex it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasNoSpaceScript } from '../../src/provenance/tokens.js';

const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

test('every code point, alone and inside Latin text, is classed as the regex classes it', () => {
  for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 7) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    assert.equal(hasNoSpaceScript(ch), NO_SPACE_SCRIPT.test(ch), `U+${cp.toString(16)}`);
    assert.equal(hasNoSpaceScript(`Kyiv said ${ch}.`), NO_SPACE_SCRIPT.test(`Kyiv said ${ch}.`), `U+${cp.toString(16)} in text`);
  }
});

test('mixed strings, lone surrogates included, get the regex answer', () => {
  const piece = fc.oneof(fc.string(), fc.constantFrom('中国', 'ภาษาไทย', 'カタカナ', '𠀀', '\ud800', 'Ukraine’s war', 'ລາວ', '\udc00x'));
  fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
    const text = parts.join('');
    assert.equal(hasNoSpaceScript(text), NO_SPACE_SCRIPT.test(text));
  }), { numRuns: 2000 });
});
