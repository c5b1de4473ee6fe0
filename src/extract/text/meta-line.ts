// Header meta lines that blogs and aggregators print around the headline: "June 2, 2024 | Culture | 2,310 Views",
// "Posted by admin | May 8, 2024 | 0 Comments", "Opinion | 8 May 2024 | By Jane Roe", "👁 4,102 views | 💬 12
// comments", "Posted by editor on May 12, 2024 · 6 min read", and "Place, date" lines ("Brightwater, 4 March 2025").
// Every segment must be metadata (a date, a poster, a counter, a section, the outlet's own name); the line then
// gives the date, the authors and the outlet and is never a title.
import type { OutletRegistry } from '../outlets/registry.js';
import { isPersonName, type Byline } from './byline.js';
import { parseDateText } from './dates.js';
import {
  META_COUNTER, META_DECORATION, META_MAX_CHARS, META_PLACE, META_POSTED_BY, META_SECTION, META_SECTION_MAX_WORDS, META_SEPARATOR,
} from './patterns.js';

type Segment =
  | { kind: 'counter' }
  | { kind: 'date'; date: string }
  | { kind: 'poster'; authors: string[]; date: string | null }
  | { kind: 'outlet'; name: string }
  | { kind: 'section' };

function posterOf(text: string, registry: OutletRegistry): Segment | null {
  const m = META_POSTED_BY.exec(text);
  if (!m) return null;
  const date = m[2] ? parseDateText(m[2]) : null;
  if (m[2] && !date) return null;
  // "Posted by admin": a poster that is no personal name (a user handle, the outlet) gives no author.
  const names = m[1].split(/\s*(?:,|&|\band\b)\s*/u).filter((n) => isPersonName(n) && !registry.byName(n));
  return { kind: 'poster', authors: names, date };
}

function segmentOf(raw: string, registry: OutletRegistry): Segment | null {
  const text = raw.replace(META_DECORATION, '');
  if (!text) return null;
  if (META_COUNTER.test(text)) return { kind: 'counter' };
  const date = parseDateText(text);
  if (date) return { kind: 'date', date };
  const poster = posterOf(text, registry);
  if (poster) return poster;
  const outlet = registry.byName(text);
  if (outlet) return { kind: 'outlet', name: outlet.name };
  if (META_SECTION.test(text) && text.split(/\s+/).length <= META_SECTION_MAX_WORDS) return { kind: 'section' };
  return null;
}

/** "Brightwater, 4 March 2025": a place (not a personal name, which makes a byline) and a date. */
function placeLine(text: string): Byline | null {
  const m = META_PLACE.exec(text);
  if (!m || isPersonName(m[1])) return null;
  const date = parseDateText(m[2]);
  return date ? { authors: [], date, outlets: [], text, meta: true, place: m[1] } : null;
}

/** Reads a meta line; null when the unit is not one (a lone date or byline is left to parseByline). */
export function parseMetaLine(text: string, registry: OutletRegistry): Byline | null {
  if (text.length > META_MAX_CHARS) return null;
  const parts = text.split(META_SEPARATOR);
  if (parts.length === 1) {
    if (parseDateText(text)) return null;
    return placeLine(text);
  }
  const segments = parts.map((p) => segmentOf(p, registry));
  if (segments.some((s) => s === null)) return null;
  const known = segments as Segment[];
  if (!known.some((s) => s.kind === 'counter' || s.kind === 'date' || s.kind === 'poster')) return null;
  const dates = known.flatMap((s) => (s.kind === 'date' ? [s.date] : s.kind === 'poster' && s.date ? [s.date] : []));
  if (new Set(dates).size > 1) return null;
  const line: Byline = {
    authors: [...new Set(known.flatMap((s) => (s.kind === 'poster' ? s.authors : [])))],
    date: dates[0] ?? null,
    outlets: [],
    text,
    meta: true,
  };
  const masthead = known.find((s) => s.kind === 'outlet');
  if (masthead?.kind === 'outlet') line.masthead = masthead.name;
  return line;
}

/** A line of nothing but counters (views, comments, shares, reading time): boilerplate wherever it stands. */
export function isCounterLine(text: string): boolean {
  return text.split(META_SEPARATOR).every((p) => META_COUNTER.test(p.replace(META_DECORATION, '')));
}
