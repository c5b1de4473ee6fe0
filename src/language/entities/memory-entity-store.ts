// The in-memory EntityStore.
import type { EntityStore, EntityStoreState } from './store-state.js';

/** An EntityStore in memory (tests, single runs); saves a deep copy so later changes do not leak in. */
export class MemoryEntityStore implements EntityStore {
  private saved: EntityStoreState | null = null;

  load(): EntityStoreState | null {
    return this.saved ? structuredClone(this.saved) : null;
  }

  save(state: EntityStoreState): void {
    this.saved = structuredClone(state);
  }
}
