// Stage stamps and the writes of `parallax reanalyze` on SQLite (see StageRepository).
import type Database from 'better-sqlite3';
import type { ArticleReplacement, StageRepository, StageStamp, StoredArticle } from '../repository.js';
import { RESET_SQL } from '../stage-reset-sql.js';

interface StaleRow {
  id: string; source: string; external_id: string | null; input_sha256: string; record_index: number;
  body_type: 'html' | 'text'; raw: string; record_format: string | null; record_fields: string | null;
  stage_version: string; data: string; language_version: string | null; language_data: string | null;
}

export function toStoredArticle(r: StaleRow): StoredArticle {
  return {
    id: r.id, source: r.source, externalId: r.external_id, inputSha256: r.input_sha256, recordIndex: r.record_index,
    bodyType: r.body_type, raw: r.raw,
    input: r.record_format && r.record_fields ? { format: r.record_format as never, fields: JSON.parse(r.record_fields) } : null,
    extractVersion: r.stage_version, data: r.data, languageVersion: r.language_version, languageData: r.language_data,
  };
}

export class SqliteStages implements StageRepository {
  private readonly s;
  constructor(private readonly db: Database.Database) {
    this.s = {
      stamps: db.prepare('SELECT stage, version, state FROM stage_stamps ORDER BY stage'),
      // 'dirty' (a reset is owed) is never lowered to 'rebuilding' by a mark.
      setState: db.prepare("UPDATE stage_stamps SET state = CASE WHEN state = 'dirty' THEN 'dirty' ELSE ? END WHERE stage = ?"),
      stampState: db.prepare('INSERT INTO stage_stamps (stage, version, state) VALUES (?, ?, ?) ON CONFLICT(stage) DO UPDATE SET version = excluded.version, state = excluded.state'),
      article: db.prepare('UPDATE articles SET title = ?, text = ?, published = ?, outlet = ?, language = ?, data = ?, stage_version = ? WHERE id = ?'),
      clearFlags: db.prepare("DELETE FROM article_flags WHERE article_id = ? AND stage = 'extract'"),
      addFlag: db.prepare("INSERT OR IGNORE INTO article_flags (article_id, flag, stage) VALUES (?, ?, 'extract')"),
      language: db.prepare('INSERT OR REPLACE INTO article_language (article_id, stage_version, data) VALUES (?, ?, ?)'),
      dropLocals: db.prepare('DELETE FROM entity_locals WHERE article_id = ?'),
      storiesOf: db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck(),
      dropStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      dropStoryLinks: db.prepare('DELETE FROM story_articles WHERE story_id = ?'),
    };
  }

  async stamps(): Promise<StageStamp[]> {
    return this.s.stamps.all() as StageStamp[];
  }

  async articleVersions() {
    const extract = this.db.prepare('SELECT stage_version AS version, count(*) AS count FROM articles GROUP BY stage_version ORDER BY 1').all() as { version: string; count: number }[];
    const language = this.db.prepare(
      'SELECT l.stage_version AS version, count(*) AS count FROM articles a LEFT JOIN article_language l ON l.article_id = a.id GROUP BY l.stage_version ORDER BY 1',
    ).all() as { version: string | null; count: number }[];
    return { extract, language };
  }

  async staleArticles(q: { extract?: string; language?: string }, after: string, limit: number): Promise<StoredArticle[]> {
    const conds: string[] = [];
    const params: Record<string, string | number> = { after, limit };
    if (q.extract === '*' || q.language === '*') conds.push('1');
    else {
      if (q.extract !== undefined) { conds.push('a.stage_version <> @extract'); params.extract = q.extract; }
      if (q.language !== undefined) { conds.push('(l.stage_version IS NULL OR l.stage_version <> @language)'); params.language = q.language; }
    }
    if (conds.length === 0) return [];
    const rows = this.db.prepare(
      `SELECT a.id, a.source, a.external_id, a.input_sha256, a.record_index, a.body_type, a.raw, a.record_format, a.record_fields,
         a.stage_version, a.data, l.stage_version AS language_version, l.data AS language_data
       FROM articles a LEFT JOIN article_language l ON l.article_id = a.id
       WHERE a.id > @after AND (${conds.join(' OR ')}) ORDER BY a.id LIMIT @limit`,
    ).all(params) as StaleRow[];
    return rows.map(toStoredArticle);
  }

  async replaceArticles(batch: ArticleReplacement[], effects: { drop: string[]; mark: { stage: string; state: 'dirty' | 'rebuilding' }[] }): Promise<void> {
    const s = this.s;
    const drop = new Set(effects.drop);
    this.db.transaction(() => {
      for (const r of batch) {
        if (r.extract) {
          const a = r.extract.article;
          s.article.run(a.title, a.text, a.published, a.outlet?.name ?? null, a.language, JSON.stringify(a), r.extract.stageVersion, r.id);
          s.clearFlags.run(r.id);
          for (const f of a.flags) s.addFlag.run(r.id, f.flag);
        }
        if (r.language) s.language.run(r.id, r.language.stageVersion, JSON.stringify(r.language.data));
        if (!r.changed) continue;
        if (drop.has('entities')) s.dropLocals.run(r.id);
        if (drop.has('compare')) {
          for (const story of s.storiesOf.all(r.id) as string[]) { s.dropStory.run(story); s.dropStoryLinks.run(story); }
        }
      }
      for (const m of effects.mark) s.setState.run(m.state, m.stage);
    })();
  }

  async resetCorpusStages(stages: { stage: string; version: string }[]): Promise<void> {
    this.db.transaction(() => {
      for (const { stage, version } of stages) {
        if (RESET_SQL[stage]) this.db.exec(RESET_SQL[stage]);
        this.s.stampState.run(stage, version, 'rebuilding');
      }
    })();
  }

  async stampCurrent(stamps: { stage: string; version: string }[]): Promise<void> {
    this.db.transaction(() => { for (const { stage, version } of stamps) this.s.stampState.run(stage, version, 'current'); })();
  }
}
