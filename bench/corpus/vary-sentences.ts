// Sentence-level variation of one event's text: some sentences dropped, some moved within their
// paragraph, decided once per event and template so all articles of the event agree. Boundaries
// inside quotations are not split, and sentences that lean on the one before (a pronoun or a
// connective first) are never moved, dropped or separated from their antecedent.
import type { Random } from './seeded-random.js';

const DROP = 0.3;
const MOVE = 0.25;
/** First words that refer back to the previous sentence. */
const LEANS_BACK = /^["“‘]?(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|And|So|Yet|Then|Meanwhile|Even|Also|Several|Some|Two|Both|Others|Another)\b/;
const BOUNDARY = /(?<=[.!?]["”’]?) +(?=["“‘]?[A-Z])/g;

/** Splits at sentence ends outside quotations. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const piece = paragraph.slice(from, m.index);
    if (insideQuote(paragraph.slice(0, m.index))) continue;
    out.push(piece);
    from = m.index + m[0].length;
  }
  out.push(paragraph.slice(from));
  return out;
}

function insideQuote(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“‘]/g) ?? []).length;
  const close = (before.match(/”|’(?!\w)/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** Units that stay together: a sentence and the ones that lean on it. */
function units(sentences: string[]): string[][] {
  const out: string[][] = [];
  for (const s of sentences) {
    if (out.length > 0 && LEANS_BACK.test(s)) out[out.length - 1].push(s);
    else out.push([s]);
  }
  return out;
}

/** The paragraphs with the event's sentence choices; a paragraph keeps at least one unit. */
export function varySentences(paragraphs: readonly string[], rng: Random): string[] {
  return paragraphs.map((p) => {
    let us = units(splitSentences(p));
    if (us.length > 1) us = us.filter((u, i) => i === 0 || !rng.chance(DROP));
    if (us.length > 2 && rng.chance(MOVE)) {
      const i = rng.int(1, us.length - 1);
      const [u] = us.splice(i, 1);
      us.splice(rng.int(1, us.length), 0, u);
    }
    return us.flat().join(' ');
  });
}
