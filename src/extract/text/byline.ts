// Bylines: "By Jane Doe and John Roe", "Peter Symonds" beside a date line, "Alex Lantier 12 February 2024".
import type { OutletRegistry } from '../outlets/registry.js';
import { parseDateText, splitTrailingDate } from './dates.js';
import { NAME_PARTICLES, ROLE_WORDS } from './patterns.js';

export interface Byline {
  authors: string[];
  date: string | null;
  /** Outlets named in the byline ("By Jane Doe, Reuters"), canonical names. */
  outlets: string[];
  /** The byline as written. */
  text: string;
  /** Set for header meta lines ("March 4, 2025 | World | 1,204 Views"), which may carry neither author nor date. */
  meta?: true;
  /** The place of a "Place, date" line: the article's dateline. */
  place?: string;
  /** The host outlet's own name written in a meta line ("Radio Fenmark | Politics | 7 May 2024"), canonical. */
  masthead?: string;
}

/** "Posted on 2023-03-04 by admin": a date line that names its poster. */
const POSTED_BY = /^(?:posted|published|updated|written)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$/i;
const BY = /^(?:written |reported |story |words )?by[:\s]+/i;
const SEPARATORS = /\s*(?:,|;|\||\/|\s&\s|\band\b|\bund\b|\bet\b|\by\b)\s*/u;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const TRAILING_JUNK = /[\s,|–—·•:-]+$/u;
const MAX_NAME_CHARS = 50;
/** Longer units are prose, not bylines (and are not handed to the date parser). */
const MAX_BYLINE_CHARS = 160;

/** A personal name: two to five capitalised tokens (particles and initials allowed), no job title ("Chief Reporter"). */
export function isPersonName(text: string): boolean {
  const s = text.trim();
  if (!s || s.length > MAX_NAME_CHARS) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (ROLE_WORDS.has(t.toLowerCase())) return false;
    if (NAME_TOKEN.test(t)) capitalised++;
    else if (!NAME_PARTICLES.has(t)) return false;
  }
  // An all-capitals line of several words is a heading or masthead, not a name.
  return capitalised >= 2 && !tokens.every((t) => t.length > 3 && t === t.toUpperCase());
}

function splitNames(text: string, registry: OutletRegistry): { names: string[]; outlets: string[]; other: number } {
  const names: string[] = [];
  const outlets: string[] = [];
  let other = 0;
  for (const part of text.replace(TRAILING_JUNK, '').split(SEPARATORS)) {
    const p = part.trim();
    if (!p) continue;
    const outlet = registry.byName(p);
    if (outlet) outlets.push(outlet.name);
    else if (isPersonName(p)) names.push(p);
    else other++;
  }
  return { names, outlets, other };
}

/** Reads a byline unit; null when the unit is not one. A lone date line is a byline with no authors. */
export function parseByline(text: string, registry: OutletRegistry): Byline | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const posted = POSTED_BY.exec(text);
  if (posted) {
    const date = parseDateText(posted[1]);
    if (date) return { authors: splitNames(posted[2], registry).names, date, outlets: [], text };
  }
  const onlyDate = parseDateText(text);
  if (onlyDate) return { authors: [], date: onlyDate, outlets: [], text };
  const dated = splitTrailingDate(text);
  const head = dated ? dated.before : text;
  const date = dated?.date ?? null;
  if (BY.test(head)) {
    const { names, outlets } = splitNames(head.replace(BY, ''), registry);
    return names.length || outlets.length ? { authors: names, date, outlets, text } : null;
  }
  const { names, outlets, other } = splitNames(head, registry);
  if (other > 0 || names.length === 0 || outlets.length > 0) return null;
  return { authors: names, date, outlets: [], text };
}
