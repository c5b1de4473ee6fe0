// The PostgreSQL store (node-postgres): the same repositories as SQLite, for corpora shared by
// several worker processes or machines. Full-text search uses PostgreSQL's own text search
// ('simple' configuration: no stemming, like FTS5's unicode61), ts_headline for snippets.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Article } from '../../model/article.js';
import type {
  ArticleFilter, ArticleRepository, ArticleSummary, ArticleWrite, InputInfo, InputRepository,
  ArticleReadOptions, Page, PageResult, ProvenanceRepository, SaveOutcome, Store,
} from '../repository.js';
import { languageJson, supersedes, toArticle, toSummary } from '../article-document.js';
import { readProvenanceLists } from '../provenance-lists.js';
import type { ArticleRow } from '../article-document.js';
import { parseUserQuery, toTsQuery } from '../fts-query.js';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../snippet-markers.js';
import { SEARCH_WINDOW } from '../search-limits.js';
import { cappedTotal, type SearchPage } from '../search-page.js';
import { inTransaction, Params, parsePgUrl, type Queryable } from './pg-connection.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { PgEntities, PgEvents, PgLanguage, PgQuotes, PgStories } from './pg-corpus-repositories.js';
import { PgProvenance } from './pg-provenance.js';
import { PgClusters } from './pg-clusters.js';
import { PgCorpusLock } from './pg-lock.js';
import { PgJobQueue } from './pg-job-queue.js';
import { PgStages } from './pg-stages.js';
import { corpusStamps } from '../../pipeline/stages.js';

// bigint counts and ids come back as strings by default; every bigint here is far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgresStore(url: string): Promise<PgStore> {
  const loc = parsePgUrl(url);
  const pool = new pg.Pool(loc.config);
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, loc.schema);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new PgStore(pool, loc.display, loc.schema, url);
}

