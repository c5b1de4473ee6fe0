// Plain-text article extraction: units → boilerplate classification → title, byline, date, dateline,
// credits and clean paragraphs. Every removed unit is kept with its reason and raw offsets.
import type { RemovedSpan } from '../../model/article.js';
import type { OutletSignal } from '../outlets/host-outlet.js';
import type { OutletRegistry } from '../outlets/registry.js';
import { classifyUnits } from './boilerplate.js';
import type { Byline } from './byline.js';
import type { Credit } from './credits.js';
import { articleDateline, type Dateline } from './dateline.js';
import { joinParagraphs } from './paragraphs.js';
import { splitUnits } from './units.js';

export interface TextExtraction {
  title: string | null;
  authors: string[];
  published: string | null;
  dateline: Dateline | null;
  /** Republication credits in reading order. */
  credits: Credit[];
  bylines: Byline[];
  /** Removed units as clean text with their reasons: where the host outlet names itself. */
  signals: OutletSignal[];
  paragraphs: string[];
  text: string;
  removed: RemovedSpan[];
}

export interface TextOptions {
  registry: OutletRegistry;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function extractText(raw: string, opts: TextOptions): TextExtraction {
  const units = splitUnits(raw);
  const c = classifyUnits(
    units.map((u) => u.text),
    { registry: opts.registry, findTitle: true, headerDefault: 'masthead' },
  );
  const removed: RemovedSpan[] = [];
  const signals: OutletSignal[] = [];
  const kept: string[] = [];
  units.forEach((u, i) => {
    const { role, reason } = c.roles[i];
    if (role === 'body') kept.push(u.text);
    else {
      removed.push({ text: raw.slice(u.start, u.end), reason: reason ?? role, start: u.start, end: u.end });
      signals.push({ reason: reason ?? role, text: u.text });
    }
  });
  const paragraphs = joinParagraphs(kept);
  return {
    title: c.title === null ? null : units[c.title].text,
    authors: unique(c.bylines.flatMap((b) => b.authors)),
    published: c.bylines.find((b) => b.date)?.date ?? null,
    dateline: articleDateline(paragraphs, c.bylines),
    credits: c.credits,
    bylines: c.bylines,
    signals,
    paragraphs,
    text: paragraphs.join('\n\n'),
    removed,
  };
}
