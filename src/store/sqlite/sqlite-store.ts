// The embedded store: SQLite through better-sqlite3 (synchronous, so each method resolves at once),
// WAL journal so readers (the API) never block the writer, and FTS5 for search.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.js';
import type {
  ArticleFilter, ArticleRepository, ArticleSummary, ArticleWrite, InputInfo, InputRepository,
  ArticleReadOptions, CorpusLock, Page, PageResult, ProvenanceRepository, SaveOutcome, Store,
} from '../repository.js';
import { SqliteProvenance } from './sqlite-provenance.js';
import { SqliteClusterStore } from './cluster-store.js';
import { SqliteEntities, SqliteEvents, SqliteLanguage, SqliteQuotes, SqliteStories } from './corpus-repositories.js';
import { parseUserQuery, toFts5 } from '../fts-query.js';
import { MIGRATIONS } from './migrations.js';
import { languageJson, supersedes, toArticle, toSummary } from '../article-document.js';
import { readProvenanceLists } from '../provenance-lists.js';
import type { ArticleRow } from '../article-document.js';
import { corpusStamps } from '../../pipeline/stages.js';
import { SqliteStages } from './sqlite-stages.js';

import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../snippet-markers.js';
import { SEARCH_WEIGHTS, SEARCH_WINDOW, SNIPPET_SCANNED_CHARS } from '../search-limits.js';
import { cappedTotal, type SearchPage } from '../search-page.js';
import { makeSnippet } from '../search-snippet.js';
import { GenerationCache } from './read-generation.js';

/** Distinct searches whose window counts are kept (two small numbers each). */
const SEARCH_COUNTS_CACHED = 4096;

export { SNIPPET_CLOSE, SNIPPET_OPEN };

