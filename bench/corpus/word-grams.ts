// Word 5-gram containment, the measure of text reuse the provenance stage applies (issue 3), in its
// plain form for the generator's statistics and tests: lower-cased word tokens, distinct 5-grams.
const N = 5;
const WORD = /[\p{L}\p{N}]+/gu;

/** Distinct lower-cased word 5-grams of a text. */
export function wordGrams(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + N <= words.length; i++) out.add(words.slice(i, i + N).join(' '));
  return out;
}

/** Share of the smaller set's 5-grams found in the other (0 when it has none). */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}
