// The cross-article entity step: the index is rebuilt from every article's local entity rows
// (batch-invariant by construction) and the new articles are added. The derived tables — entities,
// article links, quotes with speakers as entity ids — are then compared with what is stored and only
// the differences are written, in one transaction: the tables end up exactly as a full rewrite
// leaves them, but a run that adds a few articles writes (and re-reads) only what they touched.
import { EntityIndex, toExportEntities, type EntityLookup } from '../../language/entities/index.js';
import type { LocalEntityRow } from '../../language/entities/index.js';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { Quote } from '../../model/export.js';
import type { EntityChanges, EntityLink, Store } from '../../store/repository.js';

/** New articles indexed, entities in the index, quotes written (those of the articles whose quotes changed). */
/** Annotation parts of this many new articles are read at once. */
const READ_CHUNK = 500;

export interface EntityStepStats { articles: number; entities: number; quotes: number }

function localRows(articleId: string, language: Pick<ArticleLanguage, 'entities'>): LocalEntityRow[] {
  return language.entities.map((e) => ({
    article_id: articleId, key: e.key, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles,
    mentions: e.mentions.length, related: e.related,
  }));
}

/** The lookup the later steps read (the index itself, far larger, is left to the garbage collector). */
export async function entitiesStep(store: Store): Promise<{ lookup: EntityLookup; stats: EntityStepStats }> {
  const locals = await store.entities.loadLocals();
  const index = EntityIndex.fromState({ locals, entities: [], aliases: [], links: [] });
  const newLocals: LocalEntityRow[] = [];
  const fresh = await store.entities.articlesWithoutLocals();
  const quotesOf = new Map<string, ArticleLanguage['quotes']>();
  for (let i = 0; i < fresh.length; i += READ_CHUNK) {
    const ids = fresh.slice(i, i + READ_CHUNK);
    const parts = await store.language.partsOf(ids, ['entities', 'quotes']);
    for (const id of ids) {
      const language = parts.get(id);
      if (!language) continue;
      newLocals.push(...localRows(id, language));
      quotesOf.set(id, language.quotes);
    }
  }
  index.addRows(newLocals, fresh);
  const names = new Map<string, string>();
  const changes: EntityChanges = { newLocals, putEntities: [], removeEntities: [], putLinks: [], removeLinks: [], quoteArticles: [], quotes: [] };
  // Quotes change when their article is new, when a speaker key points to another entity, or when
  // that entity's name changed: those articles' quotes are made again, the others stay as stored.
  const requote = new Set(fresh);
  const entities = toExportEntities(index);
  const wanted = new Map(entities.map((e) => [e.id, { entity: e, data: JSON.stringify(e) }]));
  for (const e of entities) names.set(e.id, e.name);
  for await (const old of store.entities.iterateStored()) {
    const now = wanted.get(old.id);
    if (!now) { changes.removeEntities.push(old.id); continue; }
    if (now.data === old.data) { wanted.delete(old.id); continue; }
    if (now.entity.name !== old.name) for (const a of now.entity.article_ids) requote.add(a);
  }
  changes.putEntities = [...wanted.values()].map((w) => w.entity);
  for (const l of await linkChanges(store, index, [...locals, ...newLocals], changes)) requote.add(l);

  changes.quoteArticles = [...requote].sort();
  const missing = changes.quoteArticles.filter((id) => !quotesOf.has(id));
  for (const [id, { quotes }] of await store.language.partsOf(missing, ['quotes'])) quotesOf.set(id, quotes);
  for (const articleId of changes.quoteArticles) {
    for (const q of quotesOf.get(articleId) ?? []) {
      const key = q.speaker?.entityKey;
      const entityId = key ? index.idOfLocal(articleId, key) : null;
      changes.quotes.push({
        id: `${articleId}:${q.start}`, article_id: articleId, text: q.text, kind: q.kind,
        speaker: q.speaker ? { name: entityId ? names.get(entityId) ?? q.speaker.name : q.speaker.name, entity_id: entityId } : null,
        cue: q.cue, start: q.start, end: q.end,
      } satisfies Quote);
    }
  }
  await store.entities.applyChanges(changes);
  return { lookup: index.lookup(), stats: { articles: fresh.length, entities: entities.length, quotes: changes.quotes.length } };
}

/**
 * Fills the link changes (every local row links its article and key to the key's entity) against
 * the stored links, read in (article, key) order; returns the articles whose links changed.
 */
async function linkChanges(store: Store, index: EntityIndex, rows: readonly LocalEntityRow[], changes: EntityChanges): Promise<Set<string>> {
  const wanted = new Map<string, EntityLink>();
  for (const r of rows) wanted.set(`${r.article_id}\u0000${r.key}`, { article_id: r.article_id, key: r.key, entity_id: index.idOf(r.key)! });
  const touched = new Set<string>();
  for await (const old of store.entities.iterateLinks()) {
    const k = `${old.article_id}\u0000${old.key}`;
    const now = wanted.get(k);
    if (!now) { changes.removeLinks.push({ article_id: old.article_id, key: old.key }); touched.add(old.article_id); continue; }
    if (now.entity_id === old.entity_id) wanted.delete(k);
  }
  changes.putLinks = [...wanted.values()];
  for (const l of changes.putLinks) touched.add(l.article_id);
  return touched;
}
