// The cross-article entity step: the index is rebuilt from every article's local entity rows
// (batch-invariant by construction) and the new articles are added. The derived tables — entities,
// article links, quotes with speakers as entity ids — are then compared with what is stored and only
// the differences are written, in one transaction: the tables end up exactly as a full rewrite
// leaves them, but a run that adds a few articles writes (and re-reads) only what they touched.
import { EntityIndex, toExportEntities, type EntityLookup } from '../../language/entities/index.js';
import type { LocalEntityRow } from '../../language/entities/index.js';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { Entity, Quote } from '../../model/export.js';
import type { EntityChanges, Store } from '../../store/repository.js';

/** Annotation parts of this many new articles are read at once. */
const READ_CHUNK = 500;

/** New articles indexed, entities in the index, quotes written (those of the articles whose quotes changed). */
export interface EntityStepStats { articles: number; entities: number; quotes: number }

/**
 * One string per distinct text, and one list per distinct list: rows parsed from JSON hold a copy of
 * every key, name, alias, role and related key each time it occurs (1.2M rows at 93k generated
 * articles: 440 MB of heap; with one copy of each of their 29k distinct strings, 278 MB). Most rows
 * have two or three empty lists, and the others repeat (20k generated articles: 148k non-empty lists,
 * 47k distinct), so lists are shared as well (20k, a first run: live heap 68 → 43 MB once the rows
 * are read, 95 → 69 MB at the step's highest). Shared lists are frozen: a push into one row's list
 * would reach every other row, so it throws instead.
 */
const NO_STRINGS = Object.freeze([]) as readonly string[] as string[];

class StringPool {
  private readonly pool = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  get(s: string): string {
    const p = this.pool.get(s);
    if (p !== undefined) return p;
    this.pool.set(s, s);
    return s;
  }
  all(list: readonly string[]): string[] {
    if (list.length === 0) return NO_STRINGS;
    const key = list.join('\u0000');
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = Object.freeze(list.map((s) => this.get(s))) as readonly string[] as string[]));
    return shared;
  }
  /** Rows read from the store, their strings replaced in place by the pool's. */
  rows(rows: LocalEntityRow[]): LocalEntityRow[] {
    for (const r of rows) {
      r.key = this.get(r.key); r.name = this.get(r.name);
      r.aliases = this.all(r.aliases); r.roles = this.all(r.roles); r.related = this.all(r.related);
    }
    return rows;
  }
}

function localRows(articleId: string, language: Pick<ArticleLanguage, 'entities'>, pool: StringPool): LocalEntityRow[] {
  return language.entities.map((e) => ({
    article_id: articleId, key: pool.get(e.key), name: pool.get(e.name), type: e.type, aliases: pool.all(e.aliases), roles: pool.all(e.roles),
    mentions: e.mentions.length, related: pool.all(e.related),
  }));
}

/** The lookup the later steps read (the index itself, far larger, is left to the garbage collector). */
export async function entitiesStep(store: Store): Promise<{ lookup: EntityLookup; stats: EntityStepStats }> {
  const fresh = await store.entities.articlesWithoutLocals();
  const { newLocals, entities, lookup } = await linkCorpus(store, fresh);
  const changes: EntityChanges = { newLocals, putEntities: [], removeEntities: [], putLinks: [], removeLinks: [], quoteArticles: [], quotes: [] };
  // Quotes change when their article is new, when a speaker key points to another entity, or when
  // that entity's name changed: those articles' quotes are made again, the others stay as stored.
  const requote = new Set(fresh);
  const wanted = new Map(entities.map((e) => [e.id, { entity: e, data: JSON.stringify(e) }]));
  for await (const old of store.entities.iterateStored()) {
    const now = wanted.get(old.id);
    if (!now) { changes.removeEntities.push(old.id); continue; }
    if (now.data === old.data) { wanted.delete(old.id); continue; }
    if (now.entity.name !== old.name) for (const a of now.entity.article_ids) requote.add(a);
  }
  changes.putEntities = [...wanted.values()].map((w) => w.entity);
  wanted.clear();
  for (const l of await linkChanges(store, lookup, changes)) requote.add(l);

  changes.quoteArticles = [...requote].sort();
  requote.clear();
  const written = { quotes: 0 };
  changes.quotes = quoteRows(store, changes.quoteArticles, lookup, written);
  await store.entities.applyChanges(changes);
  return { lookup, stats: { articles: fresh.length, entities: entities.length, quotes: written.quotes } };
}

