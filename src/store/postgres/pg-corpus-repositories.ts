// PostgreSQL repositories of the language and corpus stages: annotations, entities, quotes, events,
// stories. Same queries and orders as the SQLite ones (src/store/sqlite/corpus-repositories.ts):
// LIKE there is ASCII case-insensitive, so ILIKE here; NOCASE there is lower() here.
import type pg from 'pg';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { LocalEntityRow } from '../../language/entities/index.js';
import type { Entity, Event, Quote, Story } from '../../model/export.js';
import type { StorySummary } from '../../model/api.js';
import type {
  EntityFilter, EntityRepository, EventFilter, EventRepository, LanguageRepository, Page, PageResult, QuoteFilter, QuoteRepository,
  StoryChanges, StoryFilter, StoryRepository, EntityChanges, EntityLink,
} from '../repository.js';
import { EventChanges } from '../event-changes.js';
import { chunks, inTransaction, Params } from './pg-connection.js';

const PAGE = 500;

/** Keyset pagination over a table ordered by a text key: bounded memory, no long-lived cursor. */
async function* pages<T>(pool: pg.Pool, sql: string, map: (row: Record<string, unknown>) => T, key: string): AsyncIterable<T> {
  let after = '';
  for (;;) {
    const rows = (await pool.query(sql, [after, PAGE])).rows as Record<string, unknown>[];
    if (rows.length === 0) return;
    for (const r of rows) yield map(r);
    after = rows[rows.length - 1][key] as string;
  }
}

/**
 * Rows of a table keyed by (article_id, key), in that order, by keyset pages: entity links and local
 * rows run to millions (2.4M at 200k generated articles) and are never all read at once.
 */
