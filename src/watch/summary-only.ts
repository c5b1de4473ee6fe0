// Whether a feed item carries only a summary (so its linked page should be fetched) and the key
// that identifies an item across polls.
import type { InputRecord } from '../model/input.js';
import { sha256Bytes } from '../ingest/hash.js';

const TAG_RE = /<[^>]*>/g;
const ENTITY_RE = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;
const SPACE_RE = /\s+/g;
const HTTP_RE = /^https?:\/\//i;

/** Visible text length of the item body (markup and entities counted roughly; only compared with a threshold). */
function textLength(record: InputRecord): number {
  const text = record.bodyType === 'html' ? record.body.replace(TAG_RE, ' ').replace(ENTITY_RE, 'x') : record.body;
  return text.replace(SPACE_RE, ' ').trim().length;
}

/** The item's page worth fetching: it has an http(s) link and its own text is shorter than `maxChars`. */
export function summaryOnlyLink(record: InputRecord, maxChars: number): string | null {
  const link = record.fields.url;
  if (!link || !HTTP_RE.test(link)) return null;
  return textLength(record) < maxChars ? link : null;
}

/** guid, else link, else a hash of title and body. */
export function itemKey(record: InputRecord): string {
  const id = record.externalId?.trim();
  if (id) return id;
  if (record.fields.url) return record.fields.url;
  return `sha256:${sha256Bytes(Buffer.from(`${record.fields.title ?? ''}\n${record.body}`))}`;
}
