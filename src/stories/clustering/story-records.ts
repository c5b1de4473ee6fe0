// Events and stories as export records (src/model/export.ts `Story`), labelled, events first.
import { Story } from '../../model/export.js';
import { isoDay } from './dates.js';
import { LabelTally } from './label.js';
import { sharedSentences } from './shared-sentences.js';
import type { StoryClusterer } from './story-clusterer.js';

/** `texts` (article id → clean text), when given, fills each group's shared-sentence summary. */
export function storyRecords(c: StoryClusterer, texts?: ReadonlyMap<string, string>): Story[] {
  const summary = (ids: readonly string[]) => (texts && ids.length > 1
    ? sharedSentences(ids.map((id) => ({ id, text: texts.get(id) ?? '' }))).map((s) => s.text) : []);
  // A group's representations are rebuilt one at a time for its label and its date range, each read
  // once and dropped (each is a full ArticleRep with its key strings: holding a large story's
  // members at once made hundreds of MB of old-generation garbage).
  const record = (id: string, members: string[], level: 'event' | 'story', parentId: string | null) => {
    const tally = new LabelTally();
    for (const m of members) tally.add(c.rep(m)!);
    const range = tally.dateRange();
    return Story.parse({
      id, label: tally.label(level), level, parent_id: parentId, article_ids: members,
      first_date: range && isoDay(range[0]), last_date: range && isoDay(range[1]), summary: summary(members),
    });
  };
  const events = c.eventGroups().map((g) => record(g.id, g.members, 'event', c.stories.groupIdOf(g.id) ?? null));
  const stories = c.storyGroups().map((s) => record(s.id, s.members, 'story', null));
  return [...stories, ...events];
}
