// The clustering stage's state on PostgreSQL (see cluster-overlay.ts): loaded whole, changes written
// back in one transaction.
import type pg from 'pg';
import type { ArticleRep, GroupRow } from '../../stories/clustering/index.js';
import type { ClusterRepository } from '../repository.js';
import type { ClusterChanges, ClusterState } from '../cluster-overlay.js';
import { chunks, inTransaction } from './pg-connection.js';

export class PgClusters implements ClusterRepository {
  constructor(private readonly pool: pg.Pool) {}

  async load(): Promise<ClusterState> {
    return inTransaction(this.pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const reps = (await c.query<{ data: string }>('SELECT data FROM cluster_reps ORDER BY article_id')).rows.map((r) => JSON.parse(r.data) as ArticleRep);
      const groups = (await c.query<{ level: GroupRow['level']; id: string; members: string }>('SELECT level, id, members FROM cluster_groups ORDER BY level, id')).rows
        .map((r) => ({ id: r.id, level: r.level, members: JSON.parse(r.members) as string[] }));
      return { reps, groups };
    });
  }

  async knownArticleIds(): Promise<Set<string>> {
    return new Set((await this.pool.query<{ article_id: string }>('SELECT article_id FROM cluster_reps')).rows.map((r) => r.article_id));
  }

  async pendingArticleIds(): Promise<string[]> {
    const sql = 'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM cluster_reps r WHERE r.article_id = a.id) ORDER BY a.id COLLATE "C"';
    return (await this.pool.query<{ id: string }>(sql)).rows.map((r) => r.id);
  }

  async apply(ch: ClusterChanges): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      for (const part of chunks(ch.reps, 1000)) {
        await c.query(
          'INSERT INTO cluster_reps (article_id, data) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (article_id) DO UPDATE SET data = EXCLUDED.data',
          [part.map((r) => r.id), part.map((r) => JSON.stringify(r))],
        );
      }
      for (const part of chunks(ch.removedGroups)) {
        await c.query('DELETE FROM cluster_groups g USING unnest($1::text[], $2::text[]) AS d(level, id) WHERE g.level = d.level AND g.id = d.id',
          [part.map((g) => g.level), part.map((g) => g.id)]);
      }
      for (const part of chunks(ch.groups, 1000)) {
        await c.query(
          'INSERT INTO cluster_groups (level, id, members) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (level, id) DO UPDATE SET members = EXCLUDED.members',
          [part.map((g) => g.level), part.map((g) => g.id), part.map((g) => JSON.stringify(g.members))],
        );
      }
    });
  }
}
