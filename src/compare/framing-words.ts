// Loaded/evaluative words, hedges and attribution verbs in one segment, from the documented lists
// in data/lexicons/framing/ (one alternation regex per list, compiled once).
import { compareLexicon } from './lexicon.js';
import type { Segment } from './framing-segments.js';

export interface WordHit {
  kind: 'loaded' | 'hedge' | 'attribution';
  /** loaded: negative/positive/intensifier; attribution: neutral/assertive/admission/doubt/emotive/positive; hedge: 'hedge'. */
  category: string;
  /** The lexicon entry (attribution: the verb's lemma). */
  term: string;
  text: string;
  start: number;
  end: number;
}

interface Matcher {
  re: RegExp;
  info: Map<string, { kind: WordHit['kind']; category: string; term: string }>;
  /** The same pattern, tried at one position (lastIndex). */
  sticky: RegExp;
  /**
   * Lower-cased entries by their first word run, in the pattern's order (longest first); null when
   * an entry is not plain ASCII starting with a letter or digit (the pattern then scans everything).
   */
  byFirstRun: Map<string, string[]> | null;
}

let matcher: Matcher | null = null;

const ESCAPE_RE = /[.*+?^${}()|[\]\\]/gu;
const PLAIN_ENTRY_RE = /^[a-z0-9][\x20-\x7e]*$/iu;
const FIRST_RUN_RE = /^[a-z0-9-]+/u;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;

function build(): Matcher {
  const lex = compareLexicon();
  const info: Matcher['info'] = new Map();
  for (const cat of ['negative', 'positive', 'intensifier'] as const) for (const w of lex.loaded[cat]) info.set(w, { kind: 'loaded', category: cat, term: w });
  for (const w of lex.hedges) info.set(w, { kind: 'hedge', category: 'hedge', term: w });
  for (const [lemma, v] of Object.entries(lex.attribution)) for (const f of v.forms) if (!info.has(f)) info.set(f, { kind: 'attribution', category: v.class, term: lemma });
  const ordered = [...info.keys()].sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}-])(?:${ordered.map((w) => w.replace(ESCAPE_RE, '\\$&')).join('|')})(?![\\p{L}\\p{N}-])`;
  let byFirstRun: Matcher['byFirstRun'] = null;
  if (ordered.every((w) => PLAIN_ENTRY_RE.test(w))) {
    byFirstRun = new Map();
    for (const w of ordered.map((x) => x.toLowerCase())) {
      const run = FIRST_RUN_RE.exec(w)![0];
      const list = byFirstRun.get(run);
      if (list) list.push(w);
      else byFirstRun.set(run, [w]);
    }
  }
  return { re: new RegExp(source, 'giu'), sticky: new RegExp(source, 'iuy'), info, byFirstRun };
}

/** Code points of the pattern's boundary class [\p{L}\p{N}-]. */
function isRunChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 45;
  return LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp));
}

/**
 * Hits over the segment's own words (blanked quotes in narration are never matched).
 *
 * Hand-written scan, with the pattern as its reference: V8 leaves an alternation this large (230
 * case-insensitive entries, 47 KB of bytecode) to its regexp interpreter, which made this scan 40%
 * of the comparison stage's time. A match starts where a word run starts (the lookbehind), and an
 * entry's first run must be that whole run (the lookahead or the entry's next character ends it);
 * so only runs that are some entry's first run are compared, entry by entry in the pattern's order.
 * Where case folding goes beyond ASCII (ſ, the Kelvin sign…), the pattern itself is tried at that
 * position. Runs inside a match are skipped, as the global pattern resumes after its match.
 */
export function findWords(seg: Segment): WordHit[] {
  matcher ??= build();
  const out: WordHit[] = [];
  const text = seg.masked;
  const hit = (at: number, length: number, lower = text.slice(at, at + length).toLowerCase()) => {
    const i = matcher!.info.get(lower);
    if (i) out.push({ ...i, text: seg.text.slice(at, at + length), start: at, end: at + length });
  };
  const { byFirstRun, sticky } = matcher;
  if (!byFirstRun) {
    for (const m of text.matchAll(matcher.re)) hit(m.index!, m[0].length);
    return out;
  }
  const tryPattern = (at: number): number => {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) return at;
    hit(at, m[0].length);
    return at + m[0].length;
  };
  let next = 0;
  for (let i = 0; i < text.length; ) {
    let cp = text.codePointAt(i)!;
    if (!isRunChar(cp)) { i += cp > 0xffff ? 2 : 1; continue; }
    const start = i;
    let ascii = true;
    do {
      if (cp >= 128) ascii = false;
      i += cp > 0xffff ? 2 : 1;
      cp = i < text.length ? text.codePointAt(i)! : -1;
    } while (cp >= 0 && isRunChar(cp));
    if (start < next) continue;
    if (!ascii) { next = tryPattern(start); continue; }
    const entries = byFirstRun.get(text.slice(start, i).toLowerCase());
    if (!entries) continue;
    for (const entry of entries) {
      const end = start + entry.length;
      if (end > text.length) continue;
      const piece = text.slice(start, end);
      if (!isAscii(piece)) { next = tryPattern(start); break; }
      if (piece.toLowerCase() !== entry) continue;
      const after = end < text.length ? text.codePointAt(end)! : -1;
      if (after >= 0 && isRunChar(after)) continue;
      hit(start, entry.length, entry);
      next = end;
      break;
    }
  }
  return out;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
