// The event step: every article's events, with parties mapped from local keys to entity ids, are
// merged so that one happening reported by several outlets is one event with several mentions.
// The merge is order-independent, so the result does not depend on how articles were batched.
// The events are kept as columns of what the merge and the export read (EventReports), and each
// export document is made as the store compares and writes it: at 200k generated articles, holding
// the parsed events as objects, then every document and its JSON, took the step's live heap to
// 1.3 GB and its peak RSS to 2.5 GB; with the columns 0.15 and 0.57 GB.
// The store writes only the events that differ from the stored ones.
import type { EntityLookup } from '../../language/entities/index.js';
import { EventReports } from '../../stories/events/event-reports.js';
import { MergedReports } from '../../stories/events/merge-reports.js';
import type { Store } from '../../store/repository.js';

export async function eventsStep(store: Store, index: EntityLookup, storyOf?: ReadonlyMap<string, string>): Promise<number> {
  const reports = new EventReports();
  // Only the events part of each annotation document is read (most articles' documents are mostly sentences and mentions).
  for await (const { articleId, events } of store.language.iterateEvents()) {
    reports.add(articleId, events, (p) => index.idOfLocal(articleId, p.key) || p.key);
  }
  const merged = new MergedReports(reports);
  await store.events.replaceAll(merged.exportEvents(storyOf));
  return merged.events.length;
}
