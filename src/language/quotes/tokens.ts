// Word and punctuation tokens with offsets, over a range of text.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:.!?“”"‘’«»―—–()\[\]]/gu;

const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Maj|Cpl|Cmdr|Rev|Prof|Amb|Atty|Supt|Msgr|Fr|(?:[\p{L}\-]*\p{L}\.)+\p{L}|[RDI]-\p{Lu}\p{Ll}{1,5})\.$/u;

// The quote rules ask for many overlapping ranges of the same (masked) article text: it is scanned
// once and ranges are cut from that. A range that starts inside a token is scanned on its own,
// because a scan starting mid-word reads that word differently.
let memoText: string | null = null;
let memoTokens: Token[] = [];

/** Tokens starting in [from, to) as a scan of `text` from `from` finds them. */
export function tokenize(text: string, from: number, to: number): Token[] {
  if (text !== memoText) {
    memoTokens = SLOW_CHARS.test(text) ? scan(text, 0, text.length) : scanPlain(text);
    memoText = text;
  }
  const all = memoTokens;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && all[lo - 1].end > from) return scanUntilAligned(text, from, to, all);
  let end = lo;
  while (end < all.length && all[end].start < to) end++;
  return all.slice(lo, end);
}

function scan(text: string, from: number, to: number, aligned?: Token[]): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    // a trailing period belongs to the token only for abbreviations and initials
    // (titles such as "Lt.", dotted forms such as "N.Y.", "D-N.Y." and party labels such as "R-Ky." keep it)
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION.test(t)) t = t.slice(0, -1);
    const end = m.index + t.length;
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end });
    TOKEN.lastIndex = end;
    if (aligned) {
      // Once a token ends where one of the whole-text scan ends, both scans go on from the same
      // place and read the same tokens: the rest is cut from the whole-text tokens.
      const k = firstEndingAtOrAfter(aligned, end);
      if (k < aligned.length && aligned[k].end === end) {
        for (let j = k + 1; j < aligned.length && aligned[j].start < to; j++) out.push(aligned[j]);
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
/** Per char code, filled lazily: 1 letter or digit, 8 mark, 2 one-character token, 4 joiner inside a word ([.'’-]); 16 computed. */
const CLASS = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SINGLE = ',;:.!?“”"‘’«»―—–()[]';
const JOINER = ".'’-";

function classOf(c: number): number {
  let k = CLASS[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  k = 16 | (LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 8 : 0) | (SINGLE.includes(ch) ? 2 : 0) | (JOINER.includes(ch) ? 4 : 0);
  CLASS[c] = k;
  return k;
}
const DOT = 46;

function scanPlain(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k & 1) {
      let j = i + 1;
      for (;;) {
        if (j >= n) break;
        const d = classOf(text.charCodeAt(j));
        if (d & 9) j++;
        else if (d & 4 && j + 1 < n && classOf(text.charCodeAt(j + 1)) & 1) j += 2;
        else break;
      }
      if (j < n && text.charCodeAt(j) === DOT) j++;
      let t = text.slice(i, j);
      if (t.length > 1 && t.charCodeAt(t.length - 1) === DOT && !ABBREVIATION.test(t)) t = t.slice(0, -1);
      out.push({ text: t, lower: t.toLowerCase(), start: i, end: i + t.length });
      i += t.length;
    } else {
      if (k & 2) {
        const t = text[i];
        out.push({ text: t, lower: t.toLowerCase(), start: i, end: i + 1 });
      }
      i++;
    }
  }
  return out;
}

/** Tokens of a range that starts inside a whole-text token: scanned from `from` until the scan realigns. */
const scanUntilAligned = (text: string, from: number, to: number, all: Token[]): Token[] => scan(text, from, to, all);

/** Index of the first token (sorted, non-overlapping) whose end is at or after `pos`. */
function firstEndingAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
