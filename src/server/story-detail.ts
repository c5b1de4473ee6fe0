// The story page's payload: the story record (with its comparison), one page of its articles in
// story order — the first page holds the compared articles — as the fields the page shows, the
// outlet counts over all its articles, and its events. Quotes and events of the story's articles
// are their own paged endpoints (/api/quotes?story=, /api/events?story=, /api/timeline?story=).
import type { Story } from '../model/export.js';
import type { Store } from '../store/repository.js';
import type { StoryArticle, StoryDetail } from './story-schemas.js';

export async function storyDetail(store: Store, story: Story, page: { limit: number; offset: number }): Promise<StoryDetail> {
  const ids = story.article_ids.slice(page.offset, page.offset + page.limit);
  const articles: StoryArticle[] = [];
  for (const a of await Promise.all(ids.map((id) => store.articles.get(id)))) {
    if (!a) continue;
    articles.push({ id: a.id, title: a.title, url: a.url, published: a.published, outlet: a.outlet, language: a.language, original: a.original, flags: a.flags, text: a.text });
  }
  // The story list row of this story carries its outlet counts; it is found through its first article.
  const first = story.article_ids[0];
  const row = first ? (await store.stories.list({ level: story.level, article: first }, { limit: 10, offset: 0 })).items.find((s) => s.id === story.id) : undefined;
  const children = story.level === 'story' ? (await store.stories.list({ level: 'event', parent: story.id }, { limit: 200, offset: 0 })).items : [];
  return { story, articles, articles_total: story.article_ids.length, outlets: row?.outlets ?? [], children };
}
