// A light sentence splitter for the garbled-text detector: splits after . ! ? before a capital or a
// digit, except after abbreviations and initials; tracks whether a sentence starts inside a quotation.
import { ABBREVIATIONS } from './lexicon.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The sentence starts inside an open quotation (quoted speech has its own fragments). */
  inQuote: boolean;
}

const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
const LAST_WORD = /([\p{L}.]+)[.!?]*["”’)\]]*\s*$/u;

export function splitSentences(paragraph: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let depth = 0;
  const push = (end: number): void => {
    const text = paragraph.slice(from, end).trim();
    if (text) out.push({ text, start: offset + from, end: offset + end, inQuote: depth > 0 });
    depth = quoteDepthAfter(paragraph.slice(from, end), depth);
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const end = m.index + m[0].trimEnd().length;
    const word = LAST_WORD.exec(paragraph.slice(from, end))?.[1].replace(/\.$/, '').toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    push(end);
    from = m.index + m[0].length;
  }
  push(paragraph.length);
  return out;
}

/** Open-quotation depth after a piece of text (curly quotes nest; straight double quotes toggle). */
function quoteDepthAfter(text: string, depth: number): number {
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth;
}
