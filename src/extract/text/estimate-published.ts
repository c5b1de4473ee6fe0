// Publication-date estimation for articles without a stated date. Dated photo captions, bylines and
// credits that extraction removed were written no later than the article, so the latest of them
// bounds the date from below; a weekday the lead gives the event ("on Monday", "said Monday") then
// picks the first such day on or after the bound (news reports their day's event the same day).
// Hand-written: chrono resolves weekdays against a reference instant, not against a lower bound.
import * as chrono from 'chrono-node';
import type { RemovedSpan } from '../../model/article.js';
import { BOUNDING_REASONS, FILE_PHOTO_RE, LEAD_PARAGRAPHS, WEEKDAYS } from './estimate-lexicon.js';

export interface PublishedEstimate {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** What the estimate rests on, quoted from the article. */
  evidence: string;
}

const DAY_MS = 86_400_000;
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// A weekday naming when the lead's event happened; "last/next/this Monday" and "Monday, March 7" are left out.
const LEAD_WEEKDAY_RE = /(?<!\b(?:last|next|this|previous|every|each|following)\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s*,?\s*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
const PARAGRAPH_RE = /\n\s*\n/;

interface Bound { day: number; text: string }

/** Full dates (day, month and year all stated) in a span, as day numbers. */
function fullDays(text: string): number[] {
  const out: number[] = [];
  for (const r of chrono.parse(text, REFERENCE)) {
    const s = r.start;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    out.push(Math.floor(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!) / DAY_MS));
  }
  return out;
}

/** The latest full date stated in a bounding removed span, with the span's text. */
export function lowerBound(removed: readonly RemovedSpan[]): Bound | null {
  let best: Bound | null = null;
  for (const span of removed) {
    if (!BOUNDING_REASONS.has(span.reason) || FILE_PHOTO_RE.test(span.text)) continue;
    for (const day of fullDays(span.text)) if (!best || day > best.day) best = { day, text: span.text.trim() };
  }
  return best;
}

/** The weekday (0 = Sunday) the lead names for its event, with the matched words. */
export function leadWeekday(text: string): { weekday: number; text: string } | null {
  const lead = text.split(PARAGRAPH_RE).slice(0, LEAD_PARAGRAPHS).join('\n\n');
  const m = LEAD_WEEKDAY_RE.exec(lead);
  if (!m) return null;
  return { weekday: WEEKDAYS.indexOf(m[1].toLowerCase() as (typeof WEEKDAYS)[number]), text: m[0] };
}

const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

/**
 * The estimated publication day of an undated article: the first lead weekday on or after the
 * latest dated caption/byline; the bound itself when the lead names no weekday; null without a bound.
 */
export function estimatePublished(text: string, removed: readonly RemovedSpan[]): PublishedEstimate | null {
  const bound = lowerBound(removed);
  if (!bound) return null;
  const wd = leadWeekday(text);
  if (!wd) return { date: iso(bound.day), evidence: `on or after the latest dated caption or byline: "${clip(bound.text)}"` };
  const boundWeekday = (bound.day + 4) % 7; // 1970-01-01 was a Thursday
  const day = bound.day + ((wd.weekday - boundWeekday + 7) % 7);
  return { date: iso(day), evidence: `"${wd.text}" in the lead, the first such day on or after "${clip(bound.text)}"` };
}
