// The date of an event: the date expression governing the trigger's clause, else the publication
// date for a narrated (not future or intended) event, else none.
import { DETERMINERS, NON_GOVERNING_DATE_CUES } from './grammar-words.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceView } from './sentence-view.js';
import type { DateSource } from './types.js';

export interface ResolvedDate {
  /** Null with source 'stated' when the governing expression has no calendar value ("Tuesday" without a publication date). */
  date: string | null;
  source: DateSource;
  /** Character span of the governing date expression, when stated. */
  span: { start: number; end: number } | null;
}

const CALENDAR_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?/;
const LOWER_WORD_RE = /^\p{Ll}/u;
const NO_DATE_TYPES: ReadonlySet<string> = new Set(['DURATION', 'SET']);

/** The calendar part of a TIMEX3 value ("2022-01-27T10:00" → "2022-01-27"); null for PAST_REF, XXXX-10, P3Y… */
export function calendarValue(value: string): string | null {
  const m = CALENDAR_RE.exec(value);
  if (!m) return null;
  const rest = value.slice(m[0].length);
  if (rest !== '' && !rest.startsWith('T')) return null;
  return m[0];
}

/** A date in a modifier slot ("the 1991 dissolution") dates only the noun it modifies. */
function modifierOf(v: SentenceView, first: number, last: number): number | null {
  // No reads before the start or past the end (undefined either way; in optimised code a deoptimisation).
  const before = first > 0 ? v.lower[first - 1] : undefined;
  const after = last + 1 < v.tokens.length ? v.tokens[last + 1] : undefined;
  if (before === undefined || !DETERMINERS.has(before) || !after || !LOWER_WORD_RE.test(after.text)) return null;
  return last + 1;
}

export function resolveDate(v: SentenceView, trig: Trigger, published: string | null): ResolvedDate {
  let best: { value: string | null; start: number; end: number } | null = null;
  let bestDist = Infinity;
  for (const d of v.dates) {
    if (d.item.type && NO_DATE_TYPES.has(d.item.type)) continue;
    const value = calendarValue(d.item.value);
    if (NON_GOVERNING_DATE_CUES.has(v.lower[d.first - 1] ?? '')) continue;
    const modified = modifierOf(v, d.first, d.last);
    if (modified !== null && !(trig.first >= modified && trig.first - modified <= 3)) continue; // dates another noun
    if (v.quoted[d.first] !== v.quoted[trig.first]) continue;
    const dist = d.first > trig.last ? d.first - trig.last : trig.first - d.last;
    if (dist < bestDist) { best = { value, start: d.item.start, end: d.item.end }; bestDist = dist; }
  }
  if (best) return { date: best.value, source: 'stated', span: { start: best.start, end: best.end } };
  const pub = published ? calendarValue(published) : null;
  if (pub && !trig.irrealis) return { date: pub, source: 'published', span: null };
  return { date: null, source: 'none', span: null };
}
