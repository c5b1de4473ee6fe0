// The event step: every article's events, with parties mapped from local keys to entity ids, are
// merged so that one happening reported by several outlets is one event with several mentions.
// mergeEvents is order-independent, so the result does not depend on how articles were batched.
// The store writes only the events that differ from the stored ones.
import type { EntityLookup } from '../../language/entities/index.js';
import { mergeEvents, toExportEvent } from '../../stories/events/index.js';
import type { ArticleEvent, ArticleEvents, EventParty } from '../../stories/events/index.js';
import type { Store } from '../../store/repository.js';

export async function eventsStep(store: Store, index: EntityLookup, storyOf?: ReadonlyMap<string, string>): Promise<number> {
  const articles: ArticleEvents[] = [];
  const names = index.names;
  // Only the events part of each annotation document is read (most articles' documents are mostly sentences and mentions).
  for await (const { articleId, events: list } of store.language.iterateEvents()) {
    if (list.length === 0) continue;
    const party = (p: EventParty | null): EventParty | null => {
      if (!p) return null;
      const id = index.idOfLocal(articleId, p.key);
      return id ? { ...p, key: id, name: names.get(id) ?? p.name } : p;
    };
    const events: ArticleEvent[] = list.map((e) => ({
      ...e, actor: party(e.actor), target: party(e.target), place: party(e.place),
      participants: e.participants.map((p) => party(p)!),
    }));
    articles.push({ article_id: articleId, events });
  }
  const merged = mergeEvents(articles).map((e) => toExportEvent(e, storyOf));
  await store.events.replaceAll(merged);
  return merged.length;
}
