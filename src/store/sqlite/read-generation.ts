// Caches of read results that stay correct while the store changes: every entry belongs to a data
// generation, and any write, by this connection or any other (an ingest worker, `parallax analyze`
// in another process), starts a new one. SQLite tells both apart: PRAGMA data_version moves when
// another connection commits, total_changes() when this one writes.
import type Database from 'better-sqlite3';

class ReadGeneration {
  private readonly version: Database.Statement;
  private readonly changes: Database.Statement;
  constructor(db: Database.Database) {
    this.version = db.prepare('PRAGMA data_version').pluck();
    this.changes = db.prepare('SELECT total_changes()').pluck();
  }
  current(): string {
    return `${this.version.get() as number}:${this.changes.get() as number}`;
  }
}

const generations = new WeakMap<Database.Database, ReadGeneration>();

/** The connection's current data generation: equal strings mean nothing was written in between. */
export function dataGeneration(db: Database.Database): string {
  let g = generations.get(db);
  if (!g) generations.set(db, (g = new ReadGeneration(db)));
  return g.current();
}

/** A bounded map emptied whenever the store's data generation changes. */
export class GenerationCache<V> {
  private generation = '';
  private readonly entries = new Map<string, V>();
  constructor(private readonly db: Database.Database, private readonly maxEntries: number) {}

  get(key: string, compute: () => V): V {
    const now = dataGeneration(this.db);
    if (now !== this.generation) { this.entries.clear(); this.generation = now; }
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    // The computation may itself have written nothing, but check: a value read across a write is not kept.
    if (dataGeneration(this.db) !== now) return value;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
