// Previous / next links over a paged list; links, so each page has its own URL.
import { plural } from '../lib/format.js';

export function Pager({ total, offset, limit, hrefFor, noun }: { total: number; offset: number; limit: number; hrefFor: (offset: number) => string; noun: string }) {
  if (total <= limit && offset === 0) return <p class="pager-count">{plural(total, noun)}</p>;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <a class="button" href={hrefFor(Math.max(0, offset - limit))} rel="prev">← Previous</a> : <span class="button button-off" aria-disabled="true">← Previous</span>}
      <span class="pager-count">{offset + 1}–{last} of {plural(total, noun)}</span>
      {last < total ? <a class="button" href={hrefFor(offset + limit)} rel="next">Next →</a> : <span class="button button-off" aria-disabled="true">Next →</span>}
    </nav>
  );
}
