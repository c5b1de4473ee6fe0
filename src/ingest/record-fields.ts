// Maps one JSON/CSV object onto the reader's record fields, by the field names real exports use.
import type { RecordFields } from '../model/input.js';
import { FIELD_NAMES, NESTED_RECORD_KEYS, OBJECT_ID_KEYS, OBJECT_NAME_KEYS, OBJECT_TEXT_KEYS, foldFieldName, type FieldName } from './field-names.js';
import { HTML_BODY_RE } from './sniff-patterns.js';

export interface MappedRecord {
  body: string;
  bodyType: 'html' | 'text';
  externalId: string | null;
  fields: RecordFields;
}

const AUTHOR_SPLIT_RE = /\s*(?:[,;|&]|\band\b)\s*/i;
const BYLINE_PREFIX_RE = /^by\s+/i;
const NAME_SUFFIX_RE = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;

/** The record's fields under folded names; `_source`/`fields` sub-objects are merged in (outer keys win). */
function foldKeys(obj: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const nested: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (NESTED_RECORD_KEYS.has(key.toLowerCase()) && isObject(value)) nested.push(value);
    else if (!out.has(foldFieldName(key))) out.set(foldFieldName(key), value);
  }
  for (const inner of nested) {
    for (const [key, value] of Object.entries(inner)) if (!out.has(foldFieldName(key))) out.set(foldFieldName(key), value);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A trimmed string from a string, a number, or an object holding one under `objectKeys`. */
function scalarText(v: unknown, objectKeys: readonly string[] = OBJECT_NAME_KEYS): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'bigint') return Number.isFinite(Number(v)) ? String(v) : undefined;
  if (isObject(v)) {
    for (const k of objectKeys) {
      const hit = Object.entries(v).find(([key]) => foldFieldName(key) === foldFieldName(k));
      const s = hit && (typeof hit[1] === 'string' || typeof hit[1] === 'number') ? String(hit[1]).trim() : '';
      if (s) return s;
    }
  }
  return undefined;
}

function pick(map: Map<string, unknown>, field: FieldName): unknown {
  for (const name of FIELD_NAMES[field]) {
    const v = map.get(name);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** Body text: a string, an array of paragraph strings, or an object holding one (`{rendered}`). */
function bodyText(v: unknown): string | undefined {
  if (isObject(v)) return scalarText(v, OBJECT_TEXT_KEYS);
  if (Array.isArray(v)) {
    const parts = v.map((p) => (typeof p === 'string' ? p.trim() : '')).filter(Boolean);
    return parts.length ? parts.join('\n\n') : undefined;
  }
  return typeof v === 'string' ? (v.trim() ? v : undefined) : undefined;
}

/** Epoch numbers become ISO strings (seconds below 1e11, else milliseconds); strings pass through for extraction. */
function publishedText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const d = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
  }
  return scalarText(v);
}

/** "By A and B", "A, B", ["A", {name: "B"}], {original: "By A"} → ["A", "B"]. */
export function splitAuthors(v: unknown): string[] {
  if (Array.isArray(v)) return [...new Set(v.flatMap((a) => (typeof a === 'string' ? splitAuthors(a) : [scalarText(a) ?? ''])).filter(Boolean))];
  if (isObject(v)) return splitAuthors(scalarText(v) ?? '');
  if (typeof v !== 'string') return [];
  const names: string[] = [];
  for (const part of v.trim().replace(BYLINE_PREFIX_RE, '').split(AUTHOR_SPLIT_RE)) {
    if (NAME_SUFFIX_RE.test(part) && names.length) names[names.length - 1] += `, ${part}`;
    else if (part.trim()) names.push(part.trim());
  }
  return [...new Set(names)];
}

/** Maps an object to a record, or null when it has neither a title nor a body. */
export function mapRecord(obj: Record<string, unknown>): MappedRecord | null {
  const map = foldKeys(obj);
  const title = scalarText(pick(map, 'title'), OBJECT_TEXT_KEYS);
  const body = bodyText(pick(map, 'body')) ?? bodyText(pick(map, 'summary')) ?? '';
  if (!title && !body) return null;
  const fields: RecordFields = {};
  if (title) fields.title = title;
  const url = scalarText(pick(map, 'url'));
  if (url) fields.url = url;
  const published = publishedText(pick(map, 'published'));
  if (published) fields.published = published;
  const outlet = scalarText(pick(map, 'outlet'));
  if (outlet) fields.outlet = outlet;
  const authors = splitAuthors(pick(map, 'authors'));
  if (authors.length) fields.authors = authors;
  const language = scalarText(pick(map, 'language'));
  if (language) fields.language = language;
  return {
    body,
    bodyType: HTML_BODY_RE.test(body) ? 'html' : 'text',
    externalId: scalarText(pick(map, 'externalId'), OBJECT_ID_KEYS) ?? null,
    fields,
  };
}

/** True when a CSV header names at least one title or body column. */
export function hasArticleColumn(header: string[]): boolean {
  const names = new Set(header.map(foldFieldName));
  return (['title', 'body', 'summary'] as const).some((f) => FIELD_NAMES[f].some((n) => names.has(n)));
}
