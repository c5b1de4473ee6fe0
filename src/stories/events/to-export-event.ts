// A merged event in the export contract (`events` of `parallax export --format json`): actor, target
// and participants are entity ids (keys), evidence one sentence per reporting article.
import type { Event } from '../../model/export.js';
import { storyOfEvent } from './timeline.js';
import type { MergedEvent } from './types.js';

export function toExportEvent(event: MergedEvent, storyOf?: ReadonlyMap<string, string>): Event {
  const evidence: Event['evidence'] = [];
  const seen = new Set<string>();
  for (const m of event.mentions) {
    const key = `${m.article_id}\u0000${m.event.evidence.start}`;
    if (!seen.has(key)) { seen.add(key); evidence.push({ article_id: m.article_id, text: m.event.evidence.text }); }
  }
  return {
    id: event.id,
    date: event.date,
    kind: event.kind,
    actor: event.actor?.key ?? null,
    target: event.target?.key ?? null,
    participants: event.participants.map((p) => p.key),
    place: event.place?.key ?? null,
    evidence,
    article_ids: event.article_ids,
    story_id: storyOf ? storyOfEvent(event, storyOf) : null,
    score: event.score,
  };
}
