// Schemas of the HTTP API's queries and list payloads; records themselves are the export schemas.
import { z } from 'zod';

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
  flags: z.array(z.string()),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const SearchHit = ArticleSummary.extend({
  snippet: z.string().describe('matched words wrapped in U+27E6 … U+27E7'),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date, YYYY-MM-DD');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ArticleFilterQuery = z.object({
  outlet: z.string().max(200).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  flag: z.string().max(64).optional(),
  entity: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const ArticleListQuery = PageQuery.extend(ArticleFilterQuery.shape);
export const SearchQuery = ArticleListQuery.extend({ q: z.string().min(1).max(1000) });

/** RFC 9457 problem details. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
});

/** One row of the story list: the story plus per-outlet coverage counts and flags, for bars. */
export const StorySummary = z.object({
  id: z.string(),
  label: z.string(),
  level: z.enum(['event', 'story']),
  parent_id: z.string().nullable(),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
  article_count: z.number().int(),
  outlets: z.array(z.object({ name: z.string(), articles: z.number().int() })),
  flags: z.array(z.object({ flag: z.string(), articles: z.number().int() })),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const StoryListQuery = PageQuery.extend({ level: z.enum(['event', 'story']).optional(), q: z.string().max(200).optional() });
export const EntityListQuery = PageQuery.extend({ type: z.string().max(16).optional(), q: z.string().max(200).optional() });
export const QuoteListQuery = PageQuery.extend({
  speaker: z.string().max(200).optional(), story: z.string().max(64).optional(), article: z.string().max(64).optional(),
});
export const EventListQuery = PageQuery.extend({
  story: z.string().max(64).optional(), actor: z.string().max(200).optional(), target: z.string().max(200).optional(),
});
