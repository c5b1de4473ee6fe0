// The story's articles side by side, one column each (grouped by outlet), with shared, unique
// and conflicting passages marked. The row scrolls sideways on narrow screens.
import type { StoryArticle as Article, Story } from '../api.js';
import { formatDate } from '../lib/format.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';
import { MARK_LABEL, storyMarks, type MarkKind } from '../lib/story-marks.js';
import { ArticleText } from './article-text.js';
import { FlagChips } from './flag-chips.js';

export function sortForColumns(articles: Article[], order: readonly string[]): Article[] {
  const rank = (a: Article) => { const i = order.indexOf(a.outlet?.name ?? ''); return i < 0 ? order.length : i; };
  return [...articles].sort((a, b) => rank(a) - rank(b) || (a.outlet?.name ?? '').localeCompare(b.outlet?.name ?? '') || (a.published ?? '').localeCompare(b.published ?? ''));
}

export function MarkLegend() {
  return (
    <ul class="mark-legend" aria-label="Highlight colours">
      {(['shared', 'unique', 'conflict'] as MarkKind[]).map((k) => <li key={k}><mark class={`hl-${k}`}>{k}</mark> {MARK_LABEL[k]}</li>)}
    </ul>
  );
}

function Column({ story, article, order }: { story: Story; article: Article; order: readonly string[] }) {
  const marks = storyMarks(story, article.id, article.text);
  const count = (k: MarkKind) => marks.filter((m) => m.kind === k).length;
  const hid = `col-${article.id}`;
  return (
    <article class={`column ${outletClass(article.outlet?.name, order)}`} aria-labelledby={hid} data-article={article.id}>
      <header class="column-head">
        <p class="column-outlet"><span class={`swatch ${outletClass(article.outlet?.name, order)}`} />
          {article.outlet ? <a href={href.outlet(article.outlet.name)}>{article.outlet.name}</a> : <span class="muted">unknown outlet</span>}
        </p>
        <h3 id={hid}><a href={href.article(article.id)}>{article.title ?? '(untitled)'}</a></h3>
        <p class="column-meta">{formatDate(article.published)}{article.original ? <> · <span class="tag">copy{article.original.outlet ? ` of ${article.original.outlet}` : ''}</span></> : null}</p>
        <p class="column-counts">
          <span class="count-shared">{count('shared')} shared</span> · <span class="count-unique">{count('unique')} unique</span>
          {count('conflict') ? <> · <span class="count-conflict">{count('conflict')} conflicting</span></> : null}
        </p>
        <FlagChips flags={article.flags} />
      </header>
      <div class="column-body" tabindex={0} aria-label={`Text of ${article.title ?? 'article'}`}>
        <ArticleText text={article.text} marks={marks} markClass={(k) => `hl-${k}`} />
      </div>
    </article>
  );
}

export function ArticleColumns({ story, articles, order }: { story: Story; articles: Article[]; order: readonly string[] }) {
  return (
    <div class="columns-scroll" role="region" aria-label="Articles side by side" tabindex={0}>
      <div class="columns">
        {sortForColumns(articles, order).map((a) => <Column key={a.id} story={story} article={a} order={order} />)}
      </div>
    </div>
  );
}
