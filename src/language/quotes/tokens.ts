// Word and punctuation tokens with offsets, over a range of text.
import { frameShape, isFrameLower } from './frame-words.js';
import { CASED, charClass, isSurrogate, JOINER, LETTER_OR_DIGIT, LOWER, MARK, SINGLE, UPPER } from './char-class.js';
import { lowerBound } from '../../util/sorted-has.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** What the first character is (WORD, CAP, LOW bits), set by the scan: the rules test these for every token they pass. */
  flags: number;
}

/** The token starts with [\p{L}\p{N}]. */
export const WORD = LETTER_OR_DIGIT;
/** The token starts with \p{Lu}. */
export const CAP = UPPER;
/** The token starts with \p{Ll}. */
export const LOW = LOWER;
/** The token is a speech verb or "according" (frame-words.ts). */
export const FRAME = 2;
// (bits 4, 8 and 16 are attribution.ts's cache of cue lookups)
const FIRST_FLAGS = WORD | CAP | LOW;
const WORD_RE = /^[\p{L}\p{N}]/u;
const CAP_RE = /^\p{Lu}/u;
const LOW_RE = /^\p{Ll}/u;

/** Flags of a token's first character (a surrogate pair is read as one code point, as the regexes read it). */
function firstFlags(t: string): number {
  const c = t.charCodeAt(0);
  if (!isSurrogate(c)) return charClass(c) & FIRST_FLAGS;
  return (WORD_RE.test(t) ? WORD : 0) | (CAP_RE.test(t) ? CAP : 0) | (LOW_RE.test(t) ? LOW : 0);
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:.!?“”"‘’«»―—–()\[\]]/gu;

const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Maj|Cpl|Cmdr|Rev|Prof|Amb|Atty|Supt|Msgr|Fr|(?:[\p{L}\-]*\p{L}\.)+\p{L}|[RDI]-\p{Lu}\p{Ll}{1,5})\.$/u;

// The quote rules ask for many overlapping ranges of the same (masked) article text: it is scanned
// once and ranges are cut from that. A range that starts inside a token is scanned on its own,
// because a scan starting mid-word reads that word differently.
// The whole-text scan keeps offsets and flags in typed arrays (reused from article to article);
// token objects are made when a range asks for them, once each: about half the text is never asked.
let memoText: string | null = null;
let count = 0;
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
/** Token flags, plus CASED_TOKEN (toLowerCase changes the text). */
let flagsOf = new Uint8Array(1024);
let objects: (Token | undefined)[] = [];
const CASED_TOKEN = 128;
// The rules of one quote often ask for the same range (the sentence up to the opening mark) in turn.
let lastFrom = -1;
let lastTo = -1;
let lastRange: Token[] = [];

function ensureScanned(text: string): void {
  if (text === memoText) return;
  memoText = text;
  lastFrom = -1;
  // (a huge article's arrays are not kept for the small ones after it)
  if (starts.length <= text.length || (starts.length > 65536 && starts.length > 4 * text.length)) {
    starts = new Int32Array(text.length + 1);
    ends = new Int32Array(text.length + 1);
    flagsOf = new Uint8Array(text.length + 1);
  }
  if (SLOW_CHARS.test(text)) {
    const all = scan(text, 0, text.length);
    for (let k = 0; k < all.length; k++) {
      starts[k] = all[k].start;
      ends[k] = all[k].end;
      flagsOf[k] = all[k].flags;
    }
    count = all.length;
    objects = all;
  } else {
    count = scanPlain(text);
    objects = new Array<Token | undefined>(count);
  }
}

/** The token at index `k` of the whole-text scan, made on first use. */
function tokenAt(k: number): Token {
  let t = objects[k];
  if (t === undefined) {
    const text = memoText!.slice(starts[k], ends[k]);
    const f = flagsOf[k];
    t = { text, lower: f & CASED_TOKEN ? text.toLowerCase() : text, start: starts[k], end: ends[k], flags: f & ~CASED_TOKEN };
    objects[k] = t;
  }
  return t;
}

/** Index of the first whole-text token starting at or after `pos`. */
const firstStartingAtOrAfter = (pos: number): number => lowerBound(starts, pos, count);

/** Tokens starting in [from, to) as a scan of `text` from `from` finds them (shared: do not modify). */
export function tokenize(text: string, from: number, to: number): Token[] {
  if (text !== memoText) ensureScanned(text);
  else if (from === lastFrom && to === lastTo) return lastRange;
  const lo = firstStartingAtOrAfter(from);
  let out: Token[];
  if (lo > 0 && ends[lo - 1] > from) out = scanUntilAligned(text, from, to);
  else {
    let end = lo;
    while (end < count && starts[end] < to) end++;
    out = new Array<Token>(end - lo);
    for (let k = lo; k < end; k++) out[k - lo] = tokenAt(k);
  }
  lastFrom = from;
  lastTo = to;
  lastRange = out;
  return out;
}

