// Chrono's time parser (ENTimeExpressionParser) reads most numbers of up to two digits as clock times
// ("12 people" → 12:00), and the results then pass through all of chrono's refiners before the
// filters drop them. In a window that is not clock-shaped (lexicon.ts CLOCK_SHAPED) its results are at
// most "12", "2.50", "at 12", "12 a", "9-14" or "9 to 5": chrono's UnlikelyFormatFilter drops the bare
// numbers and the news filter the rest (NUMBER_LIKE, after the trim). Before that they can only change
// other results by touching them: a merge ("Monday at 12", "Jan. 5 - 12"), an overlap, or a time zone
// after the number ("12 EST"). So the parser need not run when no number it can read lies near a
// result of the other parsers. Hand-written because chrono has no such shortcut (chrono-node 2.10).
import type { ParsingResult } from 'chrono-node';
import { CLOCK_SHAPED, TIME_RANGE_AFTER } from './lexicon.js';
import { isZoneAbbr } from './refiners/timezone-abbr-guard.js';
import { isTimexResult } from './timex.js';

/**
 * Non-space characters that may lie between a number and another result while the two can still
 * interact, with room to spare: the time parser's own text around the number ("from", ".30", "- 14.30",
 * "a"), the longest connector a merge allows ("through"), and what refiners add to a result before the
 * filters run: a zone offset ("(GMT+05:00)"), a zone name ("(EST)"), a year suffix ("2012 BC"), "last day of the".
 */
const RADIUS = 48;
const DIGITS = /\d+/g;
const SPACE = /\s/;
const PREFIX_END = /(?:at|from)$/i;
const A_AFTER = /\s*a(?!\w)/iy;
const MINUTES_AFTER = /\.\d\d/y;
/** Chrono's TIMEZONE_NAME_PATTERN (ExtractTimezoneAbbrRefiner), read where a number ends. */
const ZONE_AT = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;

/** Whether the window is clock-shaped: then the time parser always runs. */
export const isClockShaped = (text: string): boolean => CLOCK_SHAPED.test(text);

/**
 * Whether the time parser's results could change the parse of a window that is not clock-shaped:
 * a number it can read as an hour lies near or inside a result of the other parsers (`found`; the news
 * parsers' own results are set aside before chrono's refiners and never meet them), or a number is
 * followed by a time zone name.
 */
export function numbersMatter(text: string, found: readonly ParsingResult[]): boolean {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    // A zone name after any number may end a result ("9 - 930 EST"); then only numbers that can
    // start one count. The parser's prefix ("at", "from") and suffix ("a") are within RADIUS.
    const start = m.index;
    const end = start + m[0].length;
    if (zoneAt(text, end)) return true;
    A_AFTER.lastIndex = end;
    if (A_AFTER.test(text) && zoneAt(text, A_AFTER.lastIndex)) return true;
    if (!mayStartTime(text, m[0], start, end)) continue;
    for (const r of found) if (!isTimexResult(r) && near(text, start, end, r)) return true;
  }
  return false;
}

/**
 * Whether a run of digits can start one of the time parser's results (its hour is the whole run):
 * up to two digits make an hour up to 24, but one digit alone ("5") is dropped unless "at"/"from",
 * minutes (".30"), an "a" or a range ("- 7") go with it; three or four digits ("930", "2024") only with
 * an "a" or a range ("0012" is read as 12).
 */
function mayStartTime(text: string, digits: string, start: number, end: number): boolean {
  if (digits.length > 4) return false;
  const n = +digits;
  if (digits.length === 2 && n <= 24) return true;
  if (digits.length === 1 && prefixBefore(text, start)) return true;
  if (digits.length === 1 && (MINUTES_AFTER.lastIndex = end, MINUTES_AFTER.test(text))) return true;
  if (digits.length >= 3 && n <= 100) return true;
  A_AFTER.lastIndex = end;
  if (A_AFTER.test(text)) return true;
  TIME_RANGE_AFTER.lastIndex = end;
  return TIME_RANGE_AFTER.test(text);
}

/** Whether "at" or "from" and any white space come right before `at` (the time parser's prefix). */
function prefixBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  return PREFIX_END.test(text.slice(Math.max(0, i - 4), i));
}

function zoneAt(text: string, at: number): boolean {
  ZONE_AT.lastIndex = at;
  const m = ZONE_AT.exec(text);
  return m !== null && isZoneAbbr(m[1].toUpperCase());
}

function near(text: string, start: number, end: number, r: ParsingResult): boolean {
  const rs = r.index, re = r.index + r.text.length;
  if (end <= rs) return fewNonSpace(text, end, rs);
  if (start >= re) return fewNonSpace(text, re, start);
  return true;
}

/** Whether text[from, to) holds at most RADIUS characters other than white space (\s). */
function fewNonSpace(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i]))) continue;
    if (++n > RADIUS) return false;
  }
  return true;
}
