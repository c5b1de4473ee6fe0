// The article record: one zod schema shared by the export, the HTTP API and the store.
// Field names follow the export contract in docs/export-schema.md (generated from these schemas).
import { z } from 'zod';

export const Flag = z.object({
  flag: z.string().describe('e.g. empty_body, garbled, truncated, mixed_languages, boilerplate_heavy, no_byline, no_date'),
  evidence: z.string().describe('what raised the flag, quoted from the article where possible'),
});
export type Flag = z.infer<typeof Flag>;

export const Outlet = z.object({
  name: z.string(),
  domain: z.string().nullable(),
});
export type Outlet = z.infer<typeof Outlet>;

export const Original = z.object({
  outlet: z.string().nullable().describe('the outlet that first published the text, when known'),
  published: z.string().nullable().describe('ISO date of the original, when known'),
  evidence: z.string().describe('the credit line, dateline or containment that shows this is a copy'),
  article_id: z.string().nullable().default(null).describe('the original article when it is in the corpus'),
});
export type Original = z.infer<typeof Original>;

export const LanguageSegment = z.object({
  language: z.string().describe('ISO 639-1'),
  start: z.number().int().describe('offset into the raw input'),
  end: z.number().int(),
});
export type LanguageSegment = z.infer<typeof LanguageSegment>;

export const RemovedSpan = z.object({
  text: z.string(),
  reason: z.string().describe('boilerplate class, e.g. masthead, caption, share_prompt, donation, related, comments, contact, credit_line'),
  start: z.number().int().optional().describe('offset into the raw input, when the span maps to it'),
  end: z.number().int().optional(),
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

export const DateRef = z.object({
  text: z.string(),
  start: z.number().int().describe('offset into the clean text'),
  end: z.number().int(),
  value: z.string().describe('TimeML TIMEX3 value, e.g. 2022-01-27, 2022-W09, P3Y, PRESENT_REF'),
});
export type DateRef = z.infer<typeof DateRef>;

export const Duplicate = z.object({
  article_id: z.string(),
  kind: z.enum(['exact', 'near', 'contained']),
  similarity: z.number(),
});
export const Passage = z.object({ start: z.number().int(), end: z.number().int(), other_start: z.number().int(), other_end: z.number().int() });
export const Reuse = z.object({ article_id: z.string(), shared_fraction: z.number(), passages: z.array(Passage) });
export const EditDiff = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.object({ from: z.string(), to: z.string() })),
  title_changed: z.boolean(),
});

/** What the per-article extraction stage produces (issue 2). */
export const ExtractedArticle = z.object({
  id: z.string().describe('stable for the same input: derived from the record content hash'),
  external_id: z.string().nullable().describe("the record's own id (JSON/CSV id field, WARC record id, feed guid)"),
  source: z.string().describe('path as reached from the command line, or URL'),
  url: z.string().nullable().default(null),
  title: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable().describe('ISO 8601 date or date-time'),
  published_estimated: z.boolean().default(false),
  outlet: Outlet.nullable(),
  dateline: z.string().nullable(),
  original: Original.nullable(),
  language: z.string().nullable(),
  segments: z.array(LanguageSegment),
  text: z.string(),
  removed: z.array(RemovedSpan),
  flags: z.array(Flag),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

/** The exported article: extraction plus what the corpus stages add (provenance, language). */
export const Article = ExtractedArticle.extend({
  copies: z.array(z.string()).default([]),
  duplicates: z.array(Duplicate).default([]).describe('every exact duplicate; the 25 most similar near and contained copies'),
  reuse: z.array(Reuse).default([]).describe('the 25 articles sharing the largest fraction of this text'),
  diff: EditDiff.nullable().default(null),
  dates: z.array(DateRef).default([]),
});
export type Article = z.infer<typeof Article>;
