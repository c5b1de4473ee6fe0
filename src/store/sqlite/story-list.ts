// The story list (GET /api/stories, the story page's outlet counts): one page of story summary
// rows with each story's articles per outlet and flags. Costs per request at 100k articles: the
// statements are prepared once; the outlets of the whole page come from one statement over a
// covering (id, outlet) index (an article row, with its raw input and text, spans several pages)
// and are counted here (SQLite's GROUP BY sorts through a temporary b-tree, 3x the cost of the
// lookups); the filtered total is cached per data generation.
import type Database from 'better-sqlite3';
import type { StorySummary } from '../../model/api.js';
import type { Page, PageResult, StoryFilter } from '../repository.js';
import { GenerationCache } from './read-generation.js';
import { rankedCounts } from '../binary-order.js';

interface StoryRow { id: string; label: string; level: 'event' | 'story'; parent_id: string | null; first_date: string | null; last_date: string | null; n: number }

/** Flags every article may carry, left out of the story list's flag counts. */
const UNLISTED_FLAGS = ['no_byline', 'no_date'];
const TOTALS_CACHED = 256;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export class SqliteStoryList {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly totals: GenerationCache<number>;
  private readonly outletRows: Database.Statement;
  private readonly flagRows: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.totals = new GenerationCache(db, TOTALS_CACHED);
    this.outletRows = db.prepare(
      `SELECT sa.story_id AS s, coalesce(a.outlet, 'unknown') AS o FROM story_articles sa JOIN articles a INDEXED BY articles_id_outlet ON a.id = sa.article_id
       WHERE sa.story_id IN (SELECT value FROM json_each(?))`,
    ).raw();
    this.flagRows = db.prepare(
      `SELECT DISTINCT sa.story_id AS s, f.flag, f.article_id FROM story_articles sa JOIN article_flags f ON f.article_id = sa.article_id
       WHERE sa.story_id IN (SELECT value FROM json_each(?)) AND f.flag NOT IN (${UNLISTED_FLAGS.map((f) => `'${f}'`).join(', ')})`,
    ).raw();
  }

  list(filter: StoryFilter, page: Page): PageResult<StorySummary> {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    // An article is in a few stories: those are found first, not each story of the level probed (+).
    if (filter.level) { where.push(`${filter.article ? '+' : ''}s.level = @level`); params.level = filter.level; }
    if (filter.parent) { where.push('s.parent_id = @parent'); params.parent = filter.parent; }
    if (filter.q) { where.push("s.label LIKE @q ESCAPE '\\'"); params.q = `%${likeEscape(filter.q)}%`; }
    if (filter.article) { where.push('s.id IN (SELECT story_id FROM story_articles WHERE article_id = @article)'); params.article = filter.article; }
    if (filter.outlet) {
      where.push('s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE a.outlet = @outlet COLLATE NOCASE)');
      params.outlet = filter.outlet;
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.totals.get(`${w}\u0000${JSON.stringify(params)}`, () => (this.statement(`SELECT count(*) FROM stories s ${w}`).pluck().get(params) as number));
    // Summary columns only: the story documents (comparison included) are never read or sorted here.
    const rows = this.statement(`SELECT s.id, s.label, s.level, s.parent_id, s.first_date, s.last_date, s.article_count AS n
                FROM stories s ${w} ORDER BY s.article_count DESC, s.last_date DESC, s.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, ...page }) as StoryRow[];
    const { outlets, flags } = this.aggregates(rows.map((r) => r.id));
    const items = rows.map((r) => ({
      id: r.id, label: r.label, level: r.level, parent_id: r.parent_id, first_date: r.first_date, last_date: r.last_date,
      article_count: r.n,
      outlets: rankedCounts('name', outlets.get(r.id) ?? new Map()),
      flags: rankedCounts('flag', flags.get(r.id) ?? new Map()),
    }));
    return { items, total };
  }

  /** Articles per outlet and per flag of each story. */
  private aggregates(ids: string[]): { outlets: Map<string, Map<string, number>>; flags: Map<string, Map<string, number>> } {
    const outlets = new Map<string, Map<string, number>>();
    const flags = new Map<string, Map<string, number>>();
    if (ids.length === 0) return { outlets, flags };
    const json = JSON.stringify(ids);
    const add = (into: Map<string, Map<string, number>>, story: string, key: string) => {
      let m = into.get(story);
      if (!m) into.set(story, (m = new Map()));
      m.set(key, (m.get(key) ?? 0) + 1);
    };
    for (const [s, o] of this.outletRows.all(json) as [string, string][]) add(outlets, s, o);
    for (const [s, f] of this.flagRows.all(json) as [string, string, string][]) add(flags, s, f);
    return { outlets, flags };
  }

  /** The list's SQL varies only with which filters are set: each form is prepared once. */
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }
}
