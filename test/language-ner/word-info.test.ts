// wordInfo's ASCII path (code units, affixes hashed in place) must give exactly the features of the
// generic path (Unicode regexes, strings), which the model was trained with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordInfo } from '../../src/language/ner/features.js';

const same = (w: string): void => assert.deepEqual(wordInfo(w), wordInfo(w, true), JSON.stringify(w));

test('the ASCII path equals the generic one on written forms', () => {
  for (const w of ['', 'a', 'A', 'I', 'the', 'The', 'THE', 'McDonald', "McDonald's", "O'Brien", 'U.S.', 'U.N.', 'A.', 'iPhone', 'eBay',
    '1,000', '3.5', '2016', '10:30', '$', '--', '...', '"', 'co-operate', 'AT&T', 'XXXXXX', 'xxxxxxx', 'aaaaaBBBBBccccc', 'B2B', 'x86',
    'Paris', 'PARIS-based', 'mid-2016', '_', 'NASA', 'spokeswoman', 'Yesterday', "n't", "'s", 'https://example.com/a?b=c']) same(w);
});

test('the ASCII path equals the generic one on random ASCII forms', () => {
  const unit = fc.constantFrom(...'aAbZzyY09_.-\'&$"/:,X'.split(''), 'x', 'd', 'L');
  fc.assert(fc.property(fc.array(unit, { maxLength: 14 }).map((a) => a.join('')), (w) => same(w)), { numRuns: 20000 });
  fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 12 }), (w) => same(w)), { numRuns: 20000 });
});
