// Temporal expressions in news text: chrono-node with news parsers and refiners, run only on the windows
// a cheap pre-filter finds, values normalised to TimeML TIMEX3 against the publication date.
//
// Without a publication date, absolute dates keep their value; relative ones get what the text states
// ("October" → XXXX-10, "Friday" → XXXX-WXX-5) or a reference word ("last month" → PAST_REF).
import type { ParsedResult } from 'chrono-node';
import type { DateRef } from '../../model/article.js';
import { createNewsChrono } from './news-chrono.js';
import { candidateWindows } from './prefilter.js';
import { referenceFrom } from './reference.js';
import type { Reference } from './reference.js';
import { resultValue, valueIgnoresMove } from './result-value.js';
import type { DateFinding, NewsOption } from './timex.js';
import { WindowMemory, type WindowFinding } from './window-memory.js';

export type { DateFinding, TimexType } from './timex.js';

const engine = createNewsChrono();
const QUARTER_TALK = /\bquarter/i;
const NAMED_QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/i;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
/** Findings of windows already parsed (null: every window parsed, as the speed bench measures novel text). */
let memory: WindowMemory | null = new WindowMemory();

/** Starts the memory of parsed windows afresh, or turns it off (`enabled: false`). */
export function resetDateMemory(opts: { enabled?: boolean } = {}): void {
  memory = opts.enabled === false ? null : new WindowMemory();
}

export function findDates(text: string, context: { published: string | null }): DateFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = referenceFrom(context.published ?? null);
  const option: NewsOption = { ref, focusQuarter: focusQuarterOf(text, ref) };
  const found: DateFinding[] = [];
  // One reference instant per article (chrono only reads it); the stand-in's made when first needed.
  const refDate = noonOf(ref);
  const other = { date: null as Date | null };
  for (const [start, end] of candidateWindows(text)) {
    const window = text.slice(start, end);
    // The quarter in focus is the only option state a parse reads; it changes between windows only.
    const key = memory === null ? '' : WindowMemory.key(window, ref, option.focusQuarter);
    let findings = memory?.get(key);
    if (findings === undefined) {
      findings = parseWindow(window, ref, refDate, option, other);
      memory?.set(key, findings);
    }
    for (const f of findings) {
      const s = start + f.index;
      found.push({ text: f.text, start: s, end: s + f.text.length, value: f.value, type: f.type });
      // "the quarter" further on means the quarter the report last named.
      const named = NAMED_QUARTER.test(f.text) ? QUARTER_VALUE.exec(f.value) : null;
      if (named) option.focusQuarter = { y: +named[1], q: +named[2] };
    }
  }
  return found;
}

/** The dates of one window, at their offsets in it; `other.date` is the second stand-in's instant, made when first needed. */
function parseWindow(window: string, ref: Reference, refDate: Date, option: NewsOption, other: { date: Date | null }): WindowFinding[] {
  const results = parseSafely(window, refDate, option);
  // Without a publication date, a second parse against another stand-in day shows which chrono
  // results depend on the reference ("yesterday"): their value becomes PAST_REF and the like.
  // A window without results, or whose results' values do not depend on it, needs no second parse.
  const moved = ref.known || results.every(valueIgnoresMove) ? null : movedResults(results, parseSafely(window, (other.date ??= noonOf(OTHER_STAND_IN)), { ...option, ref: OTHER_STAND_IN }));
  return results.map((r) => {
    const { value, type } = resultValue(r, ref, moved?.has(r) ?? false);
    return { index: r.index, text: r.text, value, type };
  });
}

const OTHER_STAND_IN: Reference = { y: 2003, m: 3, d: 20, known: false };

/** Noon local time: chrono works in local time and the day must not shift. */
const noonOf = (ref: Reference): Date => new Date(ref.y, ref.m - 1, ref.d, 12);

function parseSafely(window: string, refDate: Date, option: NewsOption): ParsedResult[] {
  try {
    return engine.parse(window, refDate, option);
  } catch {
    return []; // a chrono failure on odd input costs this window only
  }
}

const dayKey = (x: ParsedResult): string => ['year', 'month', 'day'].map((c) => x.start.get(c as 'year')).join('-');

/** Results whose date changes with the reference day. */
function movedResults(first: ParsedResult[], second: ParsedResult[]): Set<ParsedResult> {
  const moved = new Set<ParsedResult>();
  for (const r of first) {
    const twin = second.find((o) => o.index === r.index && o.text === r.text);
    if (!twin || dayKey(twin) !== dayKey(r)) moved.add(r);
  }
  return moved;
}

/** The dates as the shared article schema stores them. */
export function findDateRefs(text: string, context: { published: string | null }): DateRef[] {
  return findDates(text, context).map(({ text: t, start, end, value }) => ({ text: t, start, end, value }));
}

/** Business reports speak of "the quarter": at first the last one completed before publication. */
function focusQuarterOf(text: string, ref: Reference): NewsOption['focusQuarter'] {
  if (!ref.known || !QUARTER_TALK.test(text)) return null;
  const q = Math.ceil(ref.m / 3) - 1;
  return q === 0 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q };
}
