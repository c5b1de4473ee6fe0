// Timelines from stored events: per story, or per ordered actor pair, with the running and rolling
// cooperation–conflict index (scores from data/lexicons/event-actions.json).
import type { Event } from '../model/export.js';
import { buildTimeline } from '../stories/events/index.js';
import type { EventParty, MergedEvent, TimelineEntry } from '../stories/events/index.js';
import type { Store } from '../store/repository.js';

export interface TimelineQuery { story?: string; actors?: [string, string] }

/** Stored events carry entity ids; timelines match and print names too. */
function toMerged(e: Event, nameOf: (id: string) => string): MergedEvent {
  const party = (id: string | null): EventParty | null => (id ? { key: id, name: nameOf(id), type: '' } : null);
  return {
    id: e.id, kind: e.kind, family: e.kind, score: e.score ?? 0, date: e.date,
    actor: party(e.actor), target: party(e.target), participants: e.participants.map((p) => party(p)!), place: party(e.place),
    mentions: [], article_ids: e.article_ids,
  };
}

export async function timeline(store: Store, query: TimelineQuery): Promise<TimelineEntry[]> {
  const articles = query.story ? (await store.stories.get(query.story))?.article_ids ?? [] : undefined;
  const events = (await store.events.list({ articles }, { limit: 1_000_000, offset: 0 })).items;
  const names = new Map<string, string>();
  for (const e of events) {
    for (const id of [e.actor, e.target, e.place, ...e.participants]) {
      if (id && !names.has(id)) names.set(id, (await store.entities.get(id))?.name ?? id);
    }
  }
  const actors = query.actors ? await Promise.all(query.actors.map((a) => resolveActor(store, a))) as [string, string] : undefined;
  return buildTimeline(events.map((e) => toMerged(e, (id) => names.get(id) ?? id)), { actors });
}

/** An actor given by name or alias ("China", "Beijing") becomes its entity id when one matches. */
async function resolveActor(store: Store, nameOrId: string): Promise<string> {
  if (await store.entities.get(nameOrId)) return nameOrId;
  const hits = (await store.entities.list({ q: nameOrId }, { limit: 20, offset: 0 })).items;
  const exact = hits.find((e) => e.name.toLowerCase() === nameOrId.toLowerCase() || e.aliases.some((a) => a.toLowerCase() === nameOrId.toLowerCase()));
  return exact?.id ?? nameOrId;
}
