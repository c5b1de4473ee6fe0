// Growth per doubling of the corpus (the scaling measure: ≤ 2.2× for every stage). Between
// sizes na < nb with figures a and b, the factor f with a · f^log2(nb/na) = b.
export const GROWTH_LIMIT = 2.2;

export function perDoubling(a: number, b: number, na: number, nb: number): number {
  return Math.pow(b / a, 1 / Math.log2(nb / na));
}
