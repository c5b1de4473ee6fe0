// The clustering stage's ClusterStore (a synchronous contract of src/stories/clustering) held in
// memory over state loaded from the store; after the stage ran, `changes()` is what to write back
// in one transaction. Clustering reads every representation on open anyway, so nothing is lost.
import type { ArticleRep, ClusterStore, GroupRow } from '../stories/clustering/index.js';

type Level = GroupRow['level'];

export interface ClusterState {
  reps: ArticleRep[];
  groups: GroupRow[];
}

export interface ClusterChanges {
  reps: ArticleRep[];
  removedGroups: { level: Level; id: string }[];
  groups: GroupRow[];
}

export class ClusterOverlay implements ClusterStore {
  private readonly reps = new Map<string, ArticleRep>();
  private readonly storedReps = new Map<string, string>();
  private readonly rows: Record<Level, Map<string, GroupRow>> = { event: new Map(), story: new Map() };
  private readonly storedRows: Record<Level, Map<string, string>> = { event: new Map(), story: new Map() };

  constructor(state: ClusterState) {
    for (const r of state.reps) { this.reps.set(r.id, r); this.storedReps.set(r.id, JSON.stringify(r)); }
    for (const g of state.groups) { this.rows[g.level].set(g.id, g); this.storedRows[g.level].set(g.id, JSON.stringify(g.members)); }
  }

  putArticles(reps: readonly ArticleRep[]): void { for (const r of reps) this.reps.set(r.id, r); }

  articles(): ArticleRep[] { return [...this.reps.values()].sort((a, b) => (a.id < b.id ? -1 : 1)); }

  applyGroups(level: Level, removed: readonly string[], added: readonly GroupRow[]): void {
    for (const id of removed) this.rows[level].delete(id);
    for (const row of added) this.rows[level].set(row.id, row);
  }

  groups(level: Level): GroupRow[] {
    return [...this.rows[level].values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Representations and group rows that differ from the loaded state. */
  changes(): ClusterChanges {
    const reps = this.articles().filter((r) => this.storedReps.get(r.id) !== JSON.stringify(r));
    const removedGroups: ClusterChanges['removedGroups'] = [];
    const groups: GroupRow[] = [];
    for (const level of ['event', 'story'] as const) {
      for (const id of this.storedRows[level].keys()) if (!this.rows[level].has(id)) removedGroups.push({ level, id });
      for (const g of this.groups(level)) if (this.storedRows[level].get(g.id) !== JSON.stringify(g.members)) groups.push(g);
    }
    return { reps, removedGroups, groups };
  }
}
