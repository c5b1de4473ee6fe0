// Events and stories as export records (src/model/export.ts `Story`), labelled, events first.
import { Story } from '../../model/export.js';
import { isoDay } from './dates.js';
import { labelGroup } from './label.js';
import { sharedSentences } from './shared-sentences.js';
import type { StoryClusterer } from './story-clusterer.js';
import type { ArticleRep } from './types.js';

function span(reps: readonly ArticleRep[]): { first_date: string | null; last_date: string | null } {
  const pub = reps.map((r) => r.day).filter((d): d is number => d !== null);
  const days = pub.length ? pub : reps.flatMap((r) => r.eventDays);
  if (!days.length) return { first_date: null, last_date: null };
  return { first_date: isoDay(Math.min(...days)), last_date: isoDay(Math.max(...days)) };
}

/** `texts` (article id → clean text), when given, fills each group's shared-sentence summary. */
export function storyRecords(c: StoryClusterer, texts?: ReadonlyMap<string, string>): Story[] {
  const repsOf = (ids: readonly string[]) => ids.map((id) => c.rep(id)!);
  const summary = (ids: readonly string[]) => (texts && ids.length > 1
    ? sharedSentences(ids.map((id) => ({ id, text: texts.get(id) ?? '' }))).map((s) => s.text) : []);
  // A group's representations are rebuilt once for its label and its span (each is a full
  // ArticleRep with its key strings: a large story's members made hundreds of MB twice over).
  const record = (id: string, members: string[], level: 'event' | 'story', parentId: string | null) => {
    const reps = repsOf(members);
    return Story.parse({ id, label: labelGroup(reps, level), level, parent_id: parentId, article_ids: members, ...span(reps), summary: summary(members) });
  };
  const events = c.eventGroups().map((g) => record(g.id, g.members, 'event', c.stories.groupIdOf(g.id) ?? null));
  const stories = c.storyGroups().map((s) => record(s.id, s.members, 'story', null));
  return [...stories, ...events];
}
