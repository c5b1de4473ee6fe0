// A stable counting sort: items 0..n-1 grouped by a bucket number, for the columnar tables (rows by
// key, report positions by candidate list, reports by group) where a Map of arrays per bucket would
// be one heap array per bucket.

/** Bucket b's values are values[start[b] .. start[b + 1] - 1], `valueOf` of its items in item order. */
export interface Buckets { start: Int32Array; values: Int32Array }

/** Items 0..n-1 (each with `bucketOf(i)` in 0..buckets-1) grouped by bucket, in item order within one. */
export function bucketed(n: number, buckets: number, bucketOf: (i: number) => number, valueOf: (i: number) => number = (i) => i): Buckets {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[bucketOf(i) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const fill = start.slice(0, buckets);
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[fill[bucketOf(i)]++] = valueOf(i);
  return { start, values };
}
