// SQLite repositories of the language and corpus stages: annotations, entities, quotes, events.
// Records are kept as JSON documents next to the few columns that queries filter on.
import type Database from 'better-sqlite3';
import { EventChanges } from '../event-changes.js';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { LocalEntityRow } from '../../language/entities/index.js';
import type { Entity, Event, Quote, Story } from '../../model/export.js';
import type { StorySummary } from '../../model/api.js';
import type {
  EntityFilter, EntityRepository, EventFilter, EventRepository, LanguageRepository, Page, PageResult, QuoteFilter, QuoteRepository,
  StoryChanges, StoryFilter, StoryRepository, EntityChanges, EntityLink,
} from '../repository.js';
import { dropIndexesOfEmptyTables } from './bulk-load.js';
import { SqliteStoryList } from './story-list.js';

const PAGE = 500;

/** Keyset pagination over a table ordered by a text key: bounded memory, no long-lived cursor. */
async function* pages<T>(stmt: Database.Statement, map: (row: Record<string, unknown>) => T, keyOf: (row: Record<string, unknown>) => string): AsyncIterable<T> {
  let after = '';
  for (;;) {
    const rows = stmt.all(after, PAGE) as Record<string, unknown>[];
    if (rows.length === 0) return;
    for (const r of rows) yield map(r);
    after = keyOf(rows[rows.length - 1]);
  }
}

/**
 * Rows of a table keyed by (article_id, key), in that order, by keyset pages: entity links and local
 * rows run to millions (2.4M at 200k generated articles) and are never all read at once.
 */
