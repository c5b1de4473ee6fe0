// Cardinals as written in news: digits, number words and their compounds.
import { NUMBER_WORDS } from './lexicon.js';

const SPLIT = /[\s-]+/;

/** "24" → 24, "twenty-four" → 24, "a couple of" → 2, "a" → 1; null when not a number. */
export function parseCardinal(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+of$/, '').trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === 'a couple' || s === 'a dozen') return NUMBER_WORDS[s.slice(2)];
  let total = 0;
  for (const w of s.split(SPLIT)) {
    const n = NUMBER_WORDS[w];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
}

/** A duration amount as TIMEX writes it: integers plain, halves turned into the next unit down by the caller. */
export const fmtAmount = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));
