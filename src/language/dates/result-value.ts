// Turns one chrono result into a TIMEX3 value, only as precise as the expression:
// certain hour → time, certain day or weekday → day, certain month → month, certain year → year.
import type { ParsedResult } from 'chrono-node';
import { DAY_PARTS } from './lexicon.js';
import type { Day, Reference } from './reference.js';
import { fmtDay, fmtMonth, fmtTime, fmtYear } from './reference.js';
import { refDirection } from './periods.js';
import { timexOf } from './timex.js';
import type { TimexType } from './timex.js';

const NOW = /^(right\s+)?now$/i;
const PART_AT_END = /\b(morning|afternoon|evening|night)$/i;

/** `relative`: the result's date moved with the reference (only checked when the reference is unknown). */
export function resultValue(r: ParsedResult, ref: Reference, relative = false): { value: string; type: TimexType } {
  const own = timexOf(r);
  if (own) return own;
  if (NOW.test(r.text)) return { value: 'PRESENT_REF', type: 'DATE' };
  const c = r.start;
  const day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  const anyDate = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year');
  if (!ref.known && (relative || !c.isCertain('year'))) return unanchored(r, ref, day, relative);
  if (c.isCertain('hour')) return { value: fmtTime(day, c.get('hour')!, c.get('minute') ?? 0), type: 'TIME' };
  const part = PART_AT_END.exec(r.text.trim());
  if (part && (c.isCertain('weekday') || c.isCertain('day'))) {
    return { value: `${fmtDay(day)}T${DAY_PARTS[part[1].toLowerCase()]}`, type: 'TIME' };
  }
  if (c.isCertain('day') || c.isCertain('weekday') || !anyDate) return { value: fmtDay(day), type: 'DATE' };
  if (c.isCertain('month')) return { value: fmtMonth(day.y, day.m), type: 'DATE' };
  return { value: fmtYear(day.y), type: 'DATE' };
}

/**
 * Whether `resultValue` gives the same value whatever `relative` is: a TIMEX-tagged result, "now", or,
 * without a certain year, a weekday or a month (their unanchored value is what the text states).
 */
export function valueIgnoresMove(r: ParsedResult): boolean {
  if (timexOf(r) !== null || NOW.test(r.text)) return true;
  const c = r.start;
  return !c.isCertain('year') && (c.isCertain('month') || (c.isCertain('weekday') && !c.isCertain('day')));
}

const date = (value: string): { value: string; type: TimexType } => ({ value, type: 'DATE' });

/** Without a publication date: keep what the text states, replace the rest by X or a reference word. */
function unanchored(r: ParsedResult, ref: Reference, day: Day, relative: boolean): { value: string; type: TimexType } {
  const c = r.start;
  const direction = date(refDirection(Math.sign(Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(ref.y, ref.m - 1, ref.d))));
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  const monthNoYear = c.isCertain('month') && !c.isCertain('year');
  // "yesterday", "two weeks ago": moved with the stand-in reference, so only the direction is known.
  if (relative && !weekdayOnly && !monthNoYear) return direction;
  const mm = String(day.m).padStart(2, '0');
  if (c.isCertain('month')) return date(c.isCertain('day') ? `XXXX-${mm}-${String(day.d).padStart(2, '0')}` : `XXXX-${mm}`);
  if (weekdayOnly) return date(`XXXX-WXX-${((c.get('weekday')! + 6) % 7) + 1}`);
  return direction;
}
