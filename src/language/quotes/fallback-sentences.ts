// A small sentence splitter used when the caller passes no sentences (the real splitter lives in
// language/sentences). Breaks at line ends and at . ! ? before a capital, skipping abbreviations.
import type { Span } from './types.js';

const BOUNDARY = /[.!?]+['"”’)\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])|\n+/gu;
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|vs|etc|Inc|Corp|Co|Ltd|Mt|Ft)|\b\p{Lu}|\b(?:\p{L}\.){1,3}\p{L})\.$/u;

export function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 12), at + 1))) continue;
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return out;

  function push(s: number, e: number): void {
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
}
