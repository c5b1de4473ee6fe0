// GroupTables (src/compare/group-tables.ts) as the API's StoryGroups payload.
import { UNGROUPED, type GroupTables } from '../compare/group-tables.js';
import type { StoryGroups } from './story-groups-schema.js';

export function toStoryGroups(storyId: string, t: GroupTables): StoryGroups {
  return {
    story_id: storyId,
    grouped: t.groups.some((g) => g.name !== UNGROUPED),
    groups: t.groups.map((g) => {
      const c = t.coverage[g.name];
      return {
        name: g.name, outlets: g.outlets, article_ids: g.articleIds,
        coverage: { reported: c?.reported ?? [], unique: c?.unique ?? [], omitted: c?.omitted ?? [] },
        quote_share: t.quoteShare[g.name] ?? [],
      };
    }),
    claims: t.matrix.map((m) => ({ id: m.claimId, text: m.text, counts: m.counts })),
    framing: t.framing,
  };
}
