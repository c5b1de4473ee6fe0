// The embedded store: SQLite through better-sqlite3 (synchronous, so each method resolves at once),
// WAL journal so readers (the API) never block the writer, and FTS5 for search.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.js';
import type {
  ArticleFilter, ArticleRepository, ArticleSummary, ArticleWrite, InputInfo, InputRepository,
  CorpusLock, Page, PageResult, SaveOutcome, SearchHit, Store,
} from '../repository.js';
import { SqliteProvenance } from './sqlite-provenance.js';
import { SqliteClusterStore } from './cluster-store.js';
import { SqliteEntities, SqliteEvents, SqliteLanguage, SqliteQuotes, SqliteStories } from './corpus-repositories.js';
import { parseUserQuery, toFts5 } from '../fts-query.js';
import { MIGRATIONS } from './migrations.js';
import { supersedes, toArticle, toSummary } from '../article-document.js';
import type { ArticleRow } from '../article-document.js';
import { corpusStamps } from '../../pipeline/stages.js';
import { SqliteStages } from './sqlite-stages.js';

import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../snippet-markers.js';

export { SNIPPET_CLOSE, SNIPPET_OPEN };

export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db, file);
}

function migrate(db: Database.Database): void {
  const level = db.pragma('user_version', { simple: true }) as number;
  if (level > MIGRATIONS.length) {
    throw new Error(`store schema version ${level} is newer than this Parallax (${MIGRATIONS.length}); upgrade Parallax`);
  }
  for (let v = level; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly articles: SqliteArticles;
  readonly inputs: SqliteInputs;
  readonly provenance: SqliteProvenance;
  readonly language: SqliteLanguage;
  readonly entities: SqliteEntities;
  readonly quotes: SqliteQuotes;
  readonly events: SqliteEvents;
  readonly stories: SqliteStories;
  readonly clusters: SqliteClusterStore;
  readonly corpusLock: CorpusLock = new ProcessLock();
  readonly stages: SqliteStages;
  constructor(readonly db: Database.Database, readonly location: string) {
    this.articles = new SqliteArticles(db);
    this.inputs = new SqliteInputs(db);
    this.provenance = new SqliteProvenance(db);
    this.language = new SqliteLanguage(db);
    this.entities = new SqliteEntities(db);
    this.quotes = new SqliteQuotes(db);
    this.events = new SqliteEvents(db);
    this.stories = new SqliteStories(db);
    this.clusters = new SqliteClusterStore(db);
    this.stages = new SqliteStages(db);
  }
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** One SQLite store is written by one process: the corpus steps only need to be serialised within it. */
class ProcessLock implements CorpusLock {
  private tail: Promise<unknown> = Promise.resolve();
  private held = false;
  async withLock<T>(fn: () => Promise<T>, options: { wait?: boolean } = {}): Promise<T | undefined> {
    if (this.held && options.wait === false) return undefined;
    const run = this.tail.then(async () => {
      this.held = true;
      try { return await fn(); } finally { this.held = false; }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}

class SqliteInputs implements InputRepository {
  private readonly hasStmt: Database.Statement<[string, string], unknown>;
  private readonly insertStmt: Database.Statement<[InputInfo], unknown>;
  constructor(private readonly db: Database.Database) {
    this.hasStmt = db.prepare('SELECT 1 FROM inputs WHERE sha256 = ? AND source = ?');
    this.insertStmt = db.prepare(
      'INSERT INTO inputs (sha256, source, size, records) VALUES (@sha256, @source, @size, @records) ON CONFLICT(sha256) DO NOTHING',
    );
  }
  async has(sha256: string, source: string): Promise<boolean> {
    return this.hasStmt.get(sha256, source) !== undefined;
  }
  async record(info: InputInfo): Promise<void> {
    this.insertStmt.run(info);
  }
  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM inputs').get() as { n: number }).n;
  }
}


const SUMMARY_COLUMNS =
  "a.id, a.title, a.source, a.published, a.outlet, a.language, (SELECT group_concat(DISTINCT flag) FROM article_flags f WHERE f.article_id = a.id) AS flags";

class SqliteArticles implements ArticleRepository {
  private readonly byId: Database.Statement<[string], { raw_sha256: string; data: string; stage_version: string; source: string; record_index: number; provenance: string | null } | undefined>;
  private readonly insert: Database.Statement;
  private readonly update: Database.Statement;
  private readonly clearFlags: Database.Statement;
  private readonly insertFlag: Database.Statement;
  private readonly putLanguage: Database.Statement;
  private readonly languageVersion: Database.Statement;
  private readonly stamp: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.putLanguage = db.prepare('INSERT OR REPLACE INTO article_language (article_id, stage_version, data) VALUES (?, ?, ?)');
    this.languageVersion = db.prepare('SELECT stage_version FROM article_language WHERE article_id = ?').pluck();
    // A store's corpus stages are stamped with the versions that first build them (see stages.ts).
    this.stamp = db.prepare("INSERT OR IGNORE INTO stage_stamps (stage, version, state) VALUES (?, ?, 'current')");
    this.byId = db.prepare(
      'SELECT a.raw_sha256, a.data, a.stage_version, a.source, a.record_index, p.data AS provenance FROM articles a LEFT JOIN article_provenance p ON p.article_id = a.id WHERE a.id = ?',
    ) as never;
    const cols = 'id, source, external_id, input_sha256, record_index, body_type, raw, raw_sha256, record_format, record_fields, title, text, published, outlet, language, data, stage_version';
    this.insert = db.prepare(`INSERT INTO articles (${cols}) VALUES (${cols.split(', ').map((c) => '@' + c).join(', ')})`);
    this.update = db.prepare(
      // The kept record's raw input and origin go with its document.
      'UPDATE articles SET source=@source, external_id=@external_id, input_sha256=@input_sha256, record_index=@record_index, body_type=@body_type, raw=@raw, raw_sha256=@raw_sha256, record_format=@record_format, record_fields=@record_fields, title=@title, text=@text, published=@published, outlet=@outlet, language=@language, data=@data, stage_version=@stage_version WHERE id=@id',
    );
    this.clearFlags = db.prepare("DELETE FROM article_flags WHERE article_id = ? AND stage = 'extract'");
    this.insertFlag = db.prepare("INSERT OR IGNORE INTO article_flags (article_id, flag, stage) VALUES (?, ?, 'extract')");
  }

  async save(write: ArticleWrite): Promise<SaveOutcome> {
    return this.saveMany([write]).then((o) => o[0]);
  }

  async saveMany(writes: ArticleWrite[]): Promise<SaveOutcome[]> {
    return this.db.transaction(() => {
      if (writes.length) for (const s of corpusStamps()) this.stamp.run(s.stage, s.version);
      return writes.map((w) => this.saveOne(w));
    })();
  }

  private saveOne(write: ArticleWrite): SaveOutcome {
    const a = write.article;
    const data = JSON.stringify(a);
    const existing = this.byId.get(a.id);
    const language = write.language;
    const languageCurrent = !language || this.languageVersion.get(a.id) === language.stageVersion;
    const sameVersions = existing && existing.stage_version === write.stageVersion && languageCurrent;
    if (sameVersions && (existing.data === data || !supersedes({ source: a.source, recordIndex: write.recordIndex }, existing))) return 'unchanged';
    if (language && !languageCurrent) this.putLanguage.run(a.id, language.stageVersion, JSON.stringify(language.data));
    const row = {
      id: a.id,
      source: a.source,
      external_id: a.external_id,
      input_sha256: write.inputSha256,
      record_index: write.recordIndex,
      body_type: write.bodyType,
      raw: write.raw,
      raw_sha256: createHash('sha256').update(write.raw).digest('hex'),
      record_format: write.input?.format ?? null,
      record_fields: write.input ? JSON.stringify(write.input.fields) : null,
      title: a.title,
      text: a.text,
      published: a.published,
      outlet: a.outlet?.name ?? null,
      language: a.language,
      data,
      stage_version: write.stageVersion,
    };
    if (existing) this.update.run(row);
    else this.insert.run(row);
    this.clearFlags.run(a.id);
    for (const f of a.flags) this.insertFlag.run(a.id, f.flag);
    return existing ? 'updated' : 'stored';
  }

  async get(id: string): Promise<Article | null> {
    const row = this.byId.get(id);
    return row ? toArticle(row.data, row.provenance) : null;
  }

  async getRaw(id: string): Promise<{ raw: string; bodyType: 'html' | 'text' } | null> {
    const row = this.db.prepare('SELECT raw, body_type FROM articles WHERE id = ?').get(id) as
      | { raw: string; body_type: 'html' | 'text' } | undefined;
    return row ? { raw: row.raw, bodyType: row.body_type } : null;
  }

  async list(filter: ArticleFilter, page: Page): Promise<PageResult<ArticleSummary>> {
    const { where, params } = filterSql(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, ...page }) as ArticleRow[];
    return { items: rows.map(toSummary), total };
  }

  async search(query: string, filter: ArticleFilter, page: Page): Promise<PageResult<SearchHit>> {
    const match = toFts5(parseUserQuery(query));
    if (!match) return { items: [], total: 0 };
    const { where, params } = filterSql(filter, 'AND');
    const from = 'FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH @match';
    const all = { ...params, match };
    // Without filters the count needs the full-text index alone (no row of articles is read).
    const counted = where ? `SELECT count(*) AS n ${from} ${where}` : 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH @match';
    const total = (this.db.prepare(counted).get(all) as { n: number }).n;
    // Rank and page on rowids first: snippets and flag lists are made for the returned page only,
    // not for every match before the sort.
    const ranked = this.db
      .prepare(`SELECT articles_fts.rowid AS r, bm25(articles_fts, 5.0, 1.0) AS rank ${from} ${where} ORDER BY rank, a.id LIMIT @limit OFFSET @offset`)
      .all({ ...all, ...page }) as { r: number; rank: number }[];
    if (ranked.length === 0) return { items: [], total };
    const rows = this.db
      .prepare(
        `SELECT articles_fts.rowid AS r, ${SUMMARY_COLUMNS}, snippet(articles_fts, 1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16) AS snippet
         ${from} AND articles_fts.rowid IN (${ranked.map(() => '?').join(', ')})`,
      )
      .all({ match }, ...ranked.map((x) => x.r)) as (ArticleRow & { r: number; snippet: string })[];
    const byRowid = new Map(rows.map((x) => [x.r, x]));
    const items = ranked.flatMap((x) => {
      const row = byRowid.get(x.r);
      return row ? [{ ...toSummary(row), snippet: row.snippet, score: -x.rank }] : [];
    });
    return { items, total };
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async *iterate(): AsyncIterable<Article> {
    // Keyset pagination: no long-lived statement, bounded memory, and writers are not blocked.
    let after = '';
    const stmt = this.db.prepare(
      'SELECT a.id, a.data, p.data AS provenance FROM articles a LEFT JOIN article_provenance p ON p.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT 500',
    );
    for (;;) {
      const rows = stmt.all(after) as { id: string; data: string; provenance: string | null }[];
      if (rows.length === 0) return;
      for (const r of rows) yield toArticle(r.data, r.provenance);
      after = rows[rows.length - 1].id;
    }
  }
}


function filterSql(f: ArticleFilter, join: 'WHERE' | 'AND' = 'WHERE'): { where: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (f.outlet) { clauses.push('a.outlet = @outlet COLLATE NOCASE'); params.outlet = f.outlet; }
  if (f.language) { clauses.push('a.language = @language'); params.language = f.language; }
  if (f.from) { clauses.push('a.published >= @from'); params.from = f.from; }
  // A bare date as upper bound includes that whole day.
  if (f.to) { clauses.push('a.published < @to'); params.to = f.to.length === 10 ? f.to + 'T99' : f.to; }
  if (f.entity) { clauses.push('EXISTS (SELECT 1 FROM entity_links el WHERE el.article_id = a.id AND el.entity_id = @entity)'); params.entity = f.entity; }
  if (f.flag) { clauses.push('EXISTS (SELECT 1 FROM article_flags af WHERE af.article_id = a.id AND af.flag = @flag)'); params.flag = f.flag; }
  if (clauses.length === 0) return { where: '', params };
  return { where: `${join} ${clauses.join(' AND ')}`, params };
}