/** Applies pending migrations under a transaction-level advisory lock (workers may start together). */
async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  await inTransaction(pool, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtext('parallax-migrate:' || $1))", [schema]);
    await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const level = (await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0].v ?? 0;
    if (level > PG_MIGRATIONS.length) {
      throw new Error(`store schema version ${level} is newer than this Parallax (${PG_MIGRATIONS.length}); upgrade Parallax`);
    }
    for (let v = level; v < PG_MIGRATIONS.length; v++) {
      await c.query(PG_MIGRATIONS[v]);
      await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
  });
}

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  readonly articles: PgArticles;
  readonly inputs: PgInputs;
  readonly provenance: PgProvenance;
  readonly language: PgLanguage;
  readonly entities: PgEntities;
  readonly quotes: PgQuotes;
  readonly events: PgEvents;
  readonly stories: PgStories;
  readonly clusters: PgClusters;
  readonly corpusLock: PgCorpusLock;
  readonly jobs: PgJobQueue;
  readonly stages: PgStages;
  private closed = false;
  constructor(readonly pool: pg.Pool, readonly location: string, readonly schema: string, readonly connectTo: string) {
    this.provenance = new PgProvenance(pool);
    this.articles = new PgArticles(pool, this.provenance);
    this.inputs = new PgInputs(pool);
    this.language = new PgLanguage(pool);
    this.entities = new PgEntities(pool);
    this.quotes = new PgQuotes(pool);
    this.events = new PgEvents(pool);
    this.stories = new PgStories(pool);
    this.clusters = new PgClusters(pool);
    this.corpusLock = new PgCorpusLock(pool, schema);
    this.jobs = new PgJobQueue(pool);
    this.stages = new PgStages(pool);
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

class PgInputs implements InputRepository {
  constructor(private readonly pool: pg.Pool) {}
  async has(sha256: string, source: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM inputs WHERE sha256 = $1 AND source = $2', [sha256, source])).rowCount! > 0;
  }
  async record(info: InputInfo): Promise<void> {
    await recordInput(this.pool, info);
  }
  async count(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM inputs')).rows[0].n;
  }
}

export async function recordInput(db: Queryable, info: InputInfo): Promise<void> {
  await db.query(
    'INSERT INTO inputs (sha256, source, size, records) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING',
    [info.sha256, info.source, info.size, info.records],
  );
}


const SUMMARY_COLUMNS =
  "a.id, a.title, a.source, a.published, a.outlet, a.language, (SELECT string_agg(DISTINCT flag, ',') FROM article_flags f WHERE f.article_id = a.id) AS flags";

/** PostgreSQL text cannot hold NUL; the searchable columns drop it (documents keep it, JSON-escaped). */
const noNul = (s: string | null): string | null => (s === null ? null : s.replaceAll('\u0000', ''));

class PgArticles implements ArticleRepository {
  constructor(private readonly pool: pg.Pool, private readonly provenance: ProvenanceRepository) {}

  async save(write: ArticleWrite): Promise<SaveOutcome> {
    return (await this.saveMany([write]))[0];
  }

  async saveMany(writes: ArticleWrite[]): Promise<SaveOutcome[]> {
    return inTransaction(this.pool, async (c) => {
      // A store's corpus stages are stamped with the versions that first build them (see stages.ts).
      const stamps = corpusStamps();
      if (writes.length) {
        await c.query(
          "INSERT INTO stage_stamps (stage, version, state) SELECT *, 'current' FROM unnest($1::text[], $2::text[]) ON CONFLICT (stage) DO NOTHING",
          [stamps.map((x) => x.stage), stamps.map((x) => x.version)],
        );
      }
      const out: SaveOutcome[] = [];
      for (const w of writes) out.push(await this.saveOne(c, w));
      return out;
    });
  }

  private async saveOne(c: pg.PoolClient, write: ArticleWrite): Promise<SaveOutcome> {
    const a = write.article;
    const data = JSON.stringify(a);
    const existing = (await c.query<{ data: string; stage_version: string; source: string; record_index: number; lang: string | null }>(
      'SELECT a.data, a.stage_version, a.source, a.record_index, l.stage_version AS lang FROM articles a LEFT JOIN article_language l ON l.article_id = a.id WHERE a.id = $1 FOR UPDATE OF a',
      [a.id],
    )).rows[0];
    const language = write.language;
    const languageCurrent = !language || existing?.lang === language.stageVersion;
    const sameVersions = existing && existing.stage_version === write.stageVersion && languageCurrent;
    if (sameVersions && (existing.data === data || !supersedes({ source: a.source, recordIndex: write.recordIndex }, existing))) return 'unchanged';
    const row = [
      a.id, a.source, a.external_id, write.inputSha256, write.recordIndex, write.bodyType, Buffer.from(write.raw, 'utf8'),
      createHash('sha256').update(write.raw).digest('hex'), noNul(a.title), noNul(a.text), a.published, noNul(a.outlet?.name ?? null),
      a.language, data, write.stageVersion, write.input?.format ?? null, write.input ? JSON.stringify(write.input.fields) : null,
    ];
    let outcome: SaveOutcome;
    if (existing) {
      await c.query(
        `UPDATE articles SET source=$2, external_id=$3, input_sha256=$4, record_index=$5, body_type=$6, raw=$7, raw_sha256=$8,
           title=$9, text=$10, published=$11, outlet=$12, language=$13, data=$14, stage_version=$15,
           record_format=$16, record_fields=$17 WHERE id=$1`,
        row,
      );
      outcome = 'updated';
    } else {
      const inserted = await c.query(
        `INSERT INTO articles (id, source, external_id, input_sha256, record_index, body_type, raw, raw_sha256, title, text, published, outlet, language, data, stage_version, record_format, record_fields)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (id) DO NOTHING`,
        row,
      );
      // Another worker stored the same content id meanwhile (and committed: the insert waited for it):
      // decide again against its row, which now exists.
      if (inserted.rowCount === 0) return this.saveOne(c, write);
      outcome = 'stored';
    }
    if (language && !languageCurrent) {
      await c.query(
        'INSERT INTO article_language (article_id, stage_version, data) VALUES ($1, $2, $3) ON CONFLICT (article_id) DO UPDATE SET stage_version = EXCLUDED.stage_version, data = EXCLUDED.data',
        [a.id, language.stageVersion, languageJson(language)],
      );
    }
    await c.query("DELETE FROM article_flags WHERE article_id = $1 AND stage = 'extract'", [a.id]);
    if (a.flags.length) {
      await c.query(
        "INSERT INTO article_flags (article_id, flag, stage) SELECT $1, f, 'extract' FROM unnest($2::text[]) AS f ON CONFLICT DO NOTHING",
        [a.id, a.flags.map((f) => f.flag)],
      );
    }
    return outcome;
  }

  async get(id: string, options: ArticleReadOptions = {}): Promise<Article | null> {
    const row = (await this.pool.query<{ data: string; provenance: string | null }>(
      'SELECT a.data, p.data AS provenance FROM articles a LEFT JOIN article_provenance p ON p.article_id = a.id WHERE a.id = $1',
      [id],
    )).rows[0];
    if (!row) return null;
    const lists = await readProvenanceLists(this.provenance, [id], options);
    return toArticle(row.data, row.provenance, lists?.get(id) ?? null);
  }

  async getRaw(id: string): Promise<{ raw: string; bodyType: 'html' | 'text' } | null> {
    const row = (await this.pool.query<{ raw: Buffer; body_type: 'html' | 'text' }>('SELECT raw, body_type FROM articles WHERE id = $1', [id])).rows[0];
    return row ? { raw: row.raw.toString('utf8'), bodyType: row.body_type } : null;
  }

  async list(filter: ArticleFilter, page: Page): Promise<PageResult<ArticleSummary>> {
    const p = new Params();
    const where = filterSql(filter, p, 'WHERE');
    const total = (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM articles a ${where}`, p.values)).rows[0].n;
    const rows = (await this.pool.query<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`,
      p.values,
    )).rows;
    return { items: rows.map(toSummary), total };
  }

  /**
   * Bounded cost: the GIN index finds the matches, at most SEARCH_WINDOW of them are read (the
   * count stops there: "5,000+"), and only those are ranked with ts_rank (title weighted by the
   * stored vector's A weights; ties by id). Snippets (ts_headline) are made for the page only.
   */
  async search(query: string, filter: ArticleFilter, page: Page): Promise<SearchPage> {
    const parsed = parseUserQuery(query);
    const tsquery = toTsQuery(parsed);
    if (!tsquery) return { items: [], total: 0, total_capped: false };
    const p = new Params();
    const q = p.add(tsquery);
    const window = `SELECT a.id, a.fts FROM articles a WHERE a.fts @@ to_tsquery('simple', ${q}) ${filterSql(filter, p, 'AND')} LIMIT ${SEARCH_WINDOW}`;
    const limit = p.add(page.limit);
    const offset = p.add(page.offset);
    // One statement: the window is read once, counted, ranked, and cut to the page.
    const ranked = (await this.pool.query<{ id: string; rank: number; n: number }>(
      `WITH w AS MATERIALIZED (${window})
       SELECT w.id, ts_rank(w.fts, to_tsquery('simple', ${q})) AS rank, (SELECT count(*) FROM w) AS n
       FROM w ORDER BY rank DESC, w.id LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    )).rows;
    const n = ranked.length ? ranked[0].n : page.offset > 0
      ? (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM (${window}) w`, p.values.slice(0, -2))).rows[0].n : 0;
    if (ranked.length === 0) return { items: [], ...cappedTotal(n) };
    const options = `StartSel=${SNIPPET_OPEN}, StopSel=${SNIPPET_CLOSE}, MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows = (await this.pool.query<ArticleRow & { snippet: string }>(
      `SELECT ${SUMMARY_COLUMNS}, ts_headline('simple', left(a.text, 400000), to_tsquery('simple', $1), $2) AS snippet FROM articles a WHERE a.id = ANY($3::text[])`,
      [tsquery, options, ranked.map((r) => r.id)],
    )).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ranked.flatMap((x) => {
      const row = byId.get(x.id);
      return row ? [{ ...toSummary(row), snippet: row.snippet, score: x.rank }] : [];
    });
    return { items, ...cappedTotal(n) };
  }

  async count(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM articles')).rows[0].n;
  }

  async *iterate(options: ArticleReadOptions = {}): AsyncIterable<Article> {
    // Keyset pagination: bounded memory, no long-lived cursor or transaction.
    let after = '';
    for (;;) {
      const rows = (await this.pool.query<{ id: string; data: string; provenance: string | null }>(
        'SELECT a.id, a.data, p.data AS provenance FROM articles a LEFT JOIN article_provenance p ON p.article_id = a.id WHERE a.id > $1 ORDER BY a.id LIMIT 500',
        [after],
      )).rows;
      if (rows.length === 0) return;
      const lists = await readProvenanceLists(this.provenance, rows.map((r) => r.id), options);
      for (const r of rows) yield toArticle(r.data, r.provenance, lists?.get(r.id) ?? null);
      after = rows[rows.length - 1].id;
    }
  }
}


/** The same filters as the SQLite store; NOCASE there is lower() here (both fold ASCII only). */
function filterSql(f: ArticleFilter, p: Params, join: 'WHERE' | 'AND'): string {
  const clauses: string[] = [];
  if (f.outlet) clauses.push(`lower(a.outlet) = lower(${p.add(f.outlet)})`);
  if (f.language) clauses.push(`a.language = ${p.add(f.language)}`);
  if (f.from) clauses.push(`a.published >= ${p.add(f.from)}`);
  // A bare date as upper bound includes that whole day.
  if (f.to) clauses.push(`a.published < ${p.add(f.to.length === 10 ? f.to + 'T99' : f.to)}`);
  if (f.entity) clauses.push(`EXISTS (SELECT 1 FROM entity_links el WHERE el.article_id = a.id AND el.entity_id = ${p.add(f.entity)})`);
  if (f.flag) clauses.push(`EXISTS (SELECT 1 FROM article_flags af WHERE af.article_id = a.id AND af.flag = ${p.add(f.flag)})`);
  return clauses.length ? `${join} ${clauses.join(' AND ')}` : '';
}