async function* articleKeyPages(pool: pg.Pool, table: 'entity_locals' | 'entity_links', column: string): AsyncIterable<Record<string, unknown>> {
  let after = ['', ''];
  for (;;) {
    const rows = (await pool.query(`SELECT article_id, key, ${column} FROM ${table} WHERE (article_id, key) > ($1, $2) ORDER BY article_id, key LIMIT $3`, [...after, PAGE * 10])).rows as Record<string, unknown>[];
    if (rows.length === 0) return;
    yield* rows;
    const last = rows[rows.length - 1];
    after = [last.article_id as string, last.key as string];
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

const parse = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

export class PgLanguage implements LanguageRepository {
  constructor(private readonly pool: pg.Pool) {}
  async get(articleId: string): Promise<ArticleLanguage | null> {
    const row = (await this.pool.query<{ data: string }>('SELECT data FROM article_language WHERE article_id = $1', [articleId])).rows[0];
    return row ? (JSON.parse(row.data) as ArticleLanguage) : null;
  }
  iterate(): AsyncIterable<{ articleId: string; data: ArticleLanguage }> {
    return pages(this.pool, 'SELECT article_id, data FROM article_language WHERE article_id > $1 ORDER BY article_id LIMIT $2',
      (r) => ({ articleId: r.article_id as string, data: JSON.parse(r.data as string) as ArticleLanguage }), 'article_id');
  }
  // The parts are cut out by the server (json, which keeps the text as written): only they cross the wire.
  async partsOf<K extends keyof ArticleLanguage>(articleIds: readonly string[], parts: readonly K[]): Promise<Map<string, Pick<ArticleLanguage, K>>> {
    const out = new Map<string, Pick<ArticleLanguage, K>>();
    const values = parts.map((_, j) => `data::json -> $${j + 2}::text`).join(', ');
    for (const part of chunks(articleIds)) {
      const rows = (await this.pool.query<{ article_id: string; part: string }>(
        `SELECT article_id, json_build_array(${values})::text AS part FROM article_language WHERE article_id = ANY($1::text[])`, [part, ...parts],
      )).rows;
      for (const r of rows) {
        const got = JSON.parse(r.part) as unknown[];
        out.set(r.article_id, Object.fromEntries(parts.map((p, j) => [p, got[j] ?? []])) as Pick<ArticleLanguage, K>);
      }
    }
    return out;
  }
  iterateEvents(): AsyncIterable<{ articleId: string; events: ArticleLanguage['events'] }> {
    return pages(this.pool,
      `SELECT article_id, part FROM (SELECT article_id, (data::json -> 'events')::text AS part FROM article_language WHERE article_id > $1) x
       WHERE part IS NOT NULL AND part <> '[]' ORDER BY article_id LIMIT $2`,
      (r) => ({ articleId: r.article_id as string, events: JSON.parse(r.part as string) as ArticleLanguage['events'] }), 'article_id');
  }
}

export class PgEntities implements EntityRepository {
  constructor(private readonly pool: pg.Pool) {}

  async *iterateLocals(): AsyncIterable<LocalEntityRow> {
    for await (const r of articleKeyPages(this.pool, 'entity_locals', 'data')) yield JSON.parse(r.data as string) as LocalEntityRow;
  }

  async articlesWithoutLocals(): Promise<string[]> {
    const rows = (await this.pool.query<{ article_id: string }>(
      'SELECT l.article_id FROM article_language l WHERE NOT EXISTS (SELECT 1 FROM entity_locals e WHERE e.article_id = l.article_id) ORDER BY l.article_id',
    )).rows;
    return rows.map((r) => r.article_id);
  }

  iterateStored(): AsyncIterable<{ id: string; name: string; data: string }> {
    return pages(this.pool, 'SELECT id, name, data FROM entities WHERE id > $1 ORDER BY id LIMIT $2',
      (r) => ({ id: r.id as string, name: r.name as string, data: r.data as string }), 'id');
  }

  iterateLinks(): AsyncIterable<EntityLink> {
    return articleKeyPages(this.pool, 'entity_links', 'entity_id') as AsyncIterable<EntityLink>;
  }

  async applyChanges(ch: EntityChanges): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await this.addLocals(c, ch.newLocals);
      for (const part of chunks([...ch.removeEntities, ...ch.putEntities.map((e) => e.id)])) await c.query('DELETE FROM entities WHERE id = ANY($1::text[])', [part]);
      await insertEntities(c, ch.putEntities);
      for (const part of chunks(concat<{ article_id: string; key: string }>(ch.removeLinks, ch.putLinks))) {
        await c.query('DELETE FROM entity_links l USING unnest($1::text[], $2::text[]) AS x(a, k) WHERE l.article_id = x.a AND l.key = x.k',
          [part.map((l) => l.article_id), part.map((l) => l.key)]);
      }
      await insertLinks(c, ch.putLinks);
      for (const part of chunks(ch.quoteArticles)) await c.query('DELETE FROM quotes WHERE article_id = ANY($1::text[])', [part]);
      let part: Quote[] = [];
      for await (const q of ch.quotes) {
        part.push(q);
        if (part.length === 5000) { await insertQuotes(c, part); part = []; }
      }
      await insertQuotes(c, part);
    });
  }

  private async addLocals(c: pg.PoolClient, locals: Iterable<LocalEntityRow>): Promise<void> {
    for (const part of chunks(locals)) {
      await c.query(
        `INSERT INTO entity_locals (article_id, key, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (article_id, key) DO UPDATE SET data = EXCLUDED.data`,
        [part.map((r) => r.article_id), part.map((r) => r.key), part.map((r) => JSON.stringify(r))],
      );
    }
  }

  async replaceDerived(input: Parameters<EntityRepository['replaceDerived']>[0]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await this.addLocals(c, input.newLocals);
      await c.query('DELETE FROM entities; DELETE FROM entity_links; DELETE FROM quotes;');
      await insertEntities(c, input.entities);
      await insertLinks(c, input.links);
      await insertQuotes(c, input.quotes);
    });
  }

  async list(filter: EntityFilter, page: Page): Promise<PageResult<Entity>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.type) where.push(`type = ${p.add(filter.type)}`);
    if (filter.q) where.push(`(name ILIKE ${p.add(`%${likeEscape(filter.q)}%`)} ESCAPE '\\' OR data ILIKE ${p.add(`%"${likeEscape(filter.q)}%`)} ESCAPE '\\')`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM entities ${w}`, p.values)).rows[0].n;
    const rows = (await this.pool.query<{ data: string }>(
      `SELECT data FROM entities ${w} ORDER BY mentions DESC, name, id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`, p.values,
    )).rows;
    return { items: parse(rows), total };
  }

  async get(id: string): Promise<Entity | null> {
    const row = (await this.pool.query<{ data: string }>('SELECT data FROM entities WHERE id = $1', [id])).rows[0];
    return row ? (JSON.parse(row.data) as Entity) : null;
  }

  async ofArticle(articleId: string): Promise<Entity[]> {
    const rows = (await this.pool.query<{ data: string }>(
      `SELECT e.data FROM entities e WHERE e.id IN (SELECT l.entity_id FROM entity_links l WHERE l.article_id = $1) ORDER BY e.mentions DESC, e.id`,
      [articleId],
    )).rows;
    return parse(rows);
  }
}

