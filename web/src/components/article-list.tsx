// Article summaries as a list: title, outlet, date, flags, and a search snippet when there is one.
import type { ArticleSummary, SearchHit } from '../api.js';
import { formatDate } from '../lib/format.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';
import { FlagChips } from './flag-chips.js';
import { Snippet } from './snippet.js';

export function ArticleList({ items, order }: { items: (ArticleSummary | SearchHit)[]; order: readonly string[] }) {
  return (
    <ol class="article-list">
      {items.map((a) => (
        <li key={a.id} class="article-item">
          <h3><a href={href.article(a.id)}>{a.title ?? '(untitled)'}</a></h3>
          <p class="meta">
            <span class={`swatch ${outletClass(a.outlet, order)}`} />
            {a.outlet ? <a href={href.outlet(a.outlet)}>{a.outlet}</a> : <span class="muted">unknown outlet</span>}
            {' · '}{formatDate(a.published)}{a.language ? <> · <span class="lang">{a.language}</span></> : null}
          </p>
          {'snippet' in a ? <Snippet text={a.snippet} /> : null}
          <FlagChips flags={a.flags.map((flag) => ({ flag }))} />
        </li>
      ))}
    </ol>
  );
}
