// What a store's search returns: the { items, total } list plus whether `total` reached the search
// window (src/store/search-limits.ts), so clients can show "10,000+".
import type { PageResult, SearchHit } from './repository.js';
import { SEARCH_WINDOW } from './search-limits.js';

export interface SearchPage extends PageResult<SearchHit> {
  /** True when the matches fill the search window: there are at least `total` (= SEARCH_WINDOW) of them. */
  total_capped: boolean;
}

/** total and total_capped from a count taken with LIMIT SEARCH_WINDOW. */
export function cappedTotal(n: number): { total: number; total_capped: boolean } {
  return { total: Math.min(n, SEARCH_WINDOW), total_capped: n >= SEARCH_WINDOW };
}
