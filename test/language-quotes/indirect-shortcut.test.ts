// findIndirect skips a sentence with no "according" and no speech verb among its tokens; that is
// exact only while the frame rules never find a frame without one of those words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { reportedSpeech } from '../../src/language/quotes/indirect.js';
import { SPEECH_VERBS, CUE_FILLERS } from '../../src/language/quotes/lexicon.js';
import { tokenize } from '../../src/language/quotes/tokens.js';

const FRAME_WORDS = new Set([...SPEECH_VERBS, 'according']);
// Words near the frame rules' triggers (fillers, objects, "that", "to", names), frame words and punctuation.
const words = fc.constantFrom('Wang', 'the', 'minister', 'also', 'told', 'SAID', 'said', 'says', 'According', 'according', 'to', 'that', 'reporters',
  'officials', 'in', 'a', 'statement', 'announce', 'called', 'urged', 'noted', 'Ms.', 'Lee', 'prices', 'rose', 'sharply', 'last', 'week', ...CUE_FILLERS);
const pieces = fc.oneof(words, fc.constantFrom(',', '.', ';', ' ', '“', '”', '—'));
const sentences = fc.array(pieces, { minLength: 1, maxLength: 24 }).map((a) => a.join(' '));

test('a sentence without "according" or a speech verb has no reported-speech frame', () => {
  let withoutFrameWord = 0;
  fc.assert(fc.property(sentences, (s) => {
    const hasFrameWord = tokenize(s, 0, s.length).some((t) => FRAME_WORDS.has(t.lower));
    if (hasFrameWord) return;
    withoutFrameWord++;
    assert.equal(reportedSpeech(s, { start: 0, end: s.length }), null, s);
  }), { numRuns: 5000 });
  assert.ok(withoutFrameWord > 500, `the generator yields sentences without frame words (${withoutFrameWord})`);
});

test('frames are still found with a frame word in any case', () => {
  assert.notEqual(reportedSpeech('Prices will rise, the minister SAID.', { start: 0, end: 36 }), null);
  assert.notEqual(reportedSpeech('According to the ministry, prices will rise next year.', { start: 0, end: 54 }), null);
  assert.equal(reportedSpeech('Prices will rise, the minister hoped.', { start: 0, end: 37 }), null);
});
