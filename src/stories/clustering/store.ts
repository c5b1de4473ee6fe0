// What clustering needs from a store: article representations and group rows, nothing else.
// Indices (postings, edges, components) are rebuilt from the representations on open, which by
// the batch-invariance of the clusterer gives back exactly the stored groups.
import type { ArticleRep } from './types.js';

export interface GroupRow {
  id: string;
  level: 'event' | 'story';
  /** Article ids for an event, event ids for a story (sorted). */
  members: string[];
}

export interface ClusterStore {
  putArticles(reps: readonly ArticleRep[]): void;
  /** The stored representations, which `StoryClusterer.open` reads once (a store may hand them over only once). */
  articles(): ArticleRep[];
  applyGroups(level: GroupRow['level'], removed: readonly string[], added: readonly GroupRow[]): void;
  groups(level: GroupRow['level']): GroupRow[];
}

export class MemoryClusterStore implements ClusterStore {
  private readonly reps = new Map<string, ArticleRep>();
  private readonly rows = { event: new Map<string, GroupRow>(), story: new Map<string, GroupRow>() };

  putArticles(reps: readonly ArticleRep[]): void { for (const r of reps) this.reps.set(r.id, r); }
  articles(): ArticleRep[] { return [...this.reps.values()].sort((a, b) => (a.id < b.id ? -1 : 1)); }

  applyGroups(level: GroupRow['level'], removed: readonly string[], added: readonly GroupRow[]): void {
    const table = this.rows[level];
    for (const id of removed) table.delete(id);
    for (const row of added) table.set(row.id, row);
  }

  groups(level: GroupRow['level']): GroupRow[] {
    return [...this.rows[level].values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
