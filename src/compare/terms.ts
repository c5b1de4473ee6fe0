// Content terms of a stretch of text: words lowercased, stop words dropped, stemmed (Porter, npm
// `stemmer`) and folded through the synonym table, so "soldiers"/"troops" or "scenario"/"situation"
// meet. Numbers become "#<value>" terms. Word offsets are kept for the finders that need them.
import { stemmer } from 'stemmer';
import { compareLexicon } from './lexicon.js';

export interface Word {
  text: string;
  /** Lowercased, possessive "'s" and curly apostrophes folded. */
  lower: string;
  start: number;
  end: number;
}

// Letters/digits joined by inner hyphens, apostrophes, and digit group separators ("106,000", "6.4").
const WORD_RE = /[\p{L}\p{N}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*|%/gu;
const NUMBER_RE = /^\d[\d,]*(?:\.\d+)?$/u;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  // exec over the shared regex, and the apostrophe folds only when present: this runs on every text.
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const start = offset + m.index;
    let lower = m[0].toLowerCase();
    if (lower.includes('’')) lower = lower.replaceAll('’', "'");
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    out.push({ text: m[0], lower, start, end: start + m[0].length });
  }
  return out;
}

export function parseNumber(s: string): number | null {
  if (!NUMBER_RE.test(s)) return null;
  const v = Number(s.replace(/,/gu, ''));
  return Number.isFinite(v) ? v : null;
}

// Weekdays and months: within a story most claims share the day, so they weigh like names when
// counting shared evidence (align.ts sharedTerms).
const CALENDAR_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
let calendar: Set<string> | null = null;

/** Whether an alignment term is a weekday or month name. */
export function isCalendarTerm(term: string): boolean {
  calendar ??= new Set(CALENDAR_WORDS.map((w) => termOf(w)).filter((t): t is string => t !== null));
  return calendar.has(term);
}

let foldMap: Map<string, string> | null = null;

/** Stem → the stem of its synonym group's first word. */
function folds(): Map<string, string> {
  if (foldMap) return foldMap;
  foldMap = new Map();
  for (const group of compareLexicon().synonymGroups) {
    const head = stemmer(group[0]);
    for (const w of group) if (!w.includes(' ')) foldMap.set(stemmer(w), head);
  }
  return foldMap;
}

// Word → folded stem, memoised: news vocabularies are small next to their token counts.
const stems = new Map<string, string>();

/** Stem with synonyms folded, for any word (stop words included): used to match lexicon entries. */
export function foldedStem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    const stem = stemmer(lower);
    s = folds().get(stem) ?? stem;
    if (stems.size < 200_000) stems.set(lower, s);
  }
  return s;
}

/** The alignment term of one lowercased word, or null for stop words and one-letter tokens. */
export function termOf(lower: string): string | null {
  const n = parseNumber(lower);
  if (n !== null) return `#${n}`;
  if (lower.length < 2 || compareLexicon().stopwords.has(lower)) return null;
  return foldedStem(lower);
}

/** Bag of content terms; hyphenated words also count their parts ("rock-solid" → rock, solid). */
export function contentTerms(ws: readonly Word[]): Map<string, number> {
  const bag = new Map<string, number>();
  const add = (t: string | null) => {
    if (t) bag.set(t, (bag.get(t) ?? 0) + 1);
  };
  for (const w of ws) {
    if (w.lower.includes('-') && parseNumber(w.lower) === null) for (const part of w.lower.split('-')) add(termOf(part));
    else add(termOf(w.lower));
  }
  return bag;
}
