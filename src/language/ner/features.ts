// Feature templates of the entity tagger. Every feature is a 32-bit hash; the model keeps one
// weight row per hash bucket. Word-intrinsic features are grouped by relative offset so the tagger
// can cache, per distinct word, the summed weights it contributes at each offset (-2..+2).
import { gazetteers, GAZETTEER_NAMES } from './gazetteers.js';
import { hashRange, hashStart, hashStep, hashString, mix } from './hash.js';

/** Template ids: changing any of them (or their meaning) requires retraining the model. */
const T = {
  Lower: 1, Exact: 2, Shape: 3, ShortShape: 4, Prefix: 5, Suffix: 6, Cap: 7, Len: 8, Gaz: 9,
  Bias: 20, PosCap: 21, CapsLower: 22, CapsCap: 23, Bigram: 24, BigramNext: 25, ShapeTri: 26, CapTri: 27,
  Phrase: 28, DocCase: 29, DocShape: 30, FirstLower: 31,
  Prev: 40, Prev2: 41, PrevLower: 42, PrevShape: 43, PrevCapNext: 44,
} as const;

/** Capitalisation classes of a word. */
export const Cap = { Lower: 0, Title: 1, Upper: 2, Initial: 3, Mixed: 4, Digit: 5, Other: 6 } as const;
export type Cap = (typeof Cap)[keyof typeof Cap];

export interface WordInfo {
  lowerText: string;
  lower: number;
  shortShape: number;
  cap: Cap;
  gaz: number;
  /** Feature hashes this word contributes at offsets -2, -1, 0, +1, +2 (index offset + 2). */
  byOffset: readonly Int32Array[];
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;

function capClass(w: string): Cap {
  const hasUpper = UPPER_RE.test(w);
  const hasLower = LOWER_RE.test(w);
  if (!hasUpper && !hasLower) return LETTER_RE.test(w) ? Cap.Mixed : DIGIT_RE.test(w) ? Cap.Digit : Cap.Other;
  if (!hasUpper) return Cap.Lower;
  const first = w[0];
  if (!hasLower) return w.replace(/[^\p{L}]/gu, '').length === 1 ? Cap.Initial : Cap.Upper;
  return first === first.toUpperCase() && first !== first.toLowerCase() && !UPPER_RE.test(w.slice(1)) ? Cap.Title : Cap.Mixed;
}

/** "McDonald's" → "XxXxx'x" (runs capped at 4), and the short form "XxXx'x" (runs of one). */
function shapes(w: string): [string, string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = UPPER_RE.test(ch) ? 'X' : LOWER_RE.test(ch) ? 'x' : DIGIT_RE.test(ch) ? 'd' : LETTER_RE.test(ch) ? 'L' : ch;
    run = c === last ? run + 1 : 1;
    if (run <= 4) full += c;
    if (run === 1) short += c;
    last = c;
  }
  return [full, short];
}

// ASCII forms (nearly every token of English news) are classified from their code units, with the
// same results as the Unicode regexes above: in ASCII the letters are A-Z and a-z, the digits 0-9.

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}

/** capClass for an ASCII form. */
function asciiCapClass(w: string): Cap {
  let upper = 0, lower = 0, digit = false, upperAfterFirst = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      if (i > 0) upperAfterFirst = true;
    } else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit = true;
  }
  if (upper === 0 && lower === 0) return digit ? Cap.Digit : Cap.Other;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return upper === 1 ? Cap.Initial : Cap.Upper;
  const first = w.charCodeAt(0);
  return first >= 65 && first <= 90 && !upperAfterFirst ? Cap.Title : Cap.Mixed;
}

/**
 * hashString(shape, seed) of an ASCII form's shape (see shapes) with runs capped at `maxRun`
 * (4: the full shape, 1: the short one), hashed as it is built.
 */