async function* articleKeyPages(db: Database.Database, table: 'entity_locals' | 'entity_links', column: string): AsyncIterable<Record<string, unknown>> {
  const stmt = db.prepare(`SELECT article_id, key, ${column} FROM ${table} WHERE (article_id, key) > (?, ?) ORDER BY article_id, key LIMIT ?`);
  let after = ['', ''];
  for (;;) {
    const rows = stmt.all(after[0], after[1], PAGE * 10) as Record<string, unknown>[];
    if (rows.length === 0) return;
    yield* rows;
    const last = rows[rows.length - 1];
    after = [last.article_id as string, last.key as string];
  }
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export class SqliteLanguage implements LanguageRepository {
  constructor(private readonly db: Database.Database) {}
  async get(articleId: string): Promise<ArticleLanguage | null> {
    const d = this.db.prepare('SELECT data FROM article_language WHERE article_id = ?').pluck().get(articleId) as string | undefined;
    return d ? (JSON.parse(d) as ArticleLanguage) : null;
  }
  iterate(): AsyncIterable<{ articleId: string; data: ArticleLanguage }> {
    const stmt = this.db.prepare('SELECT article_id, data FROM article_language WHERE article_id > ? ORDER BY article_id LIMIT ?');
    return pages(stmt, (r) => ({ articleId: r.article_id as string, data: JSON.parse(r.data as string) as ArticleLanguage }), (r) => r.article_id as string);
  }
  // The parts are cut out by SQLite's JSON functions (C): the rest of each document is never parsed in JS.
  async partsOf<K extends keyof ArticleLanguage>(articleIds: readonly string[], parts: readonly K[]): Promise<Map<string, Pick<ArticleLanguage, K>>> {
    // json_extract with several paths gives a JSON array of the values, in the order of the paths.
    const paths = parts.map((p) => `'$.${p}'`).join(', ');
    const stmt = this.db.prepare(`SELECT article_id, json_extract(data, ${paths}${parts.length === 1 ? ", '$.__none'" : ''}) AS part FROM article_language WHERE article_id IN (SELECT value FROM json_each(?))`);
    const out = new Map<string, Pick<ArticleLanguage, K>>();
    for (let i = 0; i < articleIds.length; i += PAGE) {
      for (const r of stmt.all(JSON.stringify(articleIds.slice(i, i + PAGE))) as { article_id: string; part: string }[]) {
        const values = JSON.parse(r.part) as unknown[];
        out.set(r.article_id, Object.fromEntries(parts.map((p, j) => [p, values[j] ?? []])) as Pick<ArticleLanguage, K>);
      }
    }
    return out;
  }
  iterateEvents(): AsyncIterable<{ articleId: string; events: ArticleLanguage['events'] }> {
    const stmt = this.db.prepare(
      "SELECT article_id, json_extract(data, '$.events') AS part FROM article_language WHERE article_id > ? AND json_array_length(data, '$.events') > 0 ORDER BY article_id LIMIT ?",
    );
    return pages(stmt, (r) => ({ articleId: r.article_id as string, events: JSON.parse(r.part as string) as ArticleLanguage['events'] }), (r) => r.article_id as string);
  }
}

export class SqliteEntities implements EntityRepository {
  constructor(private readonly db: Database.Database) {}

  async *iterateLocals(): AsyncIterable<LocalEntityRow> {
    for await (const r of articleKeyPages(this.db, 'entity_locals', 'data')) yield JSON.parse(r.data as string) as LocalEntityRow;
  }

  async articlesWithoutLocals(): Promise<string[]> {
    return this.db
      .prepare('SELECT l.article_id FROM article_language l WHERE NOT EXISTS (SELECT 1 FROM entity_locals e WHERE e.article_id = l.article_id) ORDER BY l.article_id')
      .pluck()
      .all() as string[];
  }

  iterateStored(): AsyncIterable<{ id: string; name: string; data: string }> {
    const stmt = this.db.prepare('SELECT id, name, data FROM entities WHERE id > ? ORDER BY id LIMIT ?');
    return pages(stmt, (r) => ({ id: r.id as string, name: r.name as string, data: r.data as string }), (r) => r.id as string);
  }

  iterateLinks(): AsyncIterable<EntityLink> {
    return articleKeyPages(this.db, 'entity_links', 'entity_id') as AsyncIterable<EntityLink>;
  }

  async applyChanges(c: EntityChanges): Promise<void> {
    const db = this.db;
    const addLocal = db.prepare('INSERT OR REPLACE INTO entity_locals (article_id, key, data) VALUES (?, ?, ?)');
    const dropEntity = db.prepare('DELETE FROM entities WHERE id = ?');
    const putEntity = db.prepare('INSERT OR REPLACE INTO entities (id, name, type, mentions, data) VALUES (?, ?, ?, ?, ?)');
    const dropLink = db.prepare('DELETE FROM entity_links WHERE article_id = ? AND key = ?');
    const putLink = db.prepare('INSERT OR REPLACE INTO entity_links (article_id, key, entity_id) VALUES (?, ?, ?)');
    const dropQuotes = db.prepare('DELETE FROM quotes WHERE article_id = ?');
    const addQuote = db.prepare('INSERT OR REPLACE INTO quotes (id, article_id, speaker_id, speaker_name, kind, start, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
    // The quotes are a stream that may read the store between writes: the transaction is opened
    // and closed by hand around it (nothing else writes meanwhile: the step holds the corpus lock).
    db.exec('BEGIN IMMEDIATE');
    try {
      // A first run fills these tables: their indexes are built once at the end (bulk-load.ts). The
      // quote deletes below then find an empty table, so they need no index.
      const rebuildIndexes = dropIndexesOfEmptyTables(db, ['entities', 'entity_links', 'quotes']);
      for (const r of c.newLocals) addLocal.run(r.article_id, r.key, JSON.stringify(r));
      for (const id of c.removeEntities) dropEntity.run(id);
      for (const e of c.putEntities) putEntity.run(e.id, e.name, e.type, e.mentions, JSON.stringify(e));
      for (const l of c.removeLinks) dropLink.run(l.article_id, l.key);
      for (const l of c.putLinks) putLink.run(l.article_id, l.key, l.entity_id);
      for (const id of c.quoteArticles) dropQuotes.run(id);
      for await (const q of c.quotes) addQuote.run(q.id, q.article_id, q.speaker?.entity_id ?? null, q.speaker?.name ?? null, q.kind, q.start, JSON.stringify(q));
      rebuildIndexes();
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }

  async replaceDerived(input: Parameters<EntityRepository['replaceDerived']>[0]): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      const addLocal = db.prepare('INSERT OR REPLACE INTO entity_locals (article_id, key, data) VALUES (?, ?, ?)');
      for (const r of input.newLocals) addLocal.run(r.article_id, r.key, JSON.stringify(r));
      db.exec('DELETE FROM entities; DELETE FROM entity_links; DELETE FROM quotes;');
      const rebuildIndexes = dropIndexesOfEmptyTables(db, ['entities', 'entity_links', 'quotes']);
      const addEntity = db.prepare('INSERT INTO entities (id, name, type, mentions, data) VALUES (?, ?, ?, ?, ?)');
      for (const e of input.entities) addEntity.run(e.id, e.name, e.type, e.mentions, JSON.stringify(e));
      const addLink = db.prepare('INSERT OR REPLACE INTO entity_links (article_id, key, entity_id) VALUES (?, ?, ?)');
      for (const l of input.links) addLink.run(l.article_id, l.key, l.entity_id);
      const addQuote = db.prepare('INSERT OR REPLACE INTO quotes (id, article_id, speaker_id, speaker_name, kind, start, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const q of input.quotes) addQuote.run(q.id, q.article_id, q.speaker?.entity_id ?? null, q.speaker?.name ?? null, q.kind, q.start, JSON.stringify(q));
      rebuildIndexes();
    })();
  }

  async list(filter: EntityFilter, page: Page): Promise<PageResult<Entity>> {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.type) { where.push('type = @type'); params.type = filter.type; }
    if (filter.q) { where.push("(name LIKE @q ESCAPE '\\' OR data LIKE @qa ESCAPE '\\')"); params.q = `%${likeEscape(filter.q)}%`; params.qa = `%"${likeEscape(filter.q)}%`; }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM entities ${w}`).get(params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT data FROM entities ${w} ORDER BY mentions DESC, name, id LIMIT @limit OFFSET @offset`).pluck().all({ ...params, ...page }) as string[];
    return { items: rows.map((d) => JSON.parse(d) as Entity), total };
  }

  async get(id: string): Promise<Entity | null> {
    const d = this.db.prepare('SELECT data FROM entities WHERE id = ?').pluck().get(id) as string | undefined;
    return d ? (JSON.parse(d) as Entity) : null;
  }

  async ofArticle(articleId: string): Promise<Entity[]> {
    return (this.db
      .prepare('SELECT DISTINCT e.data FROM entity_links l JOIN entities e ON e.id = l.entity_id WHERE l.article_id = ? ORDER BY e.mentions DESC, e.id')
      .pluck()
      .all(articleId) as string[]).map((d) => JSON.parse(d) as Entity);
  }
}

