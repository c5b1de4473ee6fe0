// Previous / next links over a paged list; links, so each page has its own URL.
import { plural } from '../lib/format.js';

/** `capped`: the server stopped counting at `total` (search): shown as "5,000+ results". */
export function Pager({ total, offset, limit, hrefFor, noun, capped = false }: { total: number; offset: number; limit: number; hrefFor: (offset: number) => string; noun: string; capped?: boolean }) {
  const count = capped ? plural(total, noun).replace(/^([\d,]+)/, '$1+') : plural(total, noun);
  if (total <= limit && offset === 0) return <p class="pager-count">{count}</p>;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <a class="button" href={hrefFor(Math.max(0, offset - limit))} rel="prev">← Previous</a> : <span class="button button-off" aria-disabled="true">← Previous</span>}
      <span class="pager-count">{offset + 1}–{last} of {count}</span>
      {last < total ? <a class="button" href={hrefFor(offset + limit)} rel="next">Next →</a> : <span class="button button-off" aria-disabled="true">Next →</span>}
    </nav>
  );
}