function asciiShapeHash(w: string, maxRun: number, seed: number): number {
  let h = hashStart(seed);
  let last = -1, run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    const c = ch >= 65 && ch <= 90 ? 88 : ch >= 97 && ch <= 122 ? 120 : ch >= 48 && ch <= 57 ? 100 : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= maxRun) h = hashStep(h, c);
  }
  return h >>> 0;
}

function offsetSeed(t: number, offset: number): number {
  return t * 8 + offset + 2;
}

/** Offset 0: six, eight affixes and the gazetteers; ±1: three and the gazetteers; ±2: two. */
const MAX_WORD_FEATURES = 6 + 8 + 2 * 3 + 2 * 2 + 3 * GAZETTEER_NAMES.length;

/**
 * The intrinsic features of one word form, written into reusable buffers: the tagger computes them
 * for every form it meets first (thousands in a set of novel articles), without arrays per form.
 * The hashes the form contributes at offset r lie in hashes[start(r + 2) .. ends[r + 2]), as int32
 * (only their low bits pick a bucket).
 */
export class WordFeatures {
  lowerText = '';
  lower = 0;
  shortShape = 0;
  cap: Cap = Cap.Other;
  gaz = 0;
  /** Feature hashes by offset -2..+2, one after the other (room for the most a form can have). */
  readonly hashes = new Int32Array(MAX_WORD_FEATURES);
  /** ends[b]: end in `hashes` of offset b - 2's features (offset b - 2's start is ends[b - 1], or 0). */
  readonly ends = new Int32Array(5);

  /** Where the features at offset index b (offset b - 2) start in `hashes`. */
  start(b: number): number {
    return b === 0 ? 0 : this.ends[b - 1];
  }

  /**
   * Computes the features of `word`. `generic`: classify with the Unicode regexes even an ASCII form
   * (the ASCII path must give the same; tests compare the two).
   */
  compute(word: string, generic = false): this {
    const lowerText = word.toLowerCase();
    const ascii = !generic && isAscii(word);
    const cap = ascii ? asciiCapClass(word) : capClass(word);
    const gaz = gazetteers().tokenBits(word, lowerText);
    const lower = hashString(lowerText, T.Lower);
    let shapeHash: number, shortShape: number;
    if (ascii) {
      shapeHash = asciiShapeHash(word, 4, T.Shape);
      shortShape = asciiShapeHash(word, 1, T.ShortShape);
    } else {
      const [shape, short] = shapes(word);
      shapeHash = hashString(shape, T.Shape);
      shortShape = hashString(short, T.ShortShape);
    }
    this.lowerText = lowerText;
    this.lower = lower;
    this.shortShape = shortShape;
    this.cap = cap;
    this.gaz = gaz;
    const h = this.hashes, ends = this.ends;
    let n = 0;
    for (let r = -2; r <= 2; r++) {
      if (r === 0) {
        h[n++] = mix(lower, 0, offsetSeed(T.Lower, 0));
        h[n++] = hashString(word, T.Exact);
        h[n++] = shapeHash;
        h[n++] = mix(shortShape, 0, offsetSeed(T.ShortShape, 0));
        h[n++] = mix(cap, 0, offsetSeed(T.Cap, 0));
        h[n++] = mix(Math.min(lowerText.length, 12), 0, T.Len);
        n = affixes(lowerText, ascii, h, n);
      } else {
        h[n++] = mix(lower, 0, offsetSeed(T.Lower, r));
        h[n++] = mix(shortShape, 0, offsetSeed(T.ShortShape, r));
        if (r === -1 || r === 1) h[n++] = mix(cap, 0, offsetSeed(T.Cap, r));
      }
      if (r >= -1 && r <= 1) for (let b = 0; b < GAZETTEER_NAMES.length; b++) if (gaz & (1 << b)) h[n++] = mix(b, 0, offsetSeed(T.Gaz, r));
      ends[r + 2] = n;
    }
    return this;
  }
}

