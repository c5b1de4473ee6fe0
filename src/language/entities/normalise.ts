// The comparison form of a name: case, dots, diacritics, apostrophe style, a leading "the" and a
// trailing possessive do not matter ("the U.S.'s" = "US", "Nato" = "NATO", "Kyiv" ≠ "Kiev").
const MARKS_RE = /\p{M}+/gu;
const DOTS_RE = /\.(?!\d)/g;
const SPACE_RE = /[\s\u00a0]+/gu;
const APOSTROPHE_RE = /[’‘`´]/g;
const POSSESSIVE_RE = /'s?$/;
const LEADING_THE_RE = /^the /;
const DASH_RE = /[‐‑‒–—]/g;

const memo = new Map<string, string>();

/** Lower-case, diacritic-free, dot-free, single-spaced form of a name (memoised: names recur). */
export function normaliseName(text: string): string {
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size > 100_000) memo.clear();
    memo.set(text, (out = compute(text)));
  }
  return out;
}

function compute(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(APOSTROPHE_RE, "'")
    .replace(DASH_RE, '-')
    .toLowerCase()
    .replace(DOTS_RE, '')
    .replace(SPACE_RE, ' ')
    .trim()
    .replace(POSSESSIVE_RE, '')
    .replace(LEADING_THE_RE, '');
}
