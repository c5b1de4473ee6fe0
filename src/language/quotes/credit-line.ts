// Speakers named by layout rather than by a cue verb: a credit line after the quote
// (“…” ― Ana Ortiz) and a transcript label inside it ("HOLT: Well, …").
import type { Cue } from './attribution.js';
import { DASH_CREDIT, NOT_SPEAKER_LABELS, TRANSCRIPT_LABEL } from './lexicon-patterns.js';

/** How far after the closing mark a credit line may run. */
const CREDIT_REACH = 90;
/** The characters DASH_CREDIT's dash can start with (― — – -), as char codes. */
const isDash = (c: number): boolean => c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 0x2d;

/** “…” ― Ana Ortiz / “…” — Reuters: the name after a dash that follows the closing mark. */
export function dashCredit(masked: string, close: number): Cue | null {
  // DASH_CREDIT opens with blanks and a dash: most quotes fail on the first character, without a slice or a regex run.
  // Char codes, not masked[i]: a non-ASCII character is a fresh string each time (a deoptimisation in
  // code that had seen only ASCII ones), and i may reach the end.
  let i = close;
  let c = i < masked.length ? masked.charCodeAt(i) : -1;
  while (c === 32 || c === 9 || c === 0xa0) c = ++i < masked.length ? masked.charCodeAt(i) : -1;
  if (!isDash(c)) return null;
  const m = DASH_CREDIT.exec(masked.slice(close, close + CREDIT_REACH));
  if (!m) return null;
  const start = close + m[0].length - m[1].length;
  return { cue: '', cueStart: start, np: { start, end: start + m[1].length }, where: 'after', credit: true };
}

/** "HOLT: Well, …" opening a quote: the turn's speaker label, in capitals, inside the marks. */
export function transcriptLabel(text: string, innerStart: number, innerEnd: number): Cue | null {
  const m = TRANSCRIPT_LABEL.exec(text.slice(innerStart, Math.min(innerEnd, innerStart + 60)));
  if (!m || !/\p{Lu}{2}/u.test(m[1]) || m[1].toLowerCase().split(/\s+/u).some((w) => NOT_SPEAKER_LABELS.has(w))) return null;
  const start = innerStart + m[0].indexOf(m[1]);
  return { cue: '', cueStart: start, np: { start, end: start + m[1].length }, where: 'intro', credit: false };
}
