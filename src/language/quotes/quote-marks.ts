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

/** Whether a ’ or ' that could close a single quote (not between letters) sits in [from, end of line). */
function singleCloserAhead(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return false;
    if ((c === '’' || c === "'") && !isSpace(text[i - 1]) && !isAlnum(text[i + 1])) return true;
  }
  return false;
}

/** Whether a straight double mark sits after `i` on the same line. */
function straightMarkAhead(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') return false;
    if (c === '"') return true;
  }
  return false;
}

/** The characters the scan acts on; everything between them is skipped in one regex step. */
const MARK_OR_NEWLINE = /[\n“„”"«»‘'’]/g;

/** Scans `text` and returns depth-0 quoted spans in order. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
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

  // Only marks and line breaks do anything; the look-aheads the rules need are short forward scans
  // done when a rule asks (they were whole-text arrays built per article).
  // `from`: where the character scan resumed; [from, i) holds only characters that do nothing but the stale check.
  let from = 0;
  for (let i = nextMark(text, 0); i < text.length; i = nextMark(text, from)) {
    const c = text[i];
    giveUpStale(c === '\n' ? i - 1 : i);
    if (c === '\n') {
      from = endOfLine(text, i, stack, emitUnclosed);
      continue;
    }
    from = i + 1;
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
          if (k >= 0 && !(text[stack[k].at] === '"' && straightMarkAhead(text, i))) restartDouble(k, i);
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
  giveUpStale(text.length - 1);
  emitUnclosed(text.length);
  return out;

  /** Gives up on a stale opener, as the check at every character in [from, last] (line breaks aside) would have. */
  function giveUpStale(last: number): void {
    if (stack.length > 0 && last >= from && last - stack[0].at > LIMITS.maxQuoteChars) stack = [];
  }

  function extendLast(i: number): void {
    // A stray closing mark shortly after a closed quote, same line, no mark between: the quote ran on.
    const q = out[out.length - 1];
    if (!q || q.family !== 'double' || i - q.close > STRAY_REACH || /[\n“”"«»]/u.test(text.slice(q.close, i))) return;
    // Written out as emit's literal (a spread made objects of another hidden class: the quote rules
    // reading spans were compiled for one and deoptimised on meeting the other).
    out[out.length - 1] = { open: q.open, close: i + 1, innerStart: q.innerStart, innerEnd: i, family: q.family, closed: q.closed, paragraphs: q.paragraphs };
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
      const possessive = (prev === 's' || prev === 'S') && next === ' ' && /[\p{Ll}\p{N}]/u.test(text[i + 2] ?? '') && singleCloserAhead(text, i + 1);
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

/** The next mark or line break at or after `from`, else text.length (test() leaves lastIndex after the one-character match, and allocates no match). */
function nextMark(text: string, from: number): number {
  MARK_OR_NEWLINE.lastIndex = from;
  return MARK_OR_NEWLINE.test(text) ? MARK_OR_NEWLINE.lastIndex - 1 : text.length;
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
  // A char code, not text[j]: a non-ASCII character is a fresh string each time (its comparisons
  // deoptimised code that had seen only ASCII ones), and j may be the text's end.
  const reopen = j < text.length ? text.charCodeAt(j) : -1;
  const sameFamily =
    (base.family === 'double' && (reopen === 0x201c || reopen === 0x22)) || (base.family === 'guillemet' && reopen === 0xab) || (base.family === 'single' && (reopen === 0x2018 || reopen === 0x27));
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
