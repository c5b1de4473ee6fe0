// Search snippets made from an article's text in JS. FTS5's snippet() must re-open the full-text
// index for each returned row (one seek per row: ~0.1 ms each on an unmerged index, the largest
// part of a search's cost at 100k articles); the text is already at hand, and the words that
// matched are known from the parsed query. Words are compared as FTS5's unicode61 tokenizer with
// remove_diacritics compares them: letters and digits, case and accents folded.
import type { ParsedQuery } from './fts-query.js';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from './snippet-markers.js';
import { SNIPPET_SCANNED_CHARS } from './search-limits.js';

// Words are runs of letters and digits (\p{L}\p{N}), read by a loop over char codes: a regex over
// Unicode classes costs twice as much, and snippets are made for every row of a search page.
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wordCodePoints = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  let w = wordCodePoints.get(cp);
  if (w === undefined) {
    w = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (wordCodePoints.size < 65_536) wordCodePoints.set(cp, w);
  }
  return w;
}
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** Words shown before the first hit of the chosen fragment. */
const LEAD = 3;

export function foldWord(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '').toLowerCase() : word.toLowerCase();
}

/** The words of a text: offsets, whether plain ASCII, and folded forms made only when compared. */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly ascii: boolean[] = [];
  private readonly keys: (string | undefined)[] = [];
  constructor(readonly text: string) {
    const scanned = text.length > SNIPPET_SCANNED_CHARS ? text.slice(0, SNIPPET_SCANNED_CHARS) : text;
    let start = -1;
    let ascii = true;
    for (let i = 0; i < scanned.length;) {
      const c = scanned.charCodeAt(i);
      let width = 1;
      let word: boolean;
      if (c < 128) word = ASCII_WORD_CHAR[c] === 1;
      else {
        const cp = scanned.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        word = isWordCodePoint(cp);
      }
      if (word) {
        if (start < 0) { start = i; ascii = true; }
        if (c >= 128) ascii = false;
      } else if (start >= 0) {
        this.add(start, i, ascii);
        start = -1;
      }
      i += width;
    }
    if (start >= 0) this.add(start, scanned.length, ascii);
  }
  private add(start: number, end: number, ascii: boolean): void {
    this.starts.push(start);
    this.ends.push(end);
    this.ascii.push(ascii);
  }
  get count(): number { return this.starts.length; }
  /** Whether word i is `word` (folded), or starts with it for a prefix. Folding never lengthens a
   * word, and keeps an ASCII word's length: most words are rejected by length alone. */
  is(i: number, word: string, prefix: boolean): boolean {
    const length = this.ends[i] - this.starts[i];
    if (length < word.length || (!prefix && this.ascii[i] && length !== word.length)) return false;
    const key = (this.keys[i] ??= foldWord(this.text.slice(this.starts[i], this.ends[i])));
    return prefix ? key.startsWith(word) : key === word;
  }
}

/** Each query term as folded words; a prefix term matches words that start with it. */
function termsOf(query: ParsedQuery): { words: string[]; prefix: boolean }[] {
  return query.terms.map((t) => ({ words: t.text.split(' ').map(foldWord), prefix: t.prefix }));
}

interface Hit { term: number; occurrence: number }

/** Word index → the term matched there and which occurrence (a phrase marks each of its words). */
function hitsIn(words: Words, query: ParsedQuery): Map<number, Hit> {
  const hits = new Map<number, Hit>();
  let occurrence = 0;
  termsOf(query).forEach((term, ti) => {
    const n = term.words.length;
    for (let i = 0; i + n <= words.count; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words.is(i + k, term.words[k], term.prefix && k === n - 1);
      if (ok) {
        occurrence++;
        for (let k = 0; k < n; k++) hits.set(i + k, { term: ti, occurrence });
      }
    }
  });
  return hits;
}

/** Start of the `size`-word fragment that holds the most distinct terms, then the most hits (earliest on ties). */
function bestStart(hits: Map<number, Hit>, size: number, count: number): number {
  let best = 0;
  let bestScore = -1;
  for (const h of [...hits.keys()].sort((a, b) => a - b)) {
    const start = Math.max(0, Math.min(h - LEAD, count - size));
    const terms = new Set<number>();
    let n = 0;
    for (let i = start; i < start + size; i++) {
      const hit = hits.get(i);
      if (hit) { terms.add(hit.term); n++; }
    }
    const score = terms.size * 10_000 + n;
    if (score > bestScore) { best = start; bestScore = score; }
  }
  return best;
}

/** About `size` words of text around the query's best hits, matched words between the snippet markers. */
export function makeSnippet(text: string, query: ParsedQuery, size = 16): string {
  const words = new Words(text);
  if (words.count === 0) return '';
  const hits = hitsIn(words, query);
  const start = hits.size ? bestStart(hits, size, words.count) : 0;
  const end = Math.min(words.count, start + size);
  let out = start > 0 ? '…' : '';
  let at = words.starts[start];
  for (let i = start; i < end; i++) {
    const hit = hits.get(i);
    if (!hit) continue;
    // The words of one phrase occurrence are marked as one span.
    let last = i;
    while (last + 1 < end && hits.get(last + 1)?.occurrence === hit.occurrence) last++;
    out += text.slice(at, words.starts[i]) + SNIPPET_OPEN + text.slice(words.starts[i], words.ends[last]) + SNIPPET_CLOSE;
    at = words.ends[last];
    i = last;
  }
  out += text.slice(at, words.ends[end - 1]);
  return end < words.count ? out + '…' : out;
}
