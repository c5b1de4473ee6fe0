// Normalises metadata and visible dates to ISO 8601, rejecting implausible years.
import * as chrono from 'chrono-node';

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const YEAR_RE = /\b(?:19|20)\d{2}\b/;
const MIN_YEAR = 1900;
/** Clock skew and time zones: allow dates up to two days ahead of now. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

function plausible(year: number, month: number, day: number, now: Date): boolean {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return false;
  return date.getTime() <= now.getTime() + FUTURE_SLACK_MS;
}

/** ISO 8601 date ("2024-03-03") or date-time ("2024-03-03T09:30:00Z"), or null when not a plausible date. */
export function normaliseDate(raw: string | null | undefined, now = new Date()): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text) return null;
  const iso = ISO_RE.exec(text) ?? COMPACT_RE.exec(text);
  if (iso) return fromParts(iso, now);
  const slash = SLASH_YMD_RE.exec(text);
  if (slash) return fromParts(slash, now);
  return fromFreeText(text, now);
}

function fromParts(m: RegExpExecArray, now: Date): string | null {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!plausible(year, month, day, now)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return date;
  const local = `${date}T${pad(h)}:${pad(min)}:${pad(s)}`;
  const zone = m[7];
  if (!zone) return local;
  const parsed = new Date(`${local}${zone.toUpperCase() === 'Z' ? 'Z' : normaliseZone(zone)}`);
  return Number.isNaN(parsed.getTime()) ? local : parsed.toISOString().replace('.000Z', 'Z');
}

function normaliseZone(zone: string): string {
  const digits = zone.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/** "3 March 2024", "March 3, 2024 10:15 AM": chrono, but only when year, month and day are all stated. */
function fromFreeText(text: string, now: Date): string | null {
  // Relative words ("yesterday") resolve against now: only a stated year makes a publication date.
  if (text.length > 200 || !YEAR_RE.test(text)) return null;
  const results = chrono.parse(text, now);
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const [y, mo, d] = [s.get('year')!, s.get('month')!, s.get('day')!];
    if (!plausible(y, mo, d, now)) continue;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (!s.isCertain('hour')) return date;
    return `${date}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}:00`;
  }
  return null;
}
