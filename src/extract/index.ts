// The combined per-article extractor: HTML or text body → clean text and metadata, with structured
// record fields (JSON/CSV/feeds/WARC) winning over what is guessed from the body. Pure and synchronous.
import { createHash } from 'node:crypto';
import type { ExtractedArticle, LanguageSegment, Outlet } from '../model/article.js';
import type { InputRecord, RecordFields } from '../model/input.js';
import { detectLanguage, languageSegments } from './language-id.js';
import { outletFromSignals, outletFromSourceName, outletFromUrl } from './outlets/host-outlet.js';
import { hostOf } from './outlets/normalise.js';
import type { OutletRegistry } from './outlets/registry.js';
import { normaliseDate } from './text/dates.js';
import { estimatePublished } from './text/estimate-published.js';
import { qualityFlags } from './text/flags.js';
import { extractHtmlBody } from './text/html-body.js';
import { extractText, type TextExtraction } from './text/index.js';
import { resolveOriginal } from './text/original.js';

export interface ExtractContext {
  outlets: OutletRegistry;
}

/** First 16 hex digits of SHA-256 over (bodyType, body, fields, externalId); the path plays no part. */
export function articleId(record: InputRecord): string {
  const fields = Object.fromEntries(
    Object.entries(record.fields as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const canonical = JSON.stringify([record.bodyType, record.body, fields, record.externalId]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

interface Draft extends TextExtraction {
  url: string | null;
  siteName: string | null;
  language: string | null;
}

function draftOf(record: InputRecord, registry: OutletRegistry): Draft {
  if (record.bodyType === 'html') return extractHtmlBody(record.body, record.fields.url ?? null, registry);
  return { ...extractText(record.body, { registry }), url: null, siteName: null, language: null };
}

/** Record fields first, then a registered URL domain, the site name, the article's own boilerplate, the bare domain. */
function hostOutlet(fields: RecordFields, draft: Draft, url: string | null, registry: OutletRegistry): Outlet | null {
  const domain = url ? hostOf(url) : null;
  if (fields.outlet?.trim()) {
    const e = outletFromSourceName(fields.outlet, registry);
    return e ? { name: e.name, domain: domain ?? e.domains[0] ?? null } : { name: fields.outlet.trim(), domain };
  }
  if (url && registry.byDomain(url)) return outletFromUrl(url, registry);
  if (draft.siteName?.trim()) {
    const e = outletFromSourceName(draft.siteName, registry);
    return e ? { name: e.name, domain: domain ?? e.domains[0] ?? null } : { name: draft.siteName.trim(), domain };
  }
  const found = outletFromSignals(draft.signals, registry);
  if (found) return { name: found.name, domain: found.domain ?? domain };
  return url ? outletFromUrl(url, registry) : null;
}

/** The language with the most characters among the runs of the clean text. */
function majorityLanguage(segments: readonly LanguageSegment[]): string | null {
  const chars = new Map<string, number>();
  for (const s of segments) chars.set(s.language, (chars.get(s.language) ?? 0) + s.end - s.start);
  let best: string | null = null;
  for (const [lang, n] of [...chars].sort(([a], [b]) => a.localeCompare(b))) if (!best || n > chars.get(best)!) best = lang;
  return best;
}

export function extractArticle(record: InputRecord, ctx: ExtractContext): ExtractedArticle {
  const registry = ctx.outlets;
  const fields = record.fields;
  const draft = draftOf(record, registry);
  const url = fields.url?.trim() || draft.url || null;
  const outlet = hostOutlet(fields, draft, url, registry);
  const original = resolveOriginal(draft, outlet, registry);
  const stated = (fields.published && normaliseDate(fields.published)) || draft.published;
  // A copy appears no earlier than its original: the credit's date is the best estimate left.
  // Else an estimate from dated captions/bylines and the lead's weekday, with its evidence as a flag.
  const estimate = stated || original?.published ? null : estimatePublished(draft.text, draft.removed);
  const published = stated ?? original?.published ?? estimate?.date ?? null;
  const authors = fields.authors?.length ? fields.authors : draft.authors;
  const text = draft.text;
  const textSegments = text ? languageSegments(text, 'text') : [];
  const language = fields.language?.trim() || majorityLanguage(textSegments) || detectLanguage(text) || draft.language;
  return {
    id: articleId(record),
    external_id: record.externalId,
    source: record.source,
    url,
    title: fields.title?.trim() || draft.title,
    authors,
    published,
    published_estimated: !stated && published !== null,
    outlet,
    dateline: draft.dateline?.dateline ?? null,
    original,
    language,
    segments: languageSegments(record.body, record.bodyType),
    text,
    removed: draft.removed,
    flags: [
      ...qualityFlags({
        text,
        removed: draft.removed,
        authors,
        published: stated,
        language,
        textSegments,
      }),
      ...(estimate ? [{ flag: 'date_estimated', evidence: estimate.evidence }] : []),
    ],
  };
}
