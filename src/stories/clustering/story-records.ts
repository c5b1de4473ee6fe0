// Events and stories as export records (src/model/export.ts `Story`), labelled, events first.
import { Story } from '../../model/export.js';
import { isoDay } from './dates.js';
import { LabelTally, type LabelRep } from './label.js';
import { sharedSentences } from './shared-sentences.js';
import type { StoryClusterer } from './story-clusterer.js';

/** A group's date span: its members' publication days, else (none published) their stated days. */
class SpanTally {
  private pub: [number, number] | null = null;
  private stated: [number, number] | null = null;
  add(r: LabelRep): void {
    if (r.day !== null) this.pub = widened(this.pub, r.day);
    for (const d of r.eventDays) this.stated = widened(this.stated, d);
  }
  span(): { first_date: string | null; last_date: string | null } {
    const s = this.pub ?? this.stated;
    return s ? { first_date: isoDay(s[0]), last_date: isoDay(s[1]) } : { first_date: null, last_date: null };
  }
}

const widened = (s: [number, number] | null, d: number): [number, number] => (s === null ? [d, d] : [Math.min(s[0], d), Math.max(s[1], d)]);

/** `texts` (article id → clean text), when given, fills each group's shared-sentence summary. */
export function storyRecords(c: StoryClusterer, texts?: ReadonlyMap<string, string>): Story[] {
  const summary = (ids: readonly string[]) => (texts && ids.length > 1
    ? sharedSentences(ids.map((id) => ({ id, text: texts.get(id) ?? '' }))).map((s) => s.text) : []);
  // A group's representations are rebuilt one at a time for its label and its span, each read
  // once and dropped (each is a full ArticleRep with its key strings: holding a large story's
  // members at once made hundreds of MB of old-generation garbage).
  const record = (id: string, members: string[], level: 'event' | 'story', parentId: string | null) => {
    const label = new LabelTally(), span = new SpanTally();
    for (const m of members) { const r = c.rep(m)!; label.add(r); span.add(r); }
    return Story.parse({ id, label: label.label(level), level, parent_id: parentId, article_ids: members, ...span.span(), summary: summary(members) });
  };
  const events = c.eventGroups().map((g) => record(g.id, g.members, 'event', c.stories.groupIdOf(g.id) ?? null));
  const stories = c.storyGroups().map((s) => record(s.id, s.members, 'story', null));
  return [...stories, ...events];
}
