// What replacing the events table changes: most events of a run are the stored ones again, so
// both stores write only the differences (same final table as deleting and inserting them all).
// A digest of each stored document is kept, not the document, and the new events are compared as
// they come: at 200k generated articles the 178k documents are 209 MB of JSON, which the stores
// held twice over (every new document and its JSON at once, beside the stored ones being read).
import { createHash } from 'node:crypto';
import type { Event } from '../model/export.js';

const digest = (data: string): string => createHash('sha1').update(data).digest('base64');

export class EventChanges {
  /** id → digest of the document in the table (the stored one, then the one written). */
  private readonly table = new Map<string, string>();
  private readonly fresh = new Set<string>();

  /** A stored row (every one, before `changed` is read). */
  see(id: string, data: string): void {
    this.table.set(id, digest(data));
  }

  /** The events whose document is not the one in the table, with it, as `events` are read. */
  *changed(events: Iterable<Event>): Generator<{ event: Event; data: string }> {
    for (const event of events) {
      const data = JSON.stringify(event);
      const d = digest(data);
      this.fresh.add(event.id);
      if (this.table.get(event.id) === d) continue;
      this.table.set(event.id, d); // a repeated id: the last one is the one the table keeps
      yield { event, data };
    }
  }

  /** Stored ids that are no longer events (once `changed` was read through). */
  removed(): string[] {
    return [...this.table.keys()].filter((id) => !this.fresh.has(id));
  }
}
