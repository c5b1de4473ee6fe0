// Home: stories with their events, per-outlet coverage bars, flags and dates; recent articles
// when the corpus has no stories yet.
import { api, type StorySummary } from '../api.js';
import { ArticleList } from '../components/article-list.js';
import { CoverageBars } from '../components/coverage-bars.js';
import { FlagChips } from '../components/flag-chips.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { useOutletOrder } from '../lib/caches.js';
import { dateRange, plural } from '../lib/format.js';
import { href, navigate } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

function StoryCard({ story, events, order }: { story: StorySummary; events: StorySummary[]; order: readonly string[] }) {
  return (
    <li class="card story-card">
      <div class="story-card-main">
        <h2><a href={href.story(story.id)}>{story.label}</a></h2>
        <p class="meta">{dateRange(story.first_date, story.last_date)} · {plural(story.article_count, 'article')} · {plural(story.outlets.length, 'outlet')}</p>
        <CoverageBars outlets={story.outlets} order={order} />
        <FlagChips flags={story.flags} />
      </div>
      {events.length ? (
        <div class="story-card-events">
          <h3 class="eyebrow">Events</h3>
          <ul class="event-links">
            {events.map((e) => (
              <li key={e.id}><a href={href.story(e.id)}>{e.label}</a> <span class="muted">{dateRange(e.first_date, e.last_date)} · {e.article_count}</span></li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function RecentArticles({ order }: { order: readonly string[] }) {
  const recent = useApi((s) => api.articles({ limit: 20 }, s), []);
  if (recent.error) return <ErrorBox error={recent.error} />;
  if (!recent.data) return <Loading what="articles" />;
  if (recent.data.total === 0) return <Empty>The store is empty: run <code>parallax analyze</code> on some articles first.</Empty>;
  return (
    <section aria-labelledby="recent-h">
      <h2 id="recent-h">Recent articles</h2>
      <ArticleList items={recent.data.items} order={order} />
      <p><a href="/search">Search all {plural(recent.data.total, 'article')} →</a></p>
    </section>
  );
}

export function StoryListPage({ q }: { q: string }) {
  useTitle(q ? `Stories matching “${q}”` : 'Stories');
  const order = useOutletOrder();
  const stories = useApi((s) => api.stories({ level: 'story', q: q || undefined, limit: 100 }, s), [q]);
  const events = useApi((s) => api.stories({ level: 'event', limit: 200 }, s), []);
  const byParent = new Map<string, StorySummary[]>();
  for (const e of events.data?.items ?? []) if (e.parent_id) byParent.set(e.parent_id, [...(byParent.get(e.parent_id) ?? []), e]);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    navigate(value ? `/?${new URLSearchParams({ q: value })}` : '/');
  };
  return (
    <div class="page">
      <header class="page-head">
        <h1>Stories</h1>
        <p class="lede">Each story gathers the articles that report it, from every outlet. Open one to see them side by side.</p>
        <form class="inline-form" role="search" onSubmit={onSubmit}>
          <label for="story-q">Find a story</label>
          <input id="story-q" name="q" type="search" defaultValue={q} placeholder="e.g. pipeline" />
          <button type="submit" class="button">Filter</button>
          {q ? <a class="button button-quiet" href="/">Clear</a> : null}
        </form>
      </header>
      {stories.error ? <ErrorBox error={stories.error} /> : !stories.data ? <Loading what="stories" /> : stories.data.total === 0 ? (
        <>
          <Empty>{q ? `No story matches “${q}”.` : 'No stories yet: the corpus has not been grouped into stories.'}</Empty>
          {q ? null : <RecentArticles order={order} />}
        </>
      ) : (
        <>
          <p class="pager-count">{plural(stories.data.total, 'story', 'stories')}</p>
          <ul class="story-cards">
            {stories.data.items.map((s) => <StoryCard key={s.id} story={s} events={byParent.get(s.id) ?? []} order={order} />)}
          </ul>
        </>
      )}
    </div>
  );
}
