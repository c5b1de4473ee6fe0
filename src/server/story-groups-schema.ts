// Shape of GET /api/stories/{id}/groups: a story's coverage, quote share and framing per outlet
// group (src/compare/group-tables.ts), in the API's snake_case; types shared with the web UI (so
// this file imports zod only).
import { z } from 'zod';

export const GroupSpeakerShare = z.object({
  key: z.string().describe('linked entity id, or the normalised name when the speaker is not linked'),
  speaker: z.string(),
  quotes: z.number().int(),
  words: z.number().int(),
  share: z.number().describe('share of all words the group\'s articles quote (0–1)'),
});

export const OutletGroupTable = z.object({
  name: z.string().describe('group label from the outlet registry; "(no group)" for outlets in no group or unknown'),
  outlets: z.array(z.string()),
  article_ids: z.array(z.string()),
  coverage: z.object({
    reported: z.array(z.string()).describe('claim ids some article of the group reports'),
    unique: z.array(z.string()).describe('claim ids only this group reports'),
    omitted: z.array(z.string()).describe('claim ids the group leaves out while most other articles report them'),
  }),
  quote_share: z.array(GroupSpeakerShare).describe('whom the group\'s articles quote, most quoted words first'),
});

export const StoryGroups = z.object({
  story_id: z.string(),
  grouped: z.boolean().describe('false when no outlet of the story is in a group (every article is under "(no group)")'),
  groups: z.array(OutletGroupTable).describe('most articles first; an article is in every group of its outlet'),
  claims: z.array(z.object({ id: z.string(), text: z.string(), counts: z.record(z.string(), z.number().int()).describe('group → articles reporting the claim') })),
  framing: z.array(z.object({ referent: z.string(), labels: z.record(z.string(), z.array(z.string())).describe('group → labels its articles use in their own narration') })),
});
export type StoryGroups = z.infer<typeof StoryGroups>;
