import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SENTENCE_TOKENS, splitSentences } from '../../src/language/sentences/split-sentences.js';
import { tokenize } from '../../src/language/tokens/tokenize.js';

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

const CASES: [string, string[]][] = [
  ['Mr. Lee met Dr. Park and Gen. Moss. They talked.', ['Mr. Lee met Dr. Park and Gen. Moss.', 'They talked.']],
  ['She moved to the U.S. in 2001. Prices rose 3.5 percent.', ['She moved to the U.S. in 2001.', 'Prices rose 3.5 percent.']],
  ['He moved to the U.S. The move was big.', ['He moved to the U.S.', 'The move was big.']],
  ['It opened at 9 a.m. on Jan. 5 in St. Paul. Crowds came.', ['It opened at 9 a.m. on Jan. 5 in St. Paul.', 'Crowds came.']],
  ['J. R. Smith scored. Fans cheered!', ['J. R. Smith scored.', 'Fans cheered!']],
  ['“We will win.” He left.', ['“We will win.”', 'He left.']],
  ['He said: "It is over. We go home." Then he left.', ['He said: "It is over.', 'We go home."', 'Then he left.']],
  ['OSLO (AP) — The talks ended. Both sides left.', ['OSLO (AP) — The talks ended.', 'Both sides left.']],
  ['OSLO (AP) —\nThe talks ended.', ['OSLO (AP) —\nThe talks ended.']],
  ['A headline with no stop\n\nBody text here. More.', ['A headline with no stop', 'Body text here.', 'More.']],
  ['- first item\n- second item', ['- first item', '- second item']],
  ['Why? Because. Really...', ['Why?', 'Because.', 'Really...']],
  ['Version 2.0 of the e.g. tool', ['Version 2.0 of the e.g. tool']],
];

test('splitSentences: abbreviations, quotes, datelines, paragraphs, lists', () => {
  for (const [input, expected] of CASES) assert.deepEqual(texts(input), expected, input);
});

test('splitSentences: text without punctuation is cut at the length cap', () => {
  const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
  const spans = splitSentences(words);
  assert.equal(spans.length, Math.ceil(1000 / MAX_SENTENCE_TOKENS));
  for (const s of spans) assert.ok(tokenize(words.slice(s.start, s.end)).length <= MAX_SENTENCE_TOKENS);
  assert.equal(spans[0].start, 0);
  assert.equal(spans[spans.length - 1].end, words.length);
});

test('splitSentences: CJK and empty input', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(texts('你好。再见！'), ['你好。', '再见！']);
});
