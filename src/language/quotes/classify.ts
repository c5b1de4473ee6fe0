// Decides direct / partial / scare for a span in marks, from its length, its place in the sentence
// and the cue found for it.
import type { QuoteKind } from './types.js';
import type { Cue } from './attribution.js';
import { charClass, isBlank, isSurrogate, LETTER, LETTER_OR_DIGIT } from './char-class.js';
import { LABEL_INTRODUCERS, LIMITS, SPEECH_VERBS, TITLE_SMALL_WORDS } from './lexicon.js';

const WORDS = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}-]$/u;
/** [\s,] for one code unit. */
const isTrailer = (c: number): boolean => c === 44 || isBlank(c);
const PARTICIPLE = /ing$/u; // two-word cues ("according to", "shot back") are speech too

/** Title Case words ("Meet the Town", "The Valley Ledger"): a name of a show, paper or book, not a statement. */
function isTitle(inner: string): boolean {
  const ws = inner.match(WORDS) ?? [];
  return ws.length >= 2 && ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

const WORD_STEP = /[\p{L}\p{N}]+/gu;

/**
 * How many runs of [\p{L}\p{N}] `s.slice(from, to)` holds (what /[\p{L}\p{N}]+/gu counts), read in
 * place by the character table; counting stops at `cap` (callers compare with small numbers).
 */
export function countWords(s: string, from = 0, to = s.length, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return Math.min(cap, countWordsByRegex(s.slice(from, to))); // a pair is one code point to the regex
    const w = (charClass(c) & LETTER_OR_DIGIT) !== 0;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function countWordsByRegex(s: string): number {
  let n = 0;
  WORD_STEP.lastIndex = 0;
  while (WORD_STEP.exec(s) !== null) n++;
  return n;
}

/** Word counts above this make no difference to the kind of a quote. */
const KIND_WORDS = Math.max(12, LIMITS.titleMaxWords, LIMITS.scareMaxWords) + 1;

/**
 * What /([\p{L}-]+)[\s,]*$/u captures, scanned from the end: the regex tries every start of the
 * sentence before the quote (it ran for every quote).
 */
export function lastWord(s: string): string | null {
  let q = s.length;
  while (q > 0 && isTrailer(s.charCodeAt(q - 1))) q--;
  let j = q;
  while (j > 0) {
    const c = s.charCodeAt(j - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && j >= 2 && s.charCodeAt(j - 2) >= 0xd800 && s.charCodeAt(j - 2) <= 0xdbff;
    // one code unit by the table (a lone surrogate is no letter), a pair by the regex
    if (pair ? !WORD_CHAR.test(s.slice(j - 2, j)) : !(c === 45 || (charClass(c) & LETTER) !== 0)) break;
    j -= pair ? 2 : 1;
  }
  return j < q ? s.slice(j, q) : null;
}

export interface KindInput {
  inner: string;
  /** Sentence text before the opening mark (quotes blanked). */
  before: string;
  cue: Cue | null;
}

export function classify({ inner, before, cue }: KindInput): QuoteKind {
  const words = countWords(inner, 0, inner.length, KIND_WORDS);
  const prev = lastWord(before)?.toLowerCase() ?? '';
  if (LABEL_INTRODUCERS.has(prev) && words <= 12) return 'scare';
  const startsSentence = before.trim() === '' || /[:]\s*$/u.test(before) || (cue?.where === 'intro');
  const speech = cue !== null && cue.cue !== '' && (cue.cue.includes(' ') || SPEECH_VERBS.has(cue.cue.toLowerCase()) || PARTICIPLE.test(cue.cue));
  const attached = cue !== null && cue.where !== 'later';
  if (words === 1 && !startsSentence) return 'scare';
  if (!startsSentence && words <= LIMITS.titleMaxWords && isTitle(inner)) return 'scare'; // on KXYZ’s “Meet the Town,” Lee said
  if (words <= LIMITS.scareMaxWords && !(speech && attached && (cue?.np || startsSentence))) return 'scare';
  if (startsSentence) return 'direct';
  return 'partial';
}