export class SqliteQuotes implements QuoteRepository {
  constructor(private readonly db: Database.Database) {}
  async list(filter: QuoteFilter, page: Page): Promise<PageResult<Quote>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.speaker) { where.push('(speaker_id = ? OR speaker_name = ? COLLATE NOCASE)'); params.push(filter.speaker, filter.speaker); }
    if (filter.article) { where.push('article_id = ?'); params.push(filter.article); }
    if (filter.articles) { where.push(`article_id IN (${placeholders(filter.articles.length)})`); params.push(...filter.articles); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM quotes ${w}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT data FROM quotes ${w} ORDER BY article_id, start LIMIT ? OFFSET ?`).pluck().all(...params, page.limit, page.offset) as string[];
    return { items: rows.map((d) => JSON.parse(d) as Quote), total };
  }
  iterate(): AsyncIterable<Quote> {
    const stmt = this.db.prepare('SELECT id, data FROM quotes WHERE id > ? ORDER BY id LIMIT ?');
    return pages(stmt, (r) => JSON.parse(r.data as string) as Quote, (r) => r.id as string);
  }
}

export class SqliteEvents implements EventRepository {
  constructor(private readonly db: Database.Database) {}
  /** The table ends up holding exactly `events`; only the rows that differ are written. */
  async replaceAll(events: Iterable<Event>): Promise<void> {
    const db = this.db;
    const diff = new EventChanges();
    for (const [id, data] of db.prepare('SELECT id, data FROM events').raw().iterate() as Iterable<[string, string]>) diff.see(id, data);
    const drop = db.prepare('DELETE FROM events WHERE id = ?');
    const dropLinks = db.prepare('DELETE FROM event_articles WHERE event_id = ?');
    const add = db.prepare('INSERT OR REPLACE INTO events (id, date, kind, data) VALUES (?, ?, ?, ?)');
    const link = db.prepare('INSERT OR IGNORE INTO event_articles (event_id, article_id) VALUES (?, ?)');
    db.transaction(() => {
      const rebuildIndexes = dropIndexesOfEmptyTables(db, ['events', 'event_articles']);
      for (const { event: e, data } of diff.changed(events)) {
        add.run(e.id, e.date, e.kind, data);
        dropLinks.run(e.id);
        for (const a of e.article_ids) link.run(e.id, a);
      }
      for (const id of diff.removed()) { drop.run(id); dropLinks.run(id); }
      rebuildIndexes();
    })();
  }
  async list(filter: EventFilter, page: Page): Promise<PageResult<Event>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.articles) { where.push(`id IN (SELECT event_id FROM event_articles WHERE article_id IN (${placeholders(filter.articles.length)}))`); params.push(...filter.articles); }
    if (filter.entity) { where.push("data LIKE ? ESCAPE '\\'"); params.push(`%"${likeEscape(filter.entity)}"%`); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM events ${w}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT data FROM events ${w} ORDER BY date NULLS LAST, id LIMIT ? OFFSET ?`).pluck().all(...params, page.limit, page.offset) as string[];
    return { items: rows.map((d) => JSON.parse(d) as Event), total };
  }
  iterate(): AsyncIterable<Event> {
    const stmt = this.db.prepare('SELECT id, data FROM events WHERE id > ? ORDER BY id LIMIT ?');
    return pages(stmt, (r) => JSON.parse(r.data as string) as Event, (r) => r.id as string);
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export class SqliteStories implements StoryRepository {
  /** Read statements, prepared on first use (the API's reads; see story-list.ts). */
  private storyList: SqliteStoryList | undefined;
  private byId: Database.Statement | undefined;
  constructor(private readonly db: Database.Database) {}

  async replaceAll(stories: Story[]): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      db.exec('DELETE FROM stories; DELETE FROM story_articles;');
      const rebuildIndexes = dropIndexesOfEmptyTables(db, ['stories', 'story_articles']);
      const add = db.prepare('INSERT INTO stories (id, level, parent_id, label, first_date, last_date, article_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const link = db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
      for (const s of stories) {
        add.run(s.id, s.level, s.parent_id, s.label, s.first_date, s.last_date, new Set(s.article_ids).size, JSON.stringify(s));
        for (const a of s.article_ids) link.run(s.id, a);
      }
      rebuildIndexes();
    })();
  }

  async recordKeys(): Promise<Map<string, string | null>> {
    return new Map(this.db.prepare('SELECT id, record_key FROM stories').raw().all() as [string, string | null][]);
  }

  async applyChanges(changes: StoryChanges): Promise<void> {
    const db = this.db;
    const drop = db.prepare('DELETE FROM stories WHERE id = ?');
    const dropLinks = db.prepare('DELETE FROM story_articles WHERE story_id = ?');
    const put = db.prepare('INSERT OR REPLACE INTO stories (id, level, parent_id, label, first_date, last_date, article_count, data, record_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const link = db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
    // No bulk load here: the story step writes its documents a hundred at a time.
    db.transaction(() => {
      for (const id of changes.remove) { drop.run(id); dropLinks.run(id); }
      for (const { story: s, recordKey } of changes.put) {
        put.run(s.id, s.level, s.parent_id, s.label, s.first_date, s.last_date, new Set(s.article_ids).size, JSON.stringify(s), recordKey);
        dropLinks.run(s.id);
        for (const a of s.article_ids) link.run(s.id, a);
      }
    })();
  }

  async list(filter: StoryFilter, page: Page): Promise<PageResult<StorySummary>> {
    return (this.storyList ??= new SqliteStoryList(this.db)).list(filter, page);
  }

  async get(id: string): Promise<Story | null> {
    const d = (this.byId ??= this.db.prepare('SELECT data FROM stories WHERE id = ?').pluck()).get(id) as string | undefined;
    return d ? (JSON.parse(d) as Story) : null;
  }

  iterate(): AsyncIterable<Story> {
    const stmt = this.db.prepare('SELECT id, data FROM stories WHERE id > ? ORDER BY id LIMIT ?');
    return pages(stmt, (r) => JSON.parse(r.data as string) as Story, (r) => r.id as string);
  }
}
