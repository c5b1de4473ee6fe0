// Rule-based sentence boundaries over tokens: terminators (. ! ? …) followed by a plausible
// sentence start, abbreviation-aware, closing quotes kept with their sentence, blank lines always
// ending a sentence, and a hard length cap so unpunctuated text stays linear.
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../tokens/abbreviations.js';
import { tokenize, type Token } from '../tokens/tokenize.js';

export interface Span {
  start: number;
  end: number;
}

/** Longest sentence in tokens: longer runs are cut so that no later stage goes super-linear. */
export const MAX_SENTENCE_TOKENS = 400;

const TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', '?!', '!?', '。', '！', '？']);
const CLOSERS: ReadonlySet<string> = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '}']);
// A line ending in one of these continues on the next line (datelines "BEIJING (AP) —", lists "a,").
const LINE_CONTINUERS: ReadonlySet<string> = new Set([',', ';', ':', '-', '—', '–', '(', '&', '/']);
const LOWER_START_RE = /^\p{Ll}/u;
const ELLIPSIS_RE = /^\.{2,}$/;

/** Last characters of every terminator (checked first: most tokens end otherwise, and need no lookup). */
function endsLikeTerminator(tok: string): boolean {
  const c = tok.charCodeAt(tok.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

function isTerminator(tok: string): boolean {
  return endsLikeTerminator(tok) && (TERMINATORS.has(tok) || ELLIPSIS_RE.test(tok) || (tok.length > 1 && tok.endsWith('.')));
}

/** Counts newlines between two offsets (stops at 2: a blank line). */
function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 2; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Whether the terminator-like token `tok` ends the sentence when `next` follows it. */
function endsSentence(tok: string, next: string): boolean {
  if (LOWER_START_RE.test(next)) return false;
  if (tok.length > 1 && tok.endsWith('.') && !ELLIPSIS_RE.test(tok)) {
    const word = tok.slice(0, -1);
    if (TITLE_ABBREVIATIONS.has(word)) return false;
    // "U.S.", "Inc.", "Jan.", initials: only a typical sentence opener shows the period doubles as a full stop.
    return SENTENCE_STARTERS.has(next);
  }
  return true;
}

/** Sentence spans over pre-computed tokens of `text`. */
export function splitSentencesFromTokens(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  const n = tokens.length;
  let first = 0;
  for (let i = 0; i < n; i++) {
    let last = i;
    let cut = i + 1 === n || i - first + 1 >= MAX_SENTENCE_TOKENS;
    if (!cut && isTerminator(tokens[i].text)) {
      while (last + 1 < n && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      cut = last + 1 === n || endsSentence(tokens[i].text, tokens[last + 1].text);
      if (!cut) last = i;
    }
    if (!cut) {
      const nl = newlinesBetween(text, tokens[i].end, tokens[i + 1].start);
      cut = nl >= 2 || (nl === 1 && !LINE_CONTINUERS.has(tokens[i].text) && !LOWER_START_RE.test(tokens[i + 1].text));
    }
    if (cut) {
      out.push({ start: tokens[first].start, end: tokens[last].end });
      first = last + 1;
      i = last;
    }
  }
  return out;
}

/** Sentence spans (character offsets into `text`). */
export function splitSentences(text: string): Span[] {
  return splitSentencesFromTokens(text, tokenize(text));
}