/** Writes the prefix and suffix hashes (lengths 1..4, in characters) of `lower` into `h` from `n`; returns the new end. */
function affixes(lower: string, ascii: boolean, h: Int32Array, n: number): number {
  if (ascii) {
    // One code unit per character: the affixes are hashed in place (no strings).
    const len = lower.length;
    for (let k = 1; k <= 4 && k <= len; k++) {
      h[n++] = hashRange(lower, 0, k, T.Prefix * 8 + k);
      h[n++] = hashRange(lower, len - k, len, T.Suffix * 8 + k);
    }
    return n;
  }
  const chars = Array.from(lower);
  for (let k = 1; k <= 4 && k <= chars.length; k++) {
    h[n++] = hashString(chars.slice(0, k).join(''), T.Prefix * 8 + k);
    h[n++] = hashString(chars.slice(-k).join(''), T.Suffix * 8 + k);
  }
  return n;
}

/** The intrinsic features of one word form as a WordInfo (training keeps one per form). */
export function wordInfo(word: string, generic = false): WordInfo {
  const f = new WordFeatures().compute(word, generic);
  const byOffset: Int32Array[] = [];
  for (let b = 0; b < 5; b++) byOffset.push(f.hashes.slice(f.start(b), f.ends[b]));
  return { lowerText: f.lowerText, lower: f.lower, shortShape: f.shortShape, cap: f.cap, gaz: f.gaz, byOffset };
}

/** What a sentence adds beyond its words: layout, document evidence, gazetteer phrases. */
export interface SentenceContext {
  infos: WordInfo[];
  /** Every cased letter in the sentence is upper case (headlines): shapes say little. */
  allCaps: boolean;
  /** Per token: 1 = seen capitalised mid-sentence elsewhere in the document, 2 = seen lower case, 3 = both. */
  docCase: Uint8Array;
  /** Per token (sparse): gazetteer phrases starting (B) or continuing (I) here, as list * 2 + isInside. */
  phrases: (number[] | undefined)[];
}

const phraseBuf: { length: number; bit: number }[] = [];

/** Builds the sentence context; `docCase` maps a lower-case word to its document case evidence. */
export function sentenceContext(infos: WordInfo[], docCase: ReadonlyMap<string, number>): SentenceContext {
  const n = infos.length;
  let upper = 0;
  let lower = 0;
  for (const w of infos) {
    if (w.cap === Cap.Lower || w.cap === Cap.Title || w.cap === Cap.Mixed) lower++;
    else if (w.cap === Cap.Upper) upper++;
  }
  const dc = new Uint8Array(n);
  const phrases: (number[] | undefined)[] = new Array(n);
  const gaz = gazetteers();
  for (let i = 0; i < n; i++) {
    dc[i] = docCase.get(infos[i].lowerText) ?? 0;
    if (infos[i].cap !== Cap.Title && infos[i].cap !== Cap.Upper) continue;
    gaz.phrasesAt(infos, i, phraseBuf);
    for (const p of phraseBuf) {
      const b = 31 - Math.clz32(p.bit);
      for (let k = 0; k < p.length; k++) (phrases[i + k] ??= []).push(b * 2 + (k > 0 ? 1 : 0));
    }
  }
  return { infos, allCaps: upper >= 2 && lower === 0, docCase: dc, phrases };
}

/** Document case evidence over the sentences (as lists of words) of one document. */
export function documentCase(sentences: readonly (readonly WordInfo[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    let mixed = false;
    for (const w of s) if (w.cap === Cap.Lower) { mixed = true; break; }
    if (!mixed) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i];
      const flag = w.cap === Cap.Title ? 1 : w.cap === Cap.Lower ? 2 : 0;
      if (flag) out.set(w.lowerText, (out.get(w.lowerText) ?? 0) | flag);
    }
  }
  return out;
}

/**
 * The hash of each context and previous-tag template, by its parts. contextFeatures/tagFeatures
 * (training) and the tagger's precomputed row tables (feature-rows.ts) both build features here.
 */
