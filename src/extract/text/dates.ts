// Publication dates in the forms news pages print them. Numeric dates are parsed here because chrono
// reads "01.02.2022" month-first, while news outside the US means 1 February; month-name forms go to chrono.
import * as chrono from 'chrono-node';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?)`;
const DATE_CORE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+\d{4}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;

/** A date (optionally with weekday and time) that ends a line: "Alex Lantier 12 February 2024". */
export const DATE_AT_END = new RegExp(String.raw`(?:^|[\s,|–—·•-]+)((?:${WEEKDAY})?${DATE_CORE}${TIME}?)\s*$`, 'i');
const DATE_PREFIX = /^(?:(?:first |last )?(?:published|updated|posted|modified|created|date|dated)(?:\s+(?:on|at))?\s*[:：\-–]?\s*)/i;
const TIME_AT_END = new RegExp(`${TIME}$`, 'i');
const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "01.02.2022" → 2022-02-01 (day first unless the second number cannot be a month); ISO dates as written. */
export function parseNumericDate(text: string): string | null {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return isoDate(+iso[1], +iso[2], +iso[3]);
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [a, b, y] = [+m[1], +m[2], +m[3]];
  return b > 12 && a <= 12 ? isoDate(y, a, b) : isoDate(y, b, a);
}

/** Results of parseDateText by input: chrono is the slowest step of text extraction, and one short line is
 * read as a meta line, a byline and a trailing date in turn (and bylines and dates recur across articles). */
const parsed = new Map<string, string | null>();
const PARSED_MAX = 4096;

/** The ISO date of a text that is a date and nothing else (an "Updated:" prefix, weekday and time allowed). */
export function parseDateText(text: string): string | null {
  const hit = parsed.get(text);
  if (hit !== undefined) return hit;
  const date = readDateText(text);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(text, date);
  return date;
}

function readDateText(text: string): string | null {
  const s = text.trim().replace(DATE_PREFIX, '').replace(/[.,;]$/, '').trim();
  if (!s || !/\d{4}/.test(s)) return null;
  const numeric = parseNumericDate(s.replace(TIME_AT_END, ''));
  if (numeric) return numeric;
  const results = chrono.parse(s, REFERENCE);
  if (results.length !== 1) return null;
  const r = results[0];
  const rest = (s.slice(0, r.index) + s.slice(r.index + r.text.length)).replace(/[\s,|–—·•-]+/g, '');
  if (rest.length > 0 || !(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) return null;
  return isoDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
}

/** Splits "Name 12 February 2024" into the text before the date and the ISO date; null when no date ends it. */
export function splitTrailingDate(text: string): { before: string; date: string; dateText: string } | null {
  const m = DATE_AT_END.exec(text);
  if (!m) return null;
  const date = parseDateText(m[1]);
  if (!date) return null;
  return { before: text.slice(0, m.index).trim(), date, dateText: m[1] };
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date from metadata (ISO, RFC 2822 from feeds, "01.02.2022", "Jan. 31, 2022") as ISO 8601; null when unreadable. */
export function normaliseDate(text: string): string | null {
  const s = text.trim();
  if (ISO_LIKE.test(s)) return parseNumericDate(s.slice(0, 10)) ? s.replace(' ', 'T') : null;
  const day = parseDateText(s);
  if (day) return day;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
