// Arenas as pages of plain JS arrays of doubles instead of growing typed arrays. Why: a typed
// array's buffer lives outside the JS heap, and V8 answers every ~64 MB of such buffers allocated
// with a full mark-compact of the whole heap (measured: 16 collections for 640 MB of Float64Arrays,
// 2 for the same in double arrays), so arenas that grow by copying forced a storm of collections on
// a multi-GB heap. A double array is one heap object whose contents the collector never scans, and
// fixed pages are never copied to grow (copying a double array costs ~20 ns a slot).

export const PAGE_BITS = 16;
export const PAGE = 1 << PAGE_BITS;

/** A page of zeros in double representation: `slice` copies it at memcpy speed and keeps the double kind. */
const ZERO_PAGE: number[] = new Array<number>(PAGE).fill(0.5).fill(0);

/** A double array of `n` zeros. */
export function doubles(n: number): number[] {
  if (n <= PAGE) return ZERO_PAGE.slice(0, n);
  const parts: number[][] = [];
  for (let left = n - PAGE; left > 0; left -= PAGE) parts.push(left >= PAGE ? ZERO_PAGE : ZERO_PAGE.slice(0, left));
  return ZERO_PAGE.concat(...parts);
}
