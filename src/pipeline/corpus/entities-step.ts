// The cross-article entity step: the index is rebuilt from every article's local entity rows
// (batch-invariant by construction), new articles are added, and the derived tables — entities,
// article links, quotes with speakers as entity ids — are rewritten in one transaction.
// Linear in the corpus per run; the rows are small (one per entity per article).
import { EntityIndex, toExportEntities } from '../../language/entities/index.js';
import type { LocalEntityRow } from '../../language/entities/index.js';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { Quote } from '../../model/export.js';
import type { Store } from '../../store/repository.js';

export interface EntityStepStats { articles: number; entities: number; quotes: number }

function localRows(articleId: string, language: ArticleLanguage): LocalEntityRow[] {
  return language.entities.map((e) => ({
    article_id: articleId, key: e.key, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles,
    mentions: e.mentions.length, related: e.related,
  }));
}

export async function entitiesStep(store: Store): Promise<{ index: EntityIndex; stats: EntityStepStats }> {
  const index = EntityIndex.fromState({ locals: await store.entities.loadLocals(), entities: [], aliases: [], links: [] });
  const newLocals: LocalEntityRow[] = [];
  const fresh = await store.entities.articlesWithoutLocals();
  for (const id of fresh) {
    const language = await store.language.get(id);
    if (language) newLocals.push(...localRows(id, language));
  }
  index.addRows(newLocals, fresh);
  const quotes: Quote[] = [];
  for await (const { articleId, data } of store.language.iterate()) {
    for (const q of data.quotes) {
      const key = q.speaker?.entityKey;
      const entityId = key ? index.idOfLocal(articleId, key) : null;
      quotes.push({
        id: `${articleId}:${q.start}`, article_id: articleId, text: q.text, kind: q.kind,
        speaker: q.speaker ? { name: entityId ? nameOf(index, entityId) ?? q.speaker.name : q.speaker.name, entity_id: entityId } : null,
        cue: q.cue, start: q.start, end: q.end,
      });
    }
  }
  const state = index.state();
  await store.entities.replaceDerived({ newLocals, entities: toExportEntities(index), links: state.links, quotes });
  return { index, stats: { articles: fresh.length, entities: state.entities.length, quotes: quotes.length } };
}

const names = new WeakMap<EntityIndex, Map<string, string>>();
/** Canonical name of an entity id (built once per index). */
function nameOf(index: EntityIndex, id: string): string | undefined {
  let map = names.get(index);
  if (!map) {
    map = new Map(index.clusters().map((c) => [c.id, c.name]));
    names.set(index, map);
  }
  return map.get(id);
}
