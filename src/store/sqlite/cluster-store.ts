// The clustering stage's storage contract (src/stories/clustering/store.ts) on SQLite: article
// representations are the input facts; group rows are kept so ids survive between runs.
import type Database from 'better-sqlite3';
import type { ArticleRep, ClusterStore, GroupRow } from '../../stories/clustering/index.js';

export class SqliteClusterStore implements ClusterStore {
  constructor(private readonly db: Database.Database) {}

  putArticles(reps: readonly ArticleRep[]): void {
    const put = this.db.prepare('INSERT OR REPLACE INTO cluster_reps (article_id, data) VALUES (?, ?)');
    this.db.transaction(() => { for (const r of reps) put.run(r.id, JSON.stringify(r)); })();
  }

  articles(): ArticleRep[] {
    return (this.db.prepare('SELECT data FROM cluster_reps ORDER BY article_id').pluck().all() as string[]).map((d) => JSON.parse(d) as ArticleRep);
  }

  knownArticleIds(): Set<string> {
    return new Set(this.db.prepare('SELECT article_id FROM cluster_reps').pluck().all() as string[]);
  }

  applyGroups(level: GroupRow['level'], removed: readonly string[], added: readonly GroupRow[]): void {
    const del = this.db.prepare('DELETE FROM cluster_groups WHERE level = ? AND id = ?');
    const put = this.db.prepare('INSERT OR REPLACE INTO cluster_groups (level, id, members) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const id of removed) del.run(level, id);
      for (const g of added) put.run(level, g.id, JSON.stringify(g.members));
    })();
  }

  groups(level: GroupRow['level']): GroupRow[] {
    return (this.db.prepare('SELECT id, members FROM cluster_groups WHERE level = ? ORDER BY id').all(level) as { id: string; members: string }[])
      .map((r) => ({ id: r.id, level, members: JSON.parse(r.members) as string[] }));
  }
}
