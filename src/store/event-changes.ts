// What replacing the events table changes: most events of a run are the stored ones again, so
// both stores write only the differences (same final table as deleting and inserting them all).
import type { Event } from '../model/export.js';

/** Compares the new events with the stored (id, document) rows, seen one at a time (streamed). */
export class EventChanges {
  private readonly fresh: Map<string, { event: Event; data: string }>;
  /** Stored ids that are no longer events. */
  readonly remove: string[] = [];
  constructor(events: readonly Event[]) {
    this.fresh = new Map(events.map((e) => [e.id, { event: e, data: JSON.stringify(e) }]));
  }
  see(id: string, data: string): void {
    const now = this.fresh.get(id);
    if (!now) this.remove.push(id);
    else if (now.data === data) this.fresh.delete(id);
  }
  /** The events new or changed (with their documents), once every stored row was seen. */
  put(): { event: Event; data: string }[] {
    return [...this.fresh.values()];
  }
}
