// SQLite's BINARY collation (the default ORDER BY on text) in JS, for lists counted in JS that must
// come out as SQL would order them.

const PAST_BMP_ORDER = /[\uD800-\uFFFF]/;

/** UTF-8 byte order, which JS's UTF-16 unit order equals below U+D800. */
export function binaryCompare(a: string, b: string): number {
  if (PAST_BMP_ORDER.test(a) || PAST_BMP_ORDER.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts as `ORDER BY articles DESC, key` rows. */
export function rankedCounts<K extends string>(field: K, counts: Map<string, number>): ({ [P in K]: string } & { articles: number })[] {
  return [...counts]
    .sort((x, y) => y[1] - x[1] || binaryCompare(x[0], y[0]))
    .map(([key, articles]) => ({ [field]: key, articles }) as { [P in K]: string } & { articles: number });
}
