// Membership in a sorted typed array by binary search: cheaper than building a Set per compared pair.

/** Index of the first of `sorted[0, length)` (ascending) that is ≥ x (`length` when none is). */
export function lowerBound(sorted: ArrayLike<number>, x: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of x in `sorted` (ascending), or -1. */
export function sortedIndexOf(sorted: ArrayLike<number>, x: number): number {
  const at = lowerBound(sorted, x);
  return at < sorted.length && sorted[at] === x ? at : -1;
}

/** Whether `sorted` (ascending) holds x. */
export function sortedHas(sorted: ArrayLike<number>, x: number): boolean {
  return sortedIndexOf(sorted, x) >= 0;
}
