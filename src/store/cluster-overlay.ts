// The clustering stage's ClusterStore (a synchronous contract of src/stories/clustering) held in
// memory over state loaded from the store; after the stage ran, `changes()` is what to write back
// in one transaction. Clustering reads every representation on open anyway, so nothing is lost;
// after that the clusterer holds them, and the overlay only what it must write back.
import { createHash } from 'node:crypto';
import type { ArticleRep, ClusterStore, GroupRow } from '../stories/clustering/index.js';

type Level = GroupRow['level'];

export interface ClusterState {
  reps: ArticleRep[];
  groups: GroupRow[];
}

export interface ClusterChanges {
  /** Made one at a time as the writer takes them: a first run changes every article's (93k took 420 MB as objects). */
  reps: Iterable<ArticleRep>;
  removedGroups: { level: Level; id: string }[];
  groups: GroupRow[];
}

/** A digest of a stored representation (28 characters instead of the whole JSON held per article). */
const digest = (json: string) => createHash('sha1').update(json).digest('base64');
const byId = (a: ArticleRep, b: ArticleRep) => (a.id < b.id ? -1 : 1);

export class ClusterOverlay implements ClusterStore {
  /** The loaded representations, until the clusterer opens from them (`articles`). */
  private loaded: ArticleRep[] | null;
  /** Per stored article: the digest of its stored representation. */
  private readonly storedReps = new Map<string, string>();
  /** Articles whose representation put differs from the stored one (the clusterer holds the representations; `changes` asks it for them). */
  private readonly changedReps = new Set<string>();
  private readonly rows: Record<Level, Map<string, GroupRow>> = { event: new Map(), story: new Map() };
  private readonly storedRows: Record<Level, Map<string, string>> = { event: new Map(), story: new Map() };

  constructor(state: ClusterState) {
    this.loaded = state.reps;
    for (const r of state.reps) this.storedReps.set(r.id, digest(JSON.stringify(r)));
    for (const g of state.groups) { this.rows[g.level].set(g.id, g); this.storedRows[g.level].set(g.id, JSON.stringify(g.members)); }
  }

  putArticles(reps: readonly ArticleRep[]): void {
    for (const r of reps) {
      const stored = this.storedReps.get(r.id);
      if (stored !== undefined && stored === digest(JSON.stringify(r))) this.changedReps.delete(r.id);
      else this.changedReps.add(r.id);
    }
  }

  /** Every representation, for the clusterer to open from; handed over once (the overlay then keeps digests, not the loaded objects). */
  articles(): ArticleRep[] {
    if (!this.loaded) throw new Error('ClusterOverlay: the loaded representations were already handed to a clusterer');
    if (this.changedReps.size) throw new Error('ClusterOverlay: a clusterer opens from the loaded representations before anything is put');
    const out = this.loaded;
    this.loaded = null;
    return out.sort(byId);
  }

  applyGroups(level: Level, removed: readonly string[], added: readonly GroupRow[]): void {
    for (const id of removed) this.rows[level].delete(id);
    for (const row of added) this.rows[level].set(row.id, row);
  }

  groups(level: Level): GroupRow[] {
    return [...this.rows[level].values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Representations (their current ones given by `repOf`: the clusterer's) and group rows that differ from the loaded state. */
  changes(repOf: (id: string) => ArticleRep): ClusterChanges {
    const ids = [...this.changedReps].sort();
    const reps = { *[Symbol.iterator]() { for (const id of ids) yield repOf(id); } };
    const removedGroups: ClusterChanges['removedGroups'] = [];
    const groups: GroupRow[] = [];
    for (const level of ['event', 'story'] as const) {
      for (const id of this.storedRows[level].keys()) if (!this.rows[level].has(id)) removedGroups.push({ level, id });
      for (const g of this.groups(level)) if (this.storedRows[level].get(g.id) !== JSON.stringify(g.members)) groups.push(g);
    }
    return { reps, removedGroups, groups };
  }
}