async function insertEntities(c: pg.PoolClient, entities: readonly Entity[]): Promise<void> {
  for (const part of chunks(entities)) {
    await c.query(
      'INSERT INTO entities (id, name, type, mentions, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[])',
      [part.map((e) => e.id), part.map((e) => e.name), part.map((e) => e.type), part.map((e) => e.mentions), part.map((e) => JSON.stringify(e))],
    );
  }
}

function* concat<T>(...lists: Iterable<T>[]): Generator<T> {
  for (const l of lists) yield* l;
}

async function insertLinks(c: pg.PoolClient, links: Iterable<EntityLink>): Promise<void> {
  for (const part of chunks(links)) {
    await c.query(
      `INSERT INTO entity_links (article_id, key, entity_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (article_id, key) DO UPDATE SET entity_id = EXCLUDED.entity_id`,
      [part.map((l) => l.article_id), part.map((l) => l.key), part.map((l) => l.entity_id)],
    );
  }
}

async function insertQuotes(c: pg.PoolClient, quotes: readonly Quote[]): Promise<void> {
  for (const part of chunks(quotes)) {
    await c.query(
      `INSERT INTO quotes (id, article_id, speaker_id, speaker_name, kind, start, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])
       ON CONFLICT (id) DO UPDATE SET article_id = EXCLUDED.article_id, speaker_id = EXCLUDED.speaker_id,
         speaker_name = EXCLUDED.speaker_name, kind = EXCLUDED.kind, start = EXCLUDED.start, data = EXCLUDED.data`,
      [part.map((q) => q.id), part.map((q) => q.article_id), part.map((q) => q.speaker?.entity_id ?? null), part.map((q) => q.speaker?.name ?? null),
        part.map((q) => q.kind), part.map((q) => q.start), part.map((q) => JSON.stringify(q))],
    );
  }
}

export class PgQuotes implements QuoteRepository {
  constructor(private readonly pool: pg.Pool) {}
  async list(filter: QuoteFilter, page: Page): Promise<PageResult<Quote>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.speaker) { const s = p.add(filter.speaker); where.push(`(speaker_id = ${s} OR lower(speaker_name) = lower(${s}))`); }
    if (filter.article) where.push(`article_id = ${p.add(filter.article)}`);
    if (filter.articles) where.push(`article_id = ANY(${p.add(filter.articles)}::text[])`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM quotes ${w}`, p.values)).rows[0].n;
    const rows = (await this.pool.query<{ data: string }>(
      `SELECT data FROM quotes ${w} ORDER BY article_id, start LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`, p.values,
    )).rows;
    return { items: parse(rows), total };
  }
  iterate(): AsyncIterable<Quote> {
    return pages(this.pool, 'SELECT id, data FROM quotes WHERE id > $1 ORDER BY id LIMIT $2', (r) => JSON.parse(r.data as string) as Quote, 'id');
  }
}

/** Replaces a table of documents and its article membership table in one transaction. */
async function replaceGrouped(pool: pg.Pool, docs: { table: string; columns: string[]; types: string[]; rows: unknown[][] },
  members: { table: string; pairs: [string, string][] }): Promise<void> {
  await inTransaction(pool, async (c) => {
    await c.query(`DELETE FROM ${docs.table}; DELETE FROM ${members.table};`);
    for (const part of chunks(docs.rows)) {
      const arrays = docs.columns.map((_, i) => part.map((r) => r[i]));
      await c.query(`INSERT INTO ${docs.table} (${docs.columns.join(', ')}) SELECT * FROM unnest(${docs.types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`, arrays);
    }
    for (const part of chunks(members.pairs)) {
      await c.query(`INSERT INTO ${members.table} SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, [part.map((x) => x[0]), part.map((x) => x[1])]);
    }
  });
}