export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Writers wait for each other instead of failing: `analyze` writes from two connections at once
  // (the read loop's batches, and provenance steps on their thread, whose transaction can take
  // seconds on a loaded machine), and so do `serve` and `watch` beside a running analysis.
  db.pragma('busy_timeout = 120000');
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
    this.provenance = new SqliteProvenance(db);
    this.articles = new SqliteArticles(db, this.provenance);
    this.inputs = new SqliteInputs(db);
    this.language = new SqliteLanguage(db);
    this.entities = new SqliteEntities(db);
    this.quotes = new SqliteQuotes(db);
    this.events = new SqliteEvents(db);
    this.stories = new SqliteStories(db);
    this.clusters = new SqliteClusterStore(db);
    this.stages = new SqliteStages(db);
  }
  /** A file path holds no credentials: another connection opens the same location. */
  get connectTo(): string {
    return this.location;
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
  private readonly searchStatements = new Map<string, Database.Statement>();
  /** Window counts (searchWindow, rankByPlace's title count) per data generation: a query asked
   * again, or paged, skips the walks over its words' match lists. */
  private readonly searchCounts: GenerationCache<{ n: number; lo: number | null }>;

  constructor(private readonly db: Database.Database, private readonly provenance: ProvenanceRepository) {
    this.searchCounts = new GenerationCache(db, SEARCH_COUNTS_CACHED);
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
    if (language && !languageCurrent) this.putLanguage.run(a.id, language.stageVersion, languageJson(language));
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

  async get(id: string, options: ArticleReadOptions = {}): Promise<Article | null> {
    const row = this.byId.get(id);
    if (!row) return null;
    const lists = await readProvenanceLists(this.provenance, [id], options);
    return toArticle(row.data, row.provenance, lists?.get(id) ?? null);
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

  /**
   * Bounded cost at any store size. A search looks at the newest SEARCH_WINDOW matches (FTS5 walks
   * them in rowid order from its own index; no articles row is read); filters are rowid sets read
   * from covering indexes, probed per match. `total` is exact below the window ("5,000+" beyond).
   * When every word of the query (phrases too) is in fewer than SEARCH_WINDOW articles, the matches are
   * ranked by BM25 (title weighted; ties: the most recently stored, higher rowid, first). BM25 first
   * counts each word's articles over the whole index, so a query with a word that common is ranked
   * by where it matches instead: all words in the title first, then the rest, newest first in each.
   * Summaries and snippets are made for the returned page only.
   */
  async search(query: string, filter: ArticleFilter, page: Page): Promise<SearchPage> {
    const parsed = parseUserQuery(query);
    const match = toFts5(parsed);
    if (!match) return { items: [], total: 0, total_capped: false };
    const { clauses, params } = searchFilterSql(filter);
    const { n, lo } = this.searchWindow(match, clauses, params);
    // BM25's first pass reads each word's matches over the whole index (a phrase: each of its words').
    const single = parsed.terms.length === 1 && !parsed.terms[0].phrase && clauses.length === 0;
    const words = parsed.terms.flatMap((t) => t.phrase ? t.text.split(' ').map((w) => ({ text: w, phrase: false, prefix: false })) : [t]);
    const common = single ? n >= SEARCH_WINDOW : words.some((t) => this.searchWindow(toFts5({ terms: [t] })!, [], {}).n >= SEARCH_WINDOW);
    const ranked = n <= page.offset ? [] : common ? this.rankByPlace(match, clauses, { ...params, lo: lo! }, page) : this.rankByBm25(match, clauses, params, page);
    if (ranked.length === 0) return { items: [], ...cappedTotal(n) };
    const rows = this.searchStatement(
      `SELECT a.rowid AS r, ${SUMMARY_COLUMNS}, substr(a.text, 1, ${SNIPPET_SCANNED_CHARS}) AS text FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(@page))`,
    ).all({ page: JSON.stringify(ranked.map((x) => x.r)) }) as (ArticleRow & { r: number; text: string })[];
    const byRowid = new Map(rows.map((x) => [x.r, x]));
    const items = ranked.flatMap((x) => {
      const row = byRowid.get(x.r);
      return row ? [{ ...toSummary(row), snippet: makeSnippet(row.text, parsed), score: x.score }] : [];
    });
    return { items, ...cappedTotal(n) };
  }

  /** The newest SEARCH_WINDOW matches of an FTS5 expression under the filters: how many, and the lowest rowid. */
  private searchWindow(match: string, clauses: string[], params: Record<string | number, string | number>): { n: number; lo: number | null } {
    const where = ['articles_fts MATCH @match', ...clauses].join(' AND ');
    return this.searchCounts.get(`window\u0000${where}\u0000${match}\u0000${JSON.stringify(params)}`, () => this.searchStatement(
      `SELECT count(*) AS n, min(r) AS lo FROM (SELECT rowid AS r FROM articles_fts WHERE ${where} ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW})`,
    ).get({ ...params, match }) as { n: number; lo: number | null });
  }

  /** One page by BM25 (score: minus FTS5's bm25, higher is better). */
  private rankByBm25(match: string, clauses: string[], params: Record<string, string>, page: Page): { r: number; score: number }[] {
    const where = ['articles_fts MATCH @match', ...clauses].join(' AND ');
    const windowed = `SELECT rowid AS r, rank FROM articles_fts WHERE ${where} AND rank MATCH '${RANK_FUNCTION}' ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW}`;
    const rows = this.searchStatement(`SELECT r, rank FROM (${windowed}) ORDER BY rank, r DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, match, ...page }) as { r: number; rank: number }[];
    return rows.map((x) => ({ r: x.r, score: -x.rank }));
  }

  /** One page of a common query's window (rowid >= @lo): matches with every word in the title
   * (score 2), then the others (score 1), newest first in each. */
  private rankByPlace(match: string, clauses: string[], params: Record<string, string | number>, page: Page): { r: number; score: number }[] {
    const inTitle = `{title} : (${match})`;
    const where = ['articles_fts MATCH @match', 'rowid >= @lo', ...clauses].join(' AND ');
    const part = (expr: string, limit: number, offset: number) => this.searchStatement(`SELECT rowid FROM articles_fts WHERE ${where} ORDER BY rowid DESC LIMIT @limit OFFSET @offset`)
      .pluck().all({ ...params, match: expr, limit, offset }) as number[];
    const titled = this.searchCounts.get(`titled\u0000${where}\u0000${inTitle}\u0000${JSON.stringify(params)}`, () => ({
      n: this.searchStatement(`SELECT count(*) FROM articles_fts WHERE ${where}`).pluck().get({ ...params, match: inTitle }) as number, lo: null,
    })).n;
    const first = page.offset < titled ? part(inTitle, page.limit, page.offset) : [];
    const rest = first.length < page.limit ? part(`(${match}) NOT ${inTitle}`, page.limit - first.length, Math.max(0, page.offset - titled)) : [];
    return [...first.map((r) => ({ r, score: 2 })), ...rest.map((r) => ({ r, score: 1 }))];
  }

  /** Search SQL varies only with which filters are set: each form is prepared once. */
  private searchStatement(sql: string): Database.Statement {
    let st = this.searchStatements.get(sql);
    if (!st) this.searchStatements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async *iterate(options: ArticleReadOptions = {}): AsyncIterable<Article> {
    // Keyset pagination: no long-lived statement, bounded memory, and writers are not blocked.
    let after = '';
    const stmt = this.db.prepare(
      'SELECT a.id, a.data, p.data AS provenance FROM articles a LEFT JOIN article_provenance p ON p.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT 500',
    );
    for (;;) {
      const rows = stmt.all(after) as { id: string; data: string; provenance: string | null }[];
      if (rows.length === 0) return;
      const lists = await readProvenanceLists(this.provenance, rows.map((r) => r.id), options);
      for (const r of rows) yield toArticle(r.data, r.provenance, lists?.get(r.id) ?? null);
      after = rows[rows.length - 1].id;
    }
  }
}


const OUTLET_SPELLINGS = `WITH RECURSIVE o(name) AS (SELECT min(outlet) FROM articles
  UNION ALL SELECT (SELECT min(outlet) FROM articles WHERE outlet > o.name) FROM o WHERE o.name IS NOT NULL)
  SELECT name FROM o WHERE name = @outlet COLLATE NOCASE`;
const RANK_FUNCTION = `bm25(${SEARCH_WEIGHTS.title}, ${SEARCH_WEIGHTS.text})`;

/**
 * Search filters as sets of article rowids, each read from a covering index (no article row, whose
 * raw input and text spill over many pages, is read). The unary + keeps SQLite from handing a set to
 * FTS5 as rowid lookups, each a costly seek into the full-text index: the set is built once and
 * probed for every match instead.
 */
function searchFilterSql(f: ArticleFilter): { clauses: string[]; params: Record<string, string> } {
  const sets: string[] = [];
  const probes: string[] = [];
  const params: Record<string, string> = {};
  // The outlet index is case-sensitive: the stored spellings equal to the filter without case are
  // found by a loose scan of it (one seek per distinct outlet), then their articles by index.
  if (f.outlet) { sets.push(`SELECT rowid FROM articles WHERE outlet IN (${OUTLET_SPELLINGS})`); params.outlet = f.outlet; }
  // Most articles share a language: a seek per match in the (language, rowid) index beats a set of them all.
  if (f.language) { probes.push('EXISTS (SELECT 1 FROM articles l WHERE l.language = @language AND l.rowid = articles_fts.rowid)'); params.language = f.language; }
  if (f.from || f.to) {
    const range: string[] = [];
    if (f.from) { range.push('published >= @from'); params.from = f.from; }
    // A bare date as upper bound includes that whole day.
    if (f.to) { range.push('published < @to'); params.to = f.to.length === 10 ? f.to + 'T99' : f.to; }
    sets.push(`SELECT rowid FROM articles WHERE ${range.join(' AND ')}`);
  }
  if (f.entity) { sets.push('SELECT a.rowid FROM entity_links el JOIN articles a ON a.id = el.article_id WHERE el.entity_id = @entity'); params.entity = f.entity; }
  if (f.flag) { sets.push('SELECT a.rowid FROM article_flags af JOIN articles a ON a.id = af.article_id WHERE af.flag = @flag'); params.flag = f.flag; }
  return { clauses: [...sets.map((set) => `+articles_fts.rowid IN (${set})`), ...probes], params };
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
