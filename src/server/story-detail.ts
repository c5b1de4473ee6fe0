// The story page's payload: the story record (with its comparison), one page of its articles in
// story order — the first page holds the compared articles — as the fields the page shows, the
// outlet counts over all its articles, and its events. Quotes and events of the story's articles
// are their own paged endpoints (/api/quotes?story=, /api/events?story=, /api/timeline?story=).
import type { Story } from '../model/export.js';
import { rankedCounts } from '../store/binary-order.js';
import type { Store } from '../store/repository.js';
import type { StoryArticle, StoryDetail } from './story-schemas.js';

export async function storyDetail(store: Store, story: Story, page: { limit: number; offset: number }): Promise<StoryDetail> {
  const ids = story.article_ids.slice(page.offset, page.offset + page.limit);
  const articles: StoryArticle[] = [];
  const outletOf = new Map<string, string>();
  for (const a of await Promise.all(ids.map((id) => store.articles.get(id, { provenanceLists: false })))) {
    if (!a) continue;
    articles.push({ id: a.id, title: a.title, url: a.url, published: a.published, outlet: a.outlet, language: a.language, original: a.original, flags: a.flags, text: a.text });
    outletOf.set(a.id, a.outlet?.name ?? 'unknown');
  }
  const children = story.level === 'story' ? (await store.stories.list({ level: 'event', parent: story.id }, { limit: 200, offset: 0 })).items : [];
  return { story, articles, articles_total: story.article_ids.length, outlets: await outletCounts(store, story, page, outletOf), children };
}

/** Articles per outlet over the whole story, as the story list counts them: from the page's
 * articles when it holds them all (most stories: no more query), else from the story's list row
 * (found through its first article). */
async function outletCounts(store: Store, story: Story, page: { offset: number; limit: number }, outletOf: Map<string, string>): Promise<StoryDetail['outlets']> {
  if (page.offset === 0 && story.article_ids.length <= page.limit) {
    const counts = new Map<string, number>();
    for (const outlet of outletOf.values()) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    return rankedCounts('name', counts);
  }
  const first = story.article_ids[0];
  const row = first ? (await store.stories.list({ level: story.level, article: first }, { limit: 10, offset: 0 })).items.find((s) => s.id === story.id) : undefined;
  return row?.outlets ?? [];
}
