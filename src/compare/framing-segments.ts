// The stretches of an article that framing reads: its title and body narration (the outlet's own
// words, with quoted material blanked out) and the quoted material (the sources' words), each as
// words with offsets into the text they come from. Also the tests phrase finders share.
import { quotedSpans } from './claims.js';
import { compareLexicon } from './lexicon.js';
import { words, type Word } from './terms.js';
import type { CompareArticle, CompareEntity, Span } from './types.js';

export interface Segment {
  /** 'title' offsets index the title; the others index the article text. */
  where: 'title' | 'narration' | 'quote';
  text: string;
  /** The text with everything outside this segment blanked (same offsets). */
  masked: string;
  words: Word[];
  entities: CompareEntity[];
}

const SENTENCE_END_RE = /[.!?:"“”‘’'—–-]\s*$/u;
const UPPER_RE = /^\p{Lu}/u;
const NOT_NEWLINE_RE = /[^\n]/g; // no u flag: one UTF-16 unit per match, as offsets count

/** The text with the spans (keepInside false) or all but the spans (true) blanked, newlines kept: same offsets. */
function blank(text: string, spans: readonly Span[], keepInside: boolean): string {
  const inside = new Uint8Array(text.length);
  for (const s of spans) inside.fill(1, s.start, s.end);
  // Runs of kept and blanked UTF-16 units are copied or blanked whole instead of char by char.
  let out = '';
  for (let i = 0; i < text.length; ) {
    const keep = Boolean(inside[i]) === keepInside;
    const next = inside.indexOf(inside[i] ? 0 : 1, i);
    const j = next < 0 ? text.length : next;
    const run = text.slice(i, j);
    out += keep ? run : run.replace(NOT_NEWLINE_RE, ' ');
    i = j;
  }
  return out;
}

export function segmentsOf(article: CompareArticle): Segment[] {
  const quoted = quotedSpans(article);
  const out: Segment[] = [];
  if (article.title) out.push({ where: 'title', text: article.title, masked: article.title, words: words(article.title), entities: [] });
  const narration = blank(article.text, quoted, false);
  out.push({ where: 'narration', text: article.text, masked: narration, words: words(narration), entities: article.entities });
  if (quoted.length) {
    const inside = blank(article.text, quoted, true);
    out.push({ where: 'quote', text: article.text, masked: inside, words: words(inside), entities: article.entities });
  }
  return out;
}

/** Whether two words are adjacent in the text with only spaces (or parentheses, if allowed) between. */
export function joined(text: string, a: Word, b: Word, parens = false): boolean {
  const gap = text.slice(a.end, b.start);
  return parens ? /^[\s()]*$/u.test(gap) : /^\s*$/u.test(gap);
}

export function isCapitalised(w: Word): boolean {
  return UPPER_RE.test(w.text);
}

/** Whether the word opens a sentence (its capital says nothing about being a name). */
export function opensSentence(text: string, w: Word): boolean {
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  return w.start === 0 || /^\s*$/u.test(text.slice(0, w.start)) || SENTENCE_END_RE.test(before) || /\n\s*$/u.test(before);
}

export function entityCovering(seg: Segment, w: Word): CompareEntity | null {
  for (const e of seg.entities) if (e.start <= w.start && e.end >= w.end) return e;
  return null;
}

/** The country or place a word names, if any: countries, capitals and demonyms, or a GPE/LOC entity. */
export function placeOf(seg: Segment, w: Word): string | null {
  const lex = compareLexicon();
  const bare = w.text.replace(/['’]s$/u, '');
  if (lex.countries.has(bare)) return bare;
  const viaName = lex.demonymOf.get(bare) ?? lex.capitalOf.get(bare);
  if (viaName) return viaName;
  const e = entityCovering(seg, w);
  if (e && (e.type === 'GPE' || e.type === 'LOC')) return e.text.replace(/^the\s+/iu, '').replace(/['’]s$/u, '');
  return null;
}
