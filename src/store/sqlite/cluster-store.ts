// The clustering stage's state on SQLite: article representations are the input facts; group rows
// are kept so ids survive between runs. One pass's changes are written in one transaction.
import type Database from 'better-sqlite3';
import type { ArticleRep, GroupRow } from '../../stories/clustering/index.js';
import type { ClusterRepository } from '../repository.js';
import type { ClusterChanges, ClusterState } from '../cluster-overlay.js';

export class SqliteClusterStore implements ClusterRepository {
  constructor(private readonly db: Database.Database) {}

  async load(): Promise<ClusterState> {
    return this.db.transaction(() => {
      const reps = (this.db.prepare('SELECT data FROM cluster_reps ORDER BY article_id').pluck().all() as string[]).map((d) => JSON.parse(d) as ArticleRep);
      const groups = (this.db.prepare('SELECT level, id, members FROM cluster_groups ORDER BY level, id').all() as { level: GroupRow['level']; id: string; members: string }[])
        .map((r) => ({ id: r.id, level: r.level, members: JSON.parse(r.members) as string[] }));
      return { reps, groups };
    })();
  }

  async knownArticleIds(): Promise<Set<string>> {
    return new Set(this.db.prepare('SELECT article_id FROM cluster_reps').pluck().all() as string[]);
  }

  async pendingArticleIds(): Promise<string[]> {
    return this.db.prepare('SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM cluster_reps r WHERE r.article_id = a.id) ORDER BY a.id').pluck().all() as string[];
  }

  async apply(c: ClusterChanges): Promise<void> {
    const putRep = this.db.prepare('INSERT OR REPLACE INTO cluster_reps (article_id, data) VALUES (?, ?)');
    const del = this.db.prepare('DELETE FROM cluster_groups WHERE level = ? AND id = ?');
    const put = this.db.prepare('INSERT OR REPLACE INTO cluster_groups (level, id, members) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const r of c.reps) putRep.run(r.id, JSON.stringify(r));
      for (const g of c.removedGroups) del.run(g.level, g.id);
      for (const g of c.groups) put.run(g.level, g.id, JSON.stringify(g.members));
    })();
  }
}
