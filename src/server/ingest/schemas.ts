// Request and response shapes of the write endpoints and of GET /api/meta (also in the OpenAPI document).
import { z } from 'zod';
import { MAX_ITEM_CHARS, MAX_ITEMS } from './limits.js';

const text = z.string().max(MAX_ITEM_CHARS);

export const IngestItem = z.object({
  text: text.optional().describe('plain text or Markdown of the article'),
  html: text.optional().describe('a saved web page; the main text is extracted as from a file'),
  title: z.string().max(1000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  outlet: z.string().max(200).optional(),
  published: z.string().max(64).optional().describe('publication date, ISO 8601 preferred'),
}).strict().refine((i) => (i.text !== undefined) !== (i.html !== undefined), { message: 'give exactly one of text or html' })
  .refine((i) => (i.text ?? i.html ?? '').trim().length > 0, { message: 'the article is empty' });
export type IngestItem = z.infer<typeof IngestItem>;

export const IngestRequest = z.object({ items: z.array(z.unknown()).min(1).max(MAX_ITEMS) }).strict();

export const IngestItemResult = z.object({
  item: z.string().describe('which input: "items[2]", a file name, or "file.jsonl (record 3)"'),
  status: z.enum(['stored', 'unchanged', 'failed']),
  id: z.string().optional().describe('the stored article id'),
  title: z.string().nullable().optional(),
  error: z.string().optional(),
});
export type IngestItemResult = z.infer<typeof IngestItemResult>;

export const IngestResponse = z.object({
  items: z.array(IngestItemResult),
  stored: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
});
export type IngestResponse = z.infer<typeof IngestResponse>;

export const Meta = z.object({
  name: z.literal('Parallax'),
  version: z.string(),
  store: z.enum(['sqlite', 'postgres']),
  ingest: z.object({
    enabled: z.boolean(),
    max_items: z.number().int(),
    max_files: z.number().int(),
    max_file_bytes: z.number().int(),
    max_body_bytes: z.number().int(),
    formats: z.array(z.string()),
  }),
});
export type Meta = z.infer<typeof Meta>;