export const featureHash = {
  bias: (): number => T.Bias,
  posCap: (pos: number, cap: number): number => mix(pos, cap, T.PosCap),
  capsLower: (caps: number, lower: number): number => mix(caps, lower, T.CapsLower),
  capsCap: (caps: number, cap: number): number => mix(caps, cap, T.CapsCap),
  bigram: (pLower: number, lower: number): number => mix(pLower, lower, T.Bigram),
  bigramNext: (lower: number, nLower: number): number => mix(lower, nLower, T.BigramNext),
  shapeTri: (pShape: number, shape: number, nShape: number): number => mix(mix(pShape, shape, 0), nShape, T.ShapeTri),
  capTri: (pCap: number, cap: number, nCap: number): number => mix(pCap * 16 + cap, nCap, T.CapTri),
  phrase: (p: number, caps: number): number => mix(p, caps, T.Phrase),
  docCase: (dc: number, cap: number, caps: number): number => mix(dc, cap * 2 + caps, T.DocCase),
  docShape: (dc: number, shape: number): number => mix(dc, shape, T.DocShape),
  firstLower: (lower: number): number => mix(lower, 0, T.FirstLower),
  prev: (prev: number): number => mix(prev, 0, T.Prev),
  prev2: (prev: number, prev2: number): number => mix(prev, prev2, T.Prev2),
  prevLower: (prev: number, lower: number): number => mix(prev, lower, T.PrevLower),
  prevShape: (prev: number, shape: number): number => mix(prev, shape, T.PrevShape),
  prevCapNext: (prev: number, cap: number, nextCap: number): number => mix(prev, cap * 16 + nextCap, T.PrevCapNext),
} as const;

/** Stand-ins for the neighbours of the first and last token. */
export const NO_PREV_LOWER = 1;
export const NO_NEXT_LOWER = 2;
export const NO_PREV_SHAPE = 1;
export const NO_NEXT_SHAPE = 2;
export const NO_CAP = 9;

/** Appends the sentence-dependent (non word-cacheable) features of token i. */
export function contextFeatures(ctx: SentenceContext, i: number, out: number[]): void {
  const { infos } = ctx;
  const w = infos[i];
  const prev = i > 0 ? infos[i - 1] : null;
  const next = i + 1 < infos.length ? infos[i + 1] : null;
  const caps = ctx.allCaps ? 1 : 0;
  const f = featureHash;
  out.push(f.bias());
  out.push(f.posCap(Math.min(i, 3), w.cap));
  out.push(f.capsLower(caps, w.lower));
  out.push(f.capsCap(caps, w.cap));
  out.push(f.bigram(prev ? prev.lower : NO_PREV_LOWER, w.lower));
  out.push(f.bigramNext(w.lower, next ? next.lower : NO_NEXT_LOWER));
  out.push(f.shapeTri(prev ? prev.shortShape : NO_PREV_SHAPE, w.shortShape, next ? next.shortShape : NO_NEXT_SHAPE));
  out.push(f.capTri(prev ? prev.cap : NO_CAP, w.cap, next ? next.cap : NO_CAP));
  const ph = ctx.phrases[i];
  if (ph !== undefined) for (const p of ph) out.push(f.phrase(p, caps));
  out.push(f.docCase(ctx.docCase[i], w.cap, caps));
  if (ctx.docCase[i] !== 0) out.push(f.docShape(ctx.docCase[i], w.shortShape));
  if (i === 0) out.push(f.firstLower(w.lower));
}

/** Appends features of the previous decisions (tag indices; `NT` = none). */
export function tagFeatures(ctx: SentenceContext, i: number, prev: number, prev2: number, out: number[]): void {
  const w = ctx.infos[i];
  const nextCap = i + 1 < ctx.infos.length ? ctx.infos[i + 1].cap : NO_CAP;
  const f = featureHash;
  out.push(f.prev(prev));
  out.push(f.prev2(prev, prev2));
  out.push(f.prevLower(prev, w.lower));
  out.push(f.prevShape(prev, w.shortShape));
  out.push(f.prevCapNext(prev, w.cap, nextCap));
}
