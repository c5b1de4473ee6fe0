// Loaded/evaluative words, hedges and attribution verbs in one segment, from the documented lists
// in data/lexicons/framing/ (one alternation regex per list, compiled once).
import { compareLexicon } from './lexicon.js';
import type { Segment } from './framing-segments.js';

export interface WordHit {
  kind: 'loaded' | 'hedge' | 'attribution';
  /** loaded: negative/positive/intensifier; attribution: neutral/assertive/admission/doubt/emotive/positive; hedge: 'hedge'. */
  category: string;
  /** The lexicon entry (attribution: the verb's lemma). */
  term: string;
  text: string;
  start: number;
  end: number;
}

interface Matcher {
  re: RegExp;
  info: Map<string, { kind: WordHit['kind']; category: string; term: string }>;
}

let matcher: Matcher | null = null;

const ESCAPE_RE = /[.*+?^${}()|[\]\\]/gu;

function build(): Matcher {
  const lex = compareLexicon();
  const info: Matcher['info'] = new Map();
  for (const cat of ['negative', 'positive', 'intensifier'] as const) for (const w of lex.loaded[cat]) info.set(w, { kind: 'loaded', category: cat, term: w });
  for (const w of lex.hedges) info.set(w, { kind: 'hedge', category: 'hedge', term: w });
  for (const [lemma, v] of Object.entries(lex.attribution)) for (const f of v.forms) if (!info.has(f)) info.set(f, { kind: 'attribution', category: v.class, term: lemma });
  const alts = [...info.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(ESCAPE_RE, '\\$&'));
  return { re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), info };
}

/** Hits over the segment's own words (blanked quotes in narration are never matched). */
export function findWords(seg: Segment): WordHit[] {
  matcher ??= build();
  const out: WordHit[] = [];
  for (const m of seg.masked.matchAll(matcher.re)) {
    const i = matcher.info.get(m[0].toLowerCase());
    if (i) out.push({ ...i, text: seg.text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
