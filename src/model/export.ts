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

export const Story = z.object({
  id: z.string(),
  label: z.string(),
  level: z.enum(['event', 'story']),
  parent_id: z.string().nullable(),
  article_ids: z.array(z.string()),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
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

export const ExportDocument = z.object({
  articles: z.array(Article),
  stories: z.array(Story),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  events: z.array(Event),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
