// Word 5-gram containment as the provenance stage measures text reuse (issue 3): its own tokens
// (lower-cased words, curly apostrophes folded) and shingle hashes, for the generator's statistics and tests.
import { distinctSorted, intersectionSize, shingleHashes } from '../../src/provenance/shingles.js';
import { tokenize } from '../../src/provenance/tokens.js';

/** The text's distinct word 5-grams, as sorted shingle hashes. */
export function wordGrams(text: string): Uint32Array {
  const tokens = tokenize(text);
  return distinctSorted(shingleHashes(tokens.hashes, 0, tokens.count));
}

/** Share of the smaller set's 5-grams found in the other (0 when it has none). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : intersectionSize(a, b) / small;
}