/** Whether a token of tokenize(text, from, to) is a frame word (FRAME), read off the whole-text scan's flags. */
export function hasFrameToken(text: string, from: number, to: number): boolean {
  ensureScanned(text);
  const lo = firstStartingAtOrAfter(from);
  if (lo > 0 && ends[lo - 1] > from) return scanUntilAligned(text, from, to).some((t) => (t.flags & FRAME) !== 0);
  for (let k = lo; k < count && starts[k] < to; k++) if (flagsOf[k] & FRAME) return true;
  return false;
}

function scan(text: string, from: number, to: number, aligned = false): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    // a trailing period belongs to the token only for abbreviations and initials
    // (titles such as "Lt.", dotted forms such as "N.Y.", "D-N.Y." and party labels such as "R-Ky." keep it)
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION.test(t)) t = t.slice(0, -1);
    const end = m.index + t.length;
    const lower = t.toLowerCase();
    out.push({ text: t, lower, start: m.index, end, flags: firstFlags(t) | (isFrameLower(lower) ? FRAME : 0) });
    TOKEN.lastIndex = end;
    if (aligned) {
      // Once a token ends where one of the whole-text scan ends, both scans go on from the same
      // place and read the same tokens: the rest is cut from the whole-text tokens.
      const k = firstEndingAtOrAfter(end);
      if (k < count && ends[k] === end) {
        for (let j = k + 1; j < count && starts[j] < to; j++) out.push(tokenAt(j));
        return out;
      }
    }
  }
  return out;
}

// The whole-text scan is the hot one, and TOKEN's Unicode classes make it slow: a loop over
// per-character classes finds exactly the tokens TOKEN finds. Text with surrogate pairs (TOKEN
// reads those as one code point) takes TOKEN.
const SLOW_CHARS = /[\ud800-\udfff]/;
const DOT = 46;

/** Scans `text` into the typed arrays; returns the number of tokens. */
function scanPlain(text: string): number {
  const n = text.length;
  let at = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++; // blanked quotes are long runs of spaces
      continue;
    }
    const k = charClass(c);
    if (k & LETTER_OR_DIGIT) {
      let cased = k & CASED;
      let dotted = false;
      let j = i + 1;
      for (;;) {
        if (j >= n) break;
        const d = charClass(text.charCodeAt(j));
        if (d & (LETTER_OR_DIGIT | MARK)) {
          cased |= d;
          j++;
        } else if (d & JOINER && j + 1 < n && charClass(text.charCodeAt(j + 1)) & LETTER_OR_DIGIT) {
          if (text.charCodeAt(j) === DOT) dotted = true;
          cased |= charClass(text.charCodeAt(j + 1));
          j += 2;
        } else break;
      }
      // a final period stays only on an abbreviation, which starts upper case or has a period inside
      if (j < n && text.charCodeAt(j) === DOT && (k & UPPER || dotted) && ABBREVIATION.test(text.slice(i, j + 1))) j++;
      starts[at] = i;
      ends[at] = j;
      flagsOf[at] = (k & FIRST_FLAGS) | (cased & CASED ? CASED_TOKEN : 0) | (frameAt(text, i, j, cased & CASED) ? FRAME : 0);
      at++;
      i = j;
    } else {
      if (k & SINGLE) {
        starts[at] = i;
        ends[at] = i + 1;
        flagsOf[at] = 0;
        at++;
      }
      i++;
    }
  }
  return at;
}

/** Whether the word text[i, j) is a frame word: its shape first (no string), the word itself when the shape fits. */
function frameAt(text: string, i: number, j: number, cased: number): boolean {
  let a = text.charCodeAt(i);
  let z = text.charCodeAt(j - 1);
  // Only A-Z and the Kelvin sign lower-case to ASCII letters, one for one: a frame word (ASCII) has
  // as many characters as its text, and ASCII ends lower-case to ASCII ends.
  if (a < 128 && z < 128) {
    if (a >= 65 && a <= 90) a += 32;
    if (z >= 65 && z <= 90) z += 32;
    if (!frameShape(a, z, j - i)) return false;
  }
  const t = text.slice(i, j);
  return isFrameLower(cased ? t.toLowerCase() : t);
}

/** Tokens of a range that starts inside a whole-text token: scanned from `from` until the scan realigns. */
const scanUntilAligned = (text: string, from: number, to: number): Token[] => scan(text, from, to, true);

/** Index of the first whole-text token whose end is at or after `pos`. */
const firstEndingAtOrAfter = (pos: number): number => lowerBound(ends, pos, count);

export const isWord = (t: Token): boolean => (t.flags & WORD) !== 0;
/** Starts with an upper-case letter (/^\p{Lu}/u). */
export const isCap = (t: Token): boolean => (t.flags & CAP) !== 0;
/** Starts with a lower-case letter (/^\p{Ll}/u). */
export const isLow = (t: Token): boolean => (t.flags & LOW) !== 0;

/**
 * toks[i], or undefined before the first or past the last token without reading there: such a read
 * gives undefined too, but in optimised code it is a deoptimisation (toks[-1] a slow lookup as well).
 */
export const tokenIn = (toks: readonly Token[], i: number): Token | undefined => (i >= 0 && i < toks.length ? toks[i] : undefined);
