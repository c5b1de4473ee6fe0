// A story's per outlet group tables (coverage, quote share, framing) from the store, for the API and
// the CLI: the groups come from the caller (registry groups or a user's file), the comparison from
// what the compare stage stored with the story.
import { groupTables, type GroupTables } from '../compare/group-tables.js';
import type { GroupsOf } from '../compare/types.js';
import type { Store } from '../store/repository.js';

export type { GroupTables };

/** Null when the store has no such story. */
export async function storyGroups(store: Store, storyId: string, groupsOf: GroupsOf): Promise<GroupTables | null> {
  const story = await store.stories.get(storyId);
  if (!story) return null;
  const articles: { id: string; outlet: string | null }[] = [];
  for (const id of story.article_ids) {
    const a = await store.articles.get(id, { provenanceLists: false });
    if (a) articles.push({ id, outlet: a.outlet?.name ?? null });
  }
  const quotes = story.article_ids.length ? (await store.quotes.list({ articles: story.article_ids }, { limit: 100_000, offset: 0 })).items : [];
  return groupTables(story, articles, quotes, groupsOf);
}
