// HTML records: the HTML extractor's main text, cleaned again paragraph by paragraph with the text
// classifier (captions, credits and pleas that survive inside article containers).
import type { RemovedSpan } from '../../model/article.js';
import { extractHtml } from '../html/index.js';
import type { OutletSignal } from '../outlets/host-outlet.js';
import type { OutletRegistry } from '../outlets/registry.js';
import { classifyUnits } from './boilerplate.js';
import type { TextExtraction } from './index.js';
import { articleDateline } from './dateline.js';
import { joinParagraphs } from './paragraphs.js';

export interface HtmlBody extends TextExtraction {
  url: string | null;
  siteName: string | null;
  language: string | null;
}

const FOLD = /\s+/g;

/** Offsets of text in the raw markup when it occurs there verbatim (no entities or tags inside). */
function spanIn(raw: string, text: string, from: number): { start?: number; end?: number } {
  const at = raw.indexOf(text, from);
  return at < 0 ? {} : { start: at, end: at + text.length };
}

export function extractHtmlBody(raw: string, url: string | null, registry: OutletRegistry): HtmlBody {
  const h = extractHtml(raw, { url });
  const paras = h.text.split(/\n{2,}/).map((p) => p.replace(FOLD, ' ').trim()).filter(Boolean);
  const removed: RemovedSpan[] = [];
  const signals: OutletSignal[] = [];
  if (h.title && paras.length && paras[0] === h.title.replace(FOLD, ' ').trim()) {
    removed.push({ text: paras.shift()!, reason: 'title', ...spanIn(raw, h.title, 0) });
  }
  const c = classifyUnits(paras, { registry, findTitle: false, headerDefault: null });
  const kept: string[] = [];
  let cursor = 0;
  paras.forEach((p, i) => {
    const span = spanIn(raw, p, cursor);
    if (span.end !== undefined) cursor = span.end;
    const { role, reason } = c.roles[i];
    if (role === 'body') return void kept.push(p);
    removed.push({ text: p, reason: reason ?? role, ...span });
    signals.push({ reason: reason ?? role, text: p });
  });
  for (const r of h.removed) {
    removed.push({ text: r.text, reason: r.reason, ...spanIn(raw, r.text, 0) });
    signals.push({ reason: r.reason, text: r.text });
  }
  const paragraphs = joinParagraphs(kept);
  return {
    title: h.title,
    authors: h.authors.length ? h.authors : [...new Set(c.bylines.flatMap((b) => b.authors))],
    published: h.published ?? c.bylines.find((b) => b.date)?.date ?? null,
    dateline: articleDateline(paragraphs, c.bylines),
    credits: c.credits,
    bylines: c.bylines,
    signals,
    paragraphs,
    text: paragraphs.join('\n\n'),
    removed,
    url: h.url,
    siteName: h.siteName,
    language: h.language,
  };
}
