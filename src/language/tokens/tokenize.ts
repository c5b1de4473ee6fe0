// A char-code scanner with PTB/CoNLL conventions: hyphenated words stay whole, clitics ("'s",
// "n't") split off, abbreviations keep their period, numbers keep their separators ("1,000",
// "3.5"), CJK characters are one token each. Hand-written because no maintained JS tokenizer
// follows these conventions at the several million tokens/s this stage needs.
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Rare shapes are matched with sticky regexes at the current position.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]’']/y;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;
const DOTTED_RE = /(?:\p{L}\.){2,}(?!\p{L})/uy;
const DOMAIN_TAIL_RE = /\.[a-z]{2,}(?![\p{L}\p{N}])/uy;
const CLITIC_RE = /^(.+?)((?:['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))|(?:[nN]['’][tT]))$/u;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SINGLE_UPPER_RE = /^\p{Lu}$/u;
const DIGIT_AFTER_RE = /^\s*\d/;

// Per BMP code unit: 1 word char, 2 CJK (own token), 3 space, 4 other. Filled lazily above ASCII.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : c <= 32 ? 3 : 4;
}
const WORD = 1, CJK = 2, SPACE = 3;

function classOf(c: number): number {
  let k = CLASS[c];
  if (k !== 0) return k;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x0e00 && c <= 0x0e7f)) k = CJK;
  else if (c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) k = SPACE;
  else if (c >= 0xd800 && c <= 0xdfff) k = 4;
  else k = WORD_CHAR_RE.test(String.fromCharCode(c)) ? WORD : 4;
  CLASS[c] = k;
  return k;
}

/** True when `word` followed by "." at `end` keeps the period as part of the word. */
function takesPeriod(word: string, text: string, end: number): boolean {
  if (TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word)) return true;
  if (word.length === 1 && SINGLE_UPPER_RE.test(word)) return true; // initials: "J. Smith"
  return NUMBER_ABBREVIATIONS.has(word) && DIGIT_AFTER_RE.test(text.slice(end + 1, end + 4));
}

/**
 * text.charCodeAt(i), or -1 past the end. A read past the end gives NaN, which every test here
 * treats as -1, but in optimised code it is an out-of-bounds deoptimisation (one per site, often
 * late, on the last word of some article).
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Whether text[i..] starts as every URL_RE match does ("http" or "www."): the regex is tried only then. */
function urlStart(text: string, i: number, c: number): boolean {
  if (c === 104) return codeAt(text, i + 1) === 116 && codeAt(text, i + 2) === 116 && codeAt(text, i + 3) === 112;
  return c === 119 && codeAt(text, i + 1) === 119 && codeAt(text, i + 2) === 119 && codeAt(text, i + 3) === 46;
}

/**
 * Whether an "@" ends the run of [\w.+-] units from `j` (a word's end): EMAIL_RE's local part is
 * such a run, so without it the regex cannot match and is not tried (sentence ends pass here).
 */
function atAfterRun(text: string, j: number): boolean {
  let c = codeAt(text, j);
  while ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45) c = codeAt(text, ++j);
  return c === 64;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Set by wordEnd: the word it ended joins parts with ' or ’ (a clitic may split off). */
let joinedByApostrophe = false;

/** End of the word starting at `i` (joined by - ' ’ & and, for numbers, by . , : /). */
function wordEnd(text: string, i: number, n: number): number {
  joinedByApostrophe = false;
  let j = i;
  let digitsOnly = true;
  while (j < n && classOf(text.charCodeAt(j)) === WORD) {
    if (!isDigit(text.charCodeAt(j))) digitsOnly = false;
    j++;
  }
  if (digitsOnly) {
    // "1,000", "3.5", "10:30", "1/2": separators only between digits; such numbers take no joiners.
    let sep = codeAt(text, j);
    if ((sep === 44 || sep === 46 || sep === 58 || sep === 47) && isDigit(codeAt(text, j + 1))) {
      while ((sep === 44 || sep === 46 || sep === 58 || sep === 47) && isDigit(codeAt(text, j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        sep = codeAt(text, j);
      }
      return j;
    }
  }
  for (;;) {
    const c = codeAt(text, j);
    if ((c === 45 || c === 39 || c === 0x2019 || c === 38) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === WORD) {
      if (c === 39 || c === 0x2019) joinedByApostrophe = true;
      j++;
      while (j < n && classOf(text.charCodeAt(j)) === WORD) j++;
    } else if (c === 46 && stickyEnd(DOMAIN_TAIL_RE, text, j) > 0) {
      j++;
      while (j < n && classOf(text.charCodeAt(j)) === WORD) j++;
    } else return j;
  }
}

/** Pushes the word text[start, end) that wordEnd just ended (its apostrophe flag still set). */
function pushWord(tokens: Token[], text: string, start: number, end: number): number {
  const word = text.slice(start, end);
  if (codeAt(text, end) === 46 && codeAt(text, end + 1) !== 46 && takesPeriod(word, text, end)) {
    tokens.push({ text: word + '.', start, end: end + 1 });
    return end + 1;
  }
  // Only the joiner step of wordEnd puts an apostrophe inside a word.
  if (joinedByApostrophe && word.length > 2) {
    const c = CLITIC_RE.exec(word);
    if (c) {
      const cut = start + c[1].length;
      tokens.push({ text: c[1], start, end: cut }, { text: c[2], start: cut, end });
      return end;
    }
  }
  tokens.push({ text: word, start, end });
  return end;
}

/** Splits text into tokens with character offsets into `text`. Whitespace is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === SPACE) { i++; continue; }
    if (k === WORD) {
      let e = urlStart(text, i, c) ? stickyEnd(URL_RE, text, i) : -1;
      if (e < 0 && codeAt(text, i + 1) === 46) e = stickyEnd(DOTTED_RE, text, i);
      if (e > 0) {
        tokens.push({ text: text.slice(i, e), start: i, end: e });
        i = e;
        continue;
      }
      const j = wordEnd(text, i, n);
      const c2 = codeAt(text, j);
      if ((c2 === 64 || c2 === 46 || c2 === 43) && atAfterRun(text, j) && (e = stickyEnd(EMAIL_RE, text, i)) > 0 && text.slice(i, e).includes('@')) {
        tokens.push({ text: text.slice(i, e), start: i, end: e });
        i = e;
        continue;
      }
      i = pushWord(tokens, text, i, j);
      continue;
    }
    let j = i + 1;
    if (c === 46 || c === 45) while (j < n && text.charCodeAt(j) === c) j++; // "...", "--"
    else if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    tokens.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return tokens;
}