export class PgEvents implements EventRepository {
  constructor(private readonly pool: pg.Pool) {}
  /** The table ends up holding exactly `events`; only the rows that differ are written. */
  async replaceAll(events: Iterable<Event>): Promise<void> {
    const diff = new EventChanges();
    for await (const [id, data] of pages(this.pool, 'SELECT id, data FROM events WHERE id > $1 ORDER BY id LIMIT $2', (r) => [r.id, r.data] as [string, string], 'id')) diff.see(id, data);
    await inTransaction(this.pool, async (c) => {
      for (const part of chunks(diff.changed(events))) {
        // An id twice in one chunk: its last document, as the table keeps.
        const put = [...new Map(part.map((p) => [p.event.id, p])).values()];
        const ids = put.map((p) => p.event.id);
        await c.query('DELETE FROM event_articles WHERE event_id = ANY($1::text[])', [ids]);
        await c.query('DELETE FROM events WHERE id = ANY($1::text[])', [ids]);
        await c.query('INSERT INTO events (id, date, kind, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])',
          [ids, put.map((p) => p.event.date), put.map((p) => p.event.kind), put.map((p) => p.data)]);
        const pairs = put.flatMap((p) => p.event.article_ids.map((a) => [p.event.id, a] as [string, string]));
        for (const links of chunks(pairs)) {
          await c.query('INSERT INTO event_articles SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [links.map((x) => x[0]), links.map((x) => x[1])]);
        }
      }
      for (const part of chunks(diff.removed())) {
        await c.query('DELETE FROM event_articles WHERE event_id = ANY($1::text[])', [part]);
        await c.query('DELETE FROM events WHERE id = ANY($1::text[])', [part]);
      }
    });
  }
  async list(filter: EventFilter, page: Page): Promise<PageResult<Event>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.articles) where.push(`id IN (SELECT event_id FROM event_articles WHERE article_id = ANY(${p.add(filter.articles)}::text[]))`);
    if (filter.entity) where.push(`data ILIKE ${p.add(`%"${likeEscape(filter.entity)}"%`)} ESCAPE '\\'`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM events ${w}`, p.values)).rows[0].n;
    const rows = (await this.pool.query<{ data: string }>(
      `SELECT data FROM events ${w} ORDER BY date NULLS LAST, id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`, p.values,
    )).rows;
    return { items: parse(rows), total };
  }
  iterate(): AsyncIterable<Event> {
    return pages(this.pool, 'SELECT id, data FROM events WHERE id > $1 ORDER BY id LIMIT $2', (r) => JSON.parse(r.data as string) as Event, 'id');
  }
}

export class PgStories implements StoryRepository {
  constructor(private readonly pool: pg.Pool) {}

  async replaceAll(stories: Story[]): Promise<void> {
    await replaceGrouped(this.pool,
      {
        table: 'stories', columns: ['id', 'level', 'parent_id', 'label', 'first_date', 'last_date', 'article_count', 'data'],
        types: ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'text'],
        rows: stories.map((s) => [s.id, s.level, s.parent_id, s.label, s.first_date, s.last_date, new Set(s.article_ids).size, JSON.stringify(s)]),
      },
      { table: 'story_articles', pairs: stories.flatMap((s) => s.article_ids.map((a) => [s.id, a] as [string, string])) });
  }

  async list(filter: StoryFilter, page: Page): Promise<PageResult<StorySummary>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.level) where.push(`s.level = ${p.add(filter.level)}`);
    if (filter.parent) where.push(`s.parent_id = ${p.add(filter.parent)}`);
    if (filter.q) where.push(`s.label ILIKE ${p.add(`%${likeEscape(filter.q)}%`)} ESCAPE '\\'`);
    if (filter.article) where.push(`s.id IN (SELECT story_id FROM story_articles WHERE article_id = ${p.add(filter.article)})`);
    if (filter.outlet) {
      where.push(`s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE lower(a.outlet) = lower(${p.add(filter.outlet)}))`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM stories s ${w}`, p.values)).rows[0].n;
    // Summary columns only (the story documents are never read here), and one query each for the
    // page's outlet and flag counts instead of two per story.
    type Row = { id: string; label: string; level: 'event' | 'story'; parent_id: string | null; first_date: string | null; last_date: string | null; n: number };
    const rows = (await this.pool.query<Row>(
      `SELECT s.id, s.label, s.level, s.parent_id, s.first_date, s.last_date, s.article_count AS n
       FROM stories s ${w} ORDER BY s.article_count DESC, s.last_date DESC NULLS LAST, s.id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`, p.values,
    )).rows;
    const ids = rows.map((r) => r.id);
    const outlets = (await this.pool.query<{ story_id: string; name: string; articles: number }>(
      `SELECT sa.story_id, coalesce(a.outlet, 'unknown') AS name, count(*)::int AS articles FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       WHERE sa.story_id = ANY($1) GROUP BY 1, 2 ORDER BY articles DESC, name`, [ids],
    )).rows;
    const flags = (await this.pool.query<{ story_id: string; flag: string; articles: number }>(
      `SELECT sa.story_id, f.flag, count(DISTINCT f.article_id)::int AS articles FROM story_articles sa JOIN article_flags f ON f.article_id = sa.article_id
       WHERE sa.story_id = ANY($1) AND f.flag NOT IN ('no_byline', 'no_date') GROUP BY 1, 2 ORDER BY articles DESC, flag`, [ids],
    )).rows;
    const items: StorySummary[] = rows.map((r) => ({
      id: r.id, label: r.label, level: r.level, parent_id: r.parent_id, first_date: r.first_date, last_date: r.last_date, article_count: r.n,
      outlets: outlets.filter((o) => o.story_id === r.id).map(({ name, articles }) => ({ name, articles })),
      flags: flags.filter((f) => f.story_id === r.id).map(({ flag, articles }) => ({ flag, articles })),
    }));
    return { items, total };
  }

  async recordKeys(): Promise<Map<string, string | null>> {
    const rows = (await this.pool.query<{ id: string; record_key: string | null }>('SELECT id, record_key FROM stories')).rows;
    return new Map(rows.map((r) => [r.id, r.record_key]));
  }

  async applyChanges(changes: StoryChanges): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      const gone = [...changes.remove, ...changes.put.map((p) => p.story.id)];
      for (const part of chunks(gone)) {
        await c.query('DELETE FROM story_articles WHERE story_id = ANY($1::text[])', [part]);
        await c.query('DELETE FROM stories WHERE id = ANY($1::text[])', [part]);
      }
      for (const part of chunks(changes.put)) {
        const s = part.map((p) => p.story);
        await c.query(
          `INSERT INTO stories (id, level, parent_id, label, first_date, last_date, article_count, data, record_key)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])`,
          [s.map((x) => x.id), s.map((x) => x.level), s.map((x) => x.parent_id), s.map((x) => x.label), s.map((x) => x.first_date), s.map((x) => x.last_date),
            s.map((x) => new Set(x.article_ids).size), s.map((x) => JSON.stringify(x)), part.map((p) => p.recordKey)],
        );
      }
      const pairs = changes.put.flatMap((p) => p.story.article_ids.map((a) => [p.story.id, a] as [string, string]));
      for (const part of chunks(pairs)) {
        await c.query('INSERT INTO story_articles SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [part.map((x) => x[0]), part.map((x) => x[1])]);
      }
    });
  }

  async get(id: string): Promise<Story | null> {
    const row = (await this.pool.query<{ data: string }>('SELECT data FROM stories WHERE id = $1', [id])).rows[0];
    return row ? (JSON.parse(row.data) as Story) : null;
  }

  iterate(): AsyncIterable<Story> {
    return pages(this.pool, 'SELECT id, data FROM stories WHERE id > $1 ORDER BY id LIMIT $2', (r) => JSON.parse(r.data as string) as Story, 'id');
  }
}
