// The whole export document of `parallax export --format json`. Later stages fill the arrays.
import { z } from 'zod';
import { Article } from './article.js';

export const SpeakerRef = z.object({ name: z.string(), entity_id: z.string().nullable() });

export const Entity = z.object({
  id: z.string(),
  name: z.string().describe('canonical full name'),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  article_ids: z.array(z.string()),
  mentions: z.number().int(),
});
export type Entity = z.infer<typeof Entity>;

export const Quote = z.object({
  id: z.string(),
  article_id: z.string(),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect', 'scare']),
  speaker: SpeakerRef.nullable(),
  cue: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Quote = z.infer<typeof Quote>;

/** Issue 5/6: how each outlet covered one story (filled by the compare stage). */
export const Coverage = z.object({
  claims: z.array(z.object({
    id: z.string(),
    text: z.string(),
    article_ids: z.array(z.string()),
    variants: z.array(z.object({ article_id: z.string(), text: z.string() })),
  })),
  unique: z.record(z.string(), z.array(z.string())).describe('article id → ids of claims only that article reports'),
});
export const QuoteVariant = z.object({
  speaker: z.string(),
  label: z.enum(['identical', 'trimmed', 'extended', 'reworded', 'contradictory']),
  renderings: z.array(z.object({ article_id: z.string(), quote_id: z.string(), text: z.string() })),
});
export const Framing = z.object({
  referent: z.string(),
  labels: z.record(z.string(), z.array(z.string())).describe('article id → labels used in its own narration'),
});
export const Conflict = z.object({
  kind: z.enum(['number', 'claim']),
  about: z.string(),
  claims: z.array(z.object({ article_id: z.string(), text: z.string() })),
  flags: z.array(z.object({ article_id: z.string(), flag: z.string(), evidence: z.string() })),
});

export const Story = z.object({
  id: z.string(),
  label: z.string(),
  level: z.enum(['event', 'story']),
  parent_id: z.string().nullable(),
  article_ids: z.array(z.string()),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
  summary: z.array(z.string()).default([]).describe('the sentences most outlets share'),
  coverage: Coverage.nullable().default(null),
  quote_variants: z.array(QuoteVariant).default([]),
  framing: z.array(Framing).default([]),
  conflicts: z.array(Conflict).default([]),
});
export type Story = z.infer<typeof Story>;

export const Event = z.object({
  id: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  evidence: z.array(z.object({ article_id: z.string(), text: z.string() })),
  article_ids: z.array(z.string()),
  story_id: z.string().nullable(),
  score: z.number().nullable(),
});
export type Event = z.infer<typeof Event>;

export const OutletProfile = z.object({
  name: z.string(),
  domain: z.string().nullable(),
  groups: z.array(z.string()).default([]),
  article_ids: z.array(z.string()),
  quoted: z.array(z.object({ entity_id: z.string(), count: z.number().int() })),
  labels: z.record(z.string(), z.array(z.string())).describe('referent → labels this outlet uses'),
});
export type OutletProfile = z.infer<typeof OutletProfile>;

export const ExportDocument = z.object({
  articles: z.array(Article),
  stories: z.array(Story),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  events: z.array(Event),
  outlets: z.array(OutletProfile).default([]),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
