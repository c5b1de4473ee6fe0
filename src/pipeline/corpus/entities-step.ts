// The cross-article entity step: every article's local entity rows (the stored ones and the new
// articles') are linked again by the corpus linker (batch-invariant by construction). The derived tables — entities,
// article links, quotes with speakers as entity ids — are then compared with what is stored and only
// the differences are written, in one transaction: the tables end up exactly as a full rewrite
// leaves them, but a run that adds a few articles writes (and re-reads) only what they touched.
import type { EntityLookup, LocalEntityRow } from '../../language/entities/index.js';
import { linkLocalRows, type CorpusLinks } from '../../language/entities/corpus-links.js';
import { LocalRowTable } from '../../language/entities/local-row-table.js';
import type { Quote } from '../../model/export.js';
import type { EntityChanges, Store } from '../../store/repository.js';

/** Annotation parts of this many new articles are read at once. */
const READ_CHUNK = 500;

/** New articles indexed, entities in the index, quotes written (those of the articles whose quotes changed). */
export interface EntityStepStats { articles: number; entities: number; quotes: number }

/** The lookup the later steps read (the row table, larger, is left to the garbage collector). */
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
 * Every article's local rows in one table: the stored ones and those of the fresh articles, read
 * from their annotations (a chunk at a time). The fresh rows are handed on as a stream over the
 * table, for the store to write; the table itself is garbage once the step ends.
 */
async function linkCorpus(store: Store, fresh: string[]): Promise<CorpusLinks & { newLocals: Iterable<LocalEntityRow> }> {
  const table = new LocalRowTable();
  for await (const row of store.entities.iterateLocals()) table.add(row);
  const stored = table.size;
  for (let i = 0; i < fresh.length; i += READ_CHUNK) {
    const ids = fresh.slice(i, i + READ_CHUNK);
    const parts = await store.language.partsOf(ids, ['entities']);
    for (const article_id of ids) {
      for (const e of parts.get(article_id)?.entities ?? []) {
        table.add({ article_id, key: e.key, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions: e.mentions.length, related: e.related });
      }
    }
  }
  const end = table.size;
  return { ...linkLocalRows(table), newLocals: { [Symbol.iterator]: () => table.rows(stored, end) } };
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
