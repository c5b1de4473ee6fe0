// Stage stamps and the writes of `parallax reanalyze` on PostgreSQL (see StageRepository).
import type pg from 'pg';
import type { ArticleReplacement, StageRepository, StageStamp, StoredArticle } from '../repository.js';
import { inTransaction, Params } from './pg-connection.js';
import { RESET_SQL } from '../stage-reset-sql.js';

const STAMP_SQL = `INSERT INTO stage_stamps (stage, version, state) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
  ON CONFLICT (stage) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state`;

/** PostgreSQL text cannot hold NUL; the searchable columns drop it (documents keep it, JSON-escaped). */
const noNul = (s: string | null): string | null => (s === null ? null : s.replaceAll('\u0000', ''));

interface StaleRow {
  id: string; source: string; external_id: string | null; input_sha256: string; record_index: number;
  body_type: 'html' | 'text'; raw: Buffer; record_format: string | null; record_fields: string | null;
  stage_version: string; data: string; language_version: string | null; language_data: string | null;
}

export class PgStages implements StageRepository {
  constructor(private readonly pool: pg.Pool) {}

  async stamps(): Promise<StageStamp[]> {
    return (await this.pool.query<StageStamp>('SELECT stage, version, state FROM stage_stamps ORDER BY stage')).rows;
  }

  async articleVersions() {
    const extract = (await this.pool.query<{ version: string; count: number }>(
      'SELECT stage_version AS version, count(*)::int AS count FROM articles GROUP BY stage_version ORDER BY 1',
    )).rows;
    const language = (await this.pool.query<{ version: string | null; count: number }>(
      'SELECT l.stage_version AS version, count(*)::int AS count FROM articles a LEFT JOIN article_language l ON l.article_id = a.id GROUP BY l.stage_version ORDER BY 1',
    )).rows;
    return { extract, language };
  }

  async staleArticles(q: { extract?: string; language?: string }, after: string, limit: number): Promise<StoredArticle[]> {
    const p = new Params();
    const conds: string[] = [];
    if (q.extract === '*' || q.language === '*') conds.push('true');
    else {
      if (q.extract !== undefined) conds.push(`a.stage_version <> ${p.add(q.extract)}`);
      if (q.language !== undefined) conds.push(`(l.stage_version IS NULL OR l.stage_version <> ${p.add(q.language)})`);
    }
    if (conds.length === 0) return [];
    const rows = (await this.pool.query<StaleRow>(
      `SELECT a.id, a.source, a.external_id, a.input_sha256, a.record_index, a.body_type, a.raw, a.record_format, a.record_fields,
         a.stage_version, a.data, l.stage_version AS language_version, l.data AS language_data
       FROM articles a LEFT JOIN article_language l ON l.article_id = a.id
       WHERE a.id > ${p.add(after)} AND (${conds.join(' OR ')}) ORDER BY a.id LIMIT ${p.add(limit)}`,
      p.values,
    )).rows;
    return rows.map((r) => ({
      id: r.id, source: r.source, externalId: r.external_id, inputSha256: r.input_sha256, recordIndex: r.record_index,
      bodyType: r.body_type, raw: r.raw.toString('utf8'),
      input: r.record_format && r.record_fields ? { format: r.record_format as never, fields: JSON.parse(r.record_fields) } : null,
      extractVersion: r.stage_version, data: r.data, languageVersion: r.language_version, languageData: r.language_data,
    }));
  }

  async replaceArticles(batch: ArticleReplacement[], effects: { drop: string[]; mark: { stage: string; state: 'dirty' | 'rebuilding' }[] }): Promise<void> {
    const drop = new Set(effects.drop);
    await inTransaction(this.pool, async (c) => {
      for (const r of batch) {
        if (r.extract) {
          const a = r.extract.article;
          await c.query(
            'UPDATE articles SET title = $2, text = $3, published = $4, outlet = $5, language = $6, data = $7, stage_version = $8 WHERE id = $1',
            [r.id, noNul(a.title), noNul(a.text), a.published, noNul(a.outlet?.name ?? null), a.language, JSON.stringify(a), r.extract.stageVersion],
          );
          await c.query("DELETE FROM article_flags WHERE article_id = $1 AND stage = 'extract'", [r.id]);
          if (a.flags.length) {
            await c.query(
              "INSERT INTO article_flags (article_id, flag, stage) SELECT $1, f, 'extract' FROM unnest($2::text[]) AS f ON CONFLICT DO NOTHING",
              [r.id, a.flags.map((f) => f.flag)],
            );
          }
        }
        if (r.language) {
          await c.query(
            'INSERT INTO article_language (article_id, stage_version, data) VALUES ($1, $2, $3) ON CONFLICT (article_id) DO UPDATE SET stage_version = EXCLUDED.stage_version, data = EXCLUDED.data',
            [r.id, r.language.stageVersion, JSON.stringify(r.language.data)],
          );
        }
      }
      const changed = batch.filter((r) => r.changed).map((r) => r.id);
      if (changed.length && drop.has('entities')) await c.query('DELETE FROM entity_locals WHERE article_id = ANY($1::text[])', [changed]);
      if (changed.length && drop.has('compare')) {
        const stories = (await c.query<{ story_id: string }>('SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY($1::text[])', [changed])).rows.map((x) => x.story_id);
        await c.query('DELETE FROM stories WHERE id = ANY($1::text[])', [stories]);
        await c.query('DELETE FROM story_articles WHERE story_id = ANY($1::text[])', [stories]);
      }
      // 'dirty' (a reset is owed) is never lowered to 'rebuilding' by a mark.
      for (const m of effects.mark) {
        await c.query("UPDATE stage_stamps SET state = CASE WHEN state = 'dirty' THEN 'dirty' ELSE $1 END WHERE stage = $2", [m.state, m.stage]);
      }
    });
  }

  async resetCorpusStages(stages: { stage: string; version: string }[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      for (const { stage } of stages) if (RESET_SQL[stage]) await c.query(RESET_SQL[stage]);
      await c.query(STAMP_SQL, [stages.map((s) => s.stage), stages.map((s) => s.version), stages.map(() => 'rebuilding')]);
    });
  }

  async stampCurrent(stamps: { stage: string; version: string }[]): Promise<void> {
    await this.pool.query(STAMP_SQL, [stamps.map((s) => s.stage), stamps.map((s) => s.version), stamps.map(() => 'current')]);
  }
}
