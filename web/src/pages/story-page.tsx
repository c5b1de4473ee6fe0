// One story: its articles side by side with marked passages, the coverage matrix, quote variants,
// framing, conflicts, the timeline chart and the story's events.
import { api, type StoryDetail } from '../api.js';
import { ArticleColumns, MarkLegend, sortForColumns } from '../components/article-columns.js';
import { ConflictList } from '../components/conflict-list.js';
import { CoverageBars } from '../components/coverage-bars.js';
import { CoverageMatrix } from '../components/coverage-matrix.js';
import { eventLabel, EventList } from '../components/event-list.js';
import { FramingTable } from '../components/framing-table.js';
import { GroupSection } from '../components/group-tables.js';
import { Pager } from '../components/pager.js';
import { QuoteVariants } from '../components/quote-variants.js';
import { Section } from '../components/section.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { useOutletOrder } from '../lib/caches.js';
import { dateRange, plural } from '../lib/format.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

/** Articles per page of the side-by-side view; the server's first page holds the compared articles. */
const ARTICLES_PAGE = 60;

const CONTENTS = [
  ['side-by-side', 'Side by side'], ['coverage', 'Coverage'], ['quotes', 'Quotes'], ['framing', 'Framing'],
  ['conflicts', 'Conflicts'], ['timeline', 'Timeline'],
] as const;

/** Articles per outlet over the whole story (the server counts them; articles come a page at a time). */
function outletCounts(d: StoryDetail) {
  return d.outlets.map((o) => ({ name: o.name === 'unknown' ? 'unknown outlet' : o.name, articles: o.articles }));
}

function Timeline({ id }: { id: string }) {
  const tl = useApi((s) => api.timeline({ story: id }, s), [id]);
  if (tl.error) return <ErrorBox error={tl.error} />;
  if (!tl.data) return <Loading what="the timeline" />;
  if (tl.data.total === 0) return <Empty>No events were extracted from these articles.</Empty>;
  const chart = tl.data.items.map((i) => ({ id: i.event.id, date: i.date, score: i.score, label: eventLabel(i), rolling: i.rolling }));
  return (
    <>
      <TimelineChart events={chart} title="Events of this story by date" />
      <details class="event-details" open={tl.data.total <= 12}>
        <summary>All {plural(tl.data.total, 'event')}</summary>
        <EventList items={tl.data.items} />
      </details>
    </>
  );
}

function Parent({ id }: { id: string }) {
  const p = useApi((s) => api.story(id, s, { limit: 1 }), [id]);
  return p.data ? <a href={href.story(id)}>{p.data.story.label}</a> : <a href={href.story(id)}>the story</a>;
}

export function StoryPage({ id, search }: { id: string; search: URLSearchParams }) {
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const d = useApi((s) => api.story(id, s, { limit: ARTICLES_PAGE, offset }), [id, offset]);
  const order = useOutletOrder();
  useTitle(d.data?.story.label ?? (d.error ? 'Story not found' : 'Story'));
  if (d.error) return <div class="page"><ErrorBox error={d.error} /></div>;
  if (!d.data) return <div class="page"><Loading what="the story" /></div>;
  const { story, children } = d.data;
  const articles = sortForColumns(d.data.articles, order);
  const summary = [...new Set(story.summary)];
  const total = d.data.articles_total;
  const outlets = outletCounts(d.data);
  const pageHref = (o: number) => `${href.story(id)}${o ? `?offset=${o}` : ''}`;
  return (
    <div class="page page-wide">
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Stories</a>{story.parent_id ? <> › <Parent id={story.parent_id} /></> : null}</nav>
      <header class="page-head">
        <p class="eyebrow">{story.level === 'event' ? 'Event' : 'Story'}</p>
        <h1>{story.label}</h1>
        <p class="meta">{dateRange(story.first_date, story.last_date)} · {plural(total, 'article')} · {plural(outlets.length, 'outlet')}</p>
        <CoverageBars outlets={outlets} order={order} />
        {summary.length ? (
          <div class="summary"><h2 class="eyebrow">What most outlets report</h2><ul>{summary.map((s) => <li key={s}>{s}</li>)}</ul></div>
        ) : null}
        <nav class="contents" aria-label="On this page">
          <ul>{CONTENTS.map(([h, t]) => <li key={h}><a href={`#${h}`}>{t}</a></li>)}{children.length ? <li><a href="#events">Events</a></li> : null}</ul>
        </nav>
      </header>
      <Section id="side-by-side" title="Side by side" note="Each column is one article. Passages are marked by what the other articles do with them.">
        <MarkLegend />
        {total > ARTICLES_PAGE || offset > 0 ? (
          <>
            <p class="muted">The comparison covers the story's first {Math.min(total, ARTICLES_PAGE)} articles.</p>
            <Pager total={total} offset={offset} limit={ARTICLES_PAGE} hrefFor={pageHref} noun="article" />
          </>
        ) : null}
        {articles.length ? <ArticleColumns story={story} articles={articles} order={order} /> : <Empty>No articles.</Empty>}
      </Section>
      <Section id="coverage" title="Coverage matrix" note="Which article reports which claim, and whether in the same words.">
        <CoverageMatrix story={story} articles={articles} order={order} />
      </Section>
      <Section id="quotes" title="Quote variants" note="The same statement as each outlet quoted it.">
        <QuoteVariants story={story} articles={articles} order={order} />
      </Section>
      <Section id="framing" title="Framing" note="What each outlet calls the same thing in its own narration.">
        <FramingTable story={story} articles={articles} order={order} />
      </Section>
      <Section id="conflicts" title="Conflicts" note="Numbers and claims on which the articles disagree.">
        <ConflictList story={story} articles={articles} order={order} />
      </Section>
      <GroupSection id={story.id} />
      <Section id="timeline" title="Timeline" note="Events reported in these articles, by date and by how cooperative or conflictual they are.">
        <Timeline id={story.id} />
      </Section>
      {children.length ? (
        <Section id="events" title="Events in this story">
          <ul class="event-cards">
            {children.map((c) => (
              <li key={c.id} class="card"><a href={href.story(c.id)}>{c.label}</a><p class="meta">{dateRange(c.first_date, c.last_date)} · {plural(c.article_count, 'article')}</p><CoverageBars outlets={c.outlets} order={order} /></li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
