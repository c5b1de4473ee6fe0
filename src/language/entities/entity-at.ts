// Offset lookups into one article's linked mentions, for stages that find their own spans (quote
// speakers): which local entity a character offset or a span belongs to.
import type { ArticleEntities, LocalEntity } from './types.js';

/** Index into `spans` of the mention containing `offset`, or -1. */
function spanAt(article: ArticleEntities, offset: number): number {
  const spans = article.spans;
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The local entity with a mention covering `start` (or, when `end` is given, the first mention
 * overlapping [start, end)); null when none does. O(log mentions).
 */
export function entityAt(article: ArticleEntities, start: number, end = start + 1): LocalEntity | null {
  let i = spanAt(article, start);
  if (i < 0) {
    // The first mention starting inside [start, end).
    const spans = article.spans;
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < spans.length && spans[lo].start < end) i = lo;
  }
  return i < 0 ? null : article.entities[article.spans[i].entity];
}
