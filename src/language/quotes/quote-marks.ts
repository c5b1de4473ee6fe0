// Finds spans in quotation marks: straight, curly, British single, guillemets; tells apostrophes
// from single marks; joins multi-paragraph quotes. Hand-written: no maintained JS library pairs
// news quote marks with apostrophes and paragraph conventions. One linear pass, bounded memory.
import { LIMITS } from './lexicon.js';
import { TRANSCRIPT_LABEL } from './lexicon-patterns.js';

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the text kept when it never closes). */
  close: number;
  innerStart: number;
  innerEnd: number;
  family: MarkFamily;
  closed: boolean;
  /** Paragraphs the quote runs over (2+ for the "opening mark repeated, no closing mark" convention). */
  paragraphs: number;
}

interface Open {
  family: MarkFamily;
  at: number;
  paragraphs: number;
}

const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPEN_CONTEXT = /[\s([{“"‘'«―—–\-/:;>]/u;
const ELISION = /^(?:\d\ds?|n['’]|em\b|til\b|cause\b|tis\b|twas\b)/iu;
const TERMINAL = /[.!?:"”’»]\s*$/u;
const MAX_DEPTH = 4;
const STRAY_REACH = 60;

const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);

/** Offsets of ’ or ' that could close a single quote (not between letters), to look ahead in O(1). */
function lastSingleClosers(text: string): Int32Array {
  // next[i] = index of the next closing-capable single mark at or after i within the same line, else -1.
  const next = new Int32Array(text.length + 1).fill(-1);
  let nxt = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') nxt = -1;
    else if ((c === '’' || c === "'") && !isSpace(text[i - 1]) && !isAlnum(text[i + 1])) nxt = i;
    next[i] = nxt;
  }
  return next;
}

/** straightAhead[i] = 1 when a straight double mark follows i within the same line (one backward pass). */
function straightMarksAhead(text: string): Uint8Array {
  const ahead = new Uint8Array(text.length + 1);
  let seen = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') seen = 0;
    else if (c === '"') seen = 1;
    ahead[i] = seen;
  }
  return ahead;
}

/** Scans `text` and returns depth-0 quoted spans in order. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const nextCloser = lastSingleClosers(text);
  const straightAhead = straightMarksAhead(text);
  let stack: Open[] = [];

  const emit = (o: Open, closeAt: number, closed: boolean): void => {
    if (stack.length > 0) return; // nested quotes belong to the outer statement
    const innerStart = o.at + 1;
    let innerEnd = closed ? closeAt : closeAt;
    while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
    if (innerEnd <= innerStart) return;
    out.push({ open: o.at, close: closed ? closeAt + 1 : innerEnd, innerStart, innerEnd, family: o.family, closed, paragraphs: o.paragraphs });
  };
  const closeTo = (idx: number, at: number): void => {
    const o = stack[idx];
    stack = stack.slice(0, idx);
    emit(o, at, true);
  };
  const topIndex = (family: MarkFamily): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
    return -1;
  };
  const push = (family: MarkFamily, at: number): void => {
    if (stack.length < MAX_DEPTH) stack.push({ family, at, paragraphs: 1 });
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      i = endOfLine(text, i, stack, emitUnclosed) - 1;
      continue;
    }
    if (stack.length > 0 && i - stack[0].at > LIMITS.maxQuoteChars) stack = []; // give up on a stale opener
    const prev = text[i - 1];
    const next = text[i + 1];
    switch (c) {
      case '“':
      case '„': {
        const k = topIndex('double');
        if (k >= 0 && !isSpace(prev)) closeTo(k, i); // “ misused as a closing mark
        else {
          // a curly quote inside a straight one that closes in this paragraph nests ("… the question: “…” Most said yes.");
          // else the old one never closed
          if (k >= 0 && !(text[stack[k].at] === '"' && straightAhead[i] === 1)) restartDouble(k, i);
          push('double', i);
        }
        break;
      }
      case '”': {
        const k = topIndex('double');
        if (k >= 0) closeTo(k, i);
        else if (isSpace(prev) && isAlnum(next)) push('double', i); // ” misused as an opening mark
        else if (stack.length === 0) extendLast(i);
        break;
      }
      case '"': {
        const k = topIndex('double');
        const opens = (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next);
        if (k >= 0) closeTo(k, i);
        else if (opens) push('double', i);
        break;
      }
      case '«':
        push('guillemet', i);
        break;
      case '»': {
        const k = topIndex('guillemet');
        if (k >= 0) closeTo(k, i);
        break;
      }
      case '‘':
      case "'":
      case '’':
        single(c, i, prev, next);
        break;
    }
  }
  emitUnclosed(text.length);
  return out;

  function extendLast(i: number): void {
    // A stray closing mark shortly after a closed quote, same line, no mark between: the quote ran on.
    const q = out[out.length - 1];
    if (!q || q.family !== 'double' || i - q.close > STRAY_REACH || /[\n“”"«»]/u.test(text.slice(q.close, i))) return;
    out[out.length - 1] = { ...q, close: i + 1, innerEnd: i };
  }

  function restartDouble(k: number, at: number): void {
    // A new opening mark after a space while a double quote is open: the old one never closed.
    const o = stack[k];
    stack = stack.slice(0, k);
    emit(o, at, false);
  }

  function single(c: string, i: number, prev: string | undefined, next: string | undefined): void {
    if (isAlnum(prev) && isAlnum(next)) return; // Russia’s, don’t
    const k = topIndex('single');
    const canOpen = c !== '’' && (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next) && !ELISION.test(text.slice(i + 1, i + 5));
    const canClose = c !== '‘' && !isSpace(prev) && !isAlnum(next);
    if (canClose && k >= 0) {
      // sides’ future: a plural possessive when a later mark can still close the quote
      const possessive = (prev === 's' || prev === 'S') && next === ' ' && /[\p{Ll}\p{N}]/u.test(text[i + 2] ?? '') && nextCloser[i + 1] > i;
      if (!possessive) closeTo(k, i);
      return;
    }
    if (canOpen) push('single', i);
  }

  function emitUnclosed(at: number): void {
    // Unclosed double/guillemet quotes end where the paragraph ends; unclosed singles were apostrophes.
    const first = stack.find((o) => o.family !== 'single');
    stack = [];
    if (first) emit(first, at, false);
  }
}

/**
 * Handles a line break at `nl` with quotes open: joins a quote whose next paragraph reopens with the
 * same mark, keeps a soft-wrapped line going, else ends the open quotes. Returns where to resume.
 */
function endOfLine(text: string, nl: number, stack: Open[], emitUnclosed: (at: number) => void): number {
  if (stack.length === 0) return nl + 1;
  let j = nl;
  let blank = false;
  let seenNl = 0;
  while (j < text.length && SPACE.test(text[j])) {
    if (text[j] === '\n' && ++seenNl > 1) blank = true;
    j++;
  }
  const base = stack[0];
  const reopen = text[j];
  const sameFamily =
    (base.family === 'double' && (reopen === '“' || reopen === '"')) || (base.family === 'guillemet' && reopen === '«') || (base.family === 'single' && (reopen === '‘' || reopen === "'"));
  // a transcript's next turn ("\"HOLT: …") is a new quote, not the previous one continued
  const newTurn = sameFamily && TRANSCRIPT_LABEL.test(text.slice(j + 1, j + 40));
  if (base.family !== 'single' && sameFamily && j < text.length && !newTurn) {
    stack.length = 1;
    base.paragraphs++;
    return j + 1; // continue the quote after the repeated opening mark
  }
  const line = text.slice(Math.max(0, nl - 200), nl);
  if (!blank && !newTurn && base.family !== 'single' && j < text.length && !TERMINAL.test(line)) return nl + 1; // soft wrap
  let end = nl;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  emitUnclosed(end);
  return j;
}