/**
 * The index of every article's local rows: the stored ones and those of the fresh articles, read
 * from their annotations. Only the entity records and the lookup are handed on: the index, far
 * larger, is garbage once this returns.
 */
async function linkCorpus(store: Store, fresh: string[]): Promise<{ newLocals: LocalEntityRow[]; entities: Entity[]; lookup: EntityLookup }> {
  const pool = new StringPool();
  const index = EntityIndex.fromState({ locals: pool.rows(await store.entities.loadLocals()), entities: [], aliases: [], links: [] });
  const newLocals: LocalEntityRow[] = [];
  for (let i = 0; i < fresh.length; i += READ_CHUNK) {
    const ids = fresh.slice(i, i + READ_CHUNK);
    const parts = await store.language.partsOf(ids, ['entities']);
    for (const id of ids) {
      const language = parts.get(id);
      if (language) newLocals.push(...localRows(id, language, pool));
    }
  }
  index.addRows(newLocals, fresh);
  const entities = toExportEntities(index);
  // The lookup answers every (article, key) link from here on: links and quotes are compared and made from it.
  return { newLocals, entities, lookup: index.lookup(entities.map((e) => [e.id, e.name] as const)) };
}

/**
 * The quotes of these articles with their speakers' entities, read from the store a chunk at a
 * time as the writer takes them (a first run writes every quote of the corpus: 512k at 93k
 * generated articles, about 280 MB of heap as the parts read and the rows made).
 */
async function* quoteRows(store: Store, articleIds: readonly string[], lookup: EntityLookup, written: { quotes: number }): AsyncGenerator<Quote> {
  for (let i = 0; i < articleIds.length; i += READ_CHUNK) {
    const ids = articleIds.slice(i, i + READ_CHUNK);
    const parts = await store.language.partsOf(ids, ['quotes']);
    for (const articleId of ids) {
      for (const q of parts.get(articleId)?.quotes ?? []) {
        const key = q.speaker?.entityKey;
        const entityId = key ? lookup.idOfLocal(articleId, key) : null;
        written.quotes++;
        yield {
          id: `${articleId}:${q.start}`, article_id: articleId, text: q.text, kind: q.kind,
          speaker: q.speaker ? { name: entityId ? lookup.names.get(entityId) ?? q.speaker.name : q.speaker.name, entity_id: entityId } : null,
          cue: q.cue, start: q.start, end: q.end,
        } satisfies Quote;
      }
    }
  }
}

/**
 * Fills the link changes (every local row links its article and key to the key's entity: the
 * lookup's links) against the stored links; returns the articles whose links changed. A stored
 * link that is still wanted marks its slot; the unmarked slots are the links to put.
 */
async function linkChanges(store: Store, lookup: EntityLookup, changes: EntityChanges): Promise<Set<string>> {
  const kept = new Uint8Array(lookup.size);
  const touched = new Set<string>();
  for await (const old of store.entities.iterateLinks()) {
    const slot = lookup.slotOf(old.article_id, old.key);
    if (slot < 0) { changes.removeLinks.push({ article_id: old.article_id, key: old.key }); touched.add(old.article_id); continue; }
    if (lookup.entityAt(slot) === old.entity_id) kept[slot] = 1;
  }
  changes.putLinks = { [Symbol.iterator]: () => lookup.links((slot) => kept[slot] === 0) };
  for (const l of changes.putLinks) touched.add(l.article_id);
  return touched;
}
