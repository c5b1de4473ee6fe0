// The trivial comparison: every span in double marks is a quote, spoken by the nearest capitalised name.
import type { PredQuote } from './score.js';

const QUOTE = /[“"]([^”"\n]{1,3000})[”"]/gu;
const NAME = /\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu;
const SKIP = new Set('The A An He She They It We I But And In On At As This That Mr Mrs Ms Dr'.split(' '));

export function baselineQuotes(text: string): PredQuote[] {
  const names = [...text.matchAll(NAME)].filter((m) => !SKIP.has(m[0])).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: m[0] }));
  const out: PredQuote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[1].length;
    let best: { name: string; d: number } | null = null;
    for (const n of names) {
      if (n.end > start - 1 && n.start < end + 1) continue; // inside the quote
      const d = n.end <= start ? start - n.end : n.start - end;
      if (!best || d < best.d) best = { name: n.name, d };
    }
    out.push({ start, end, speaker: best?.name ?? null });
  }
  return out;
}
