// LSH keys of one text (see config.ts for the layout and why it covers containment).
import {
  EDGE_BANDS, EDGE_PERM, EDGE_ROWS, LEAD_TOKENS, PARAGRAPH_KEYS, PARAGRAPH_MIN_TOKENS, PASSAGE_BANDS,
  PASSAGE_MAX_PARAGRAPHS, PASSAGE_PERM, PASSAGE_ROWS, SHINGLE_SIZE, WHOLE_BANDS, WHOLE_ROWS,
} from './config.js';
import { hashRun, key52 } from './hash32.js';
import { minhashSignature } from './minhash.js';
import { distinctSorted } from './shingles.js';

const EMPTY = 0xffffffff;
const FAMILY_WHOLE = 1;
const FAMILY_LEAD = 2;
const FAMILY_TAIL = 3;
const FAMILY_PARAGRAPH = 4;
const FAMILY_PASSAGE = 5;
/** Passage keys are offset into [2^52, 2^53) (still exact in a double and an SQLite INTEGER) so that
 * the candidate search tells them apart from whole-text keys by value alone. */
const PASSAGE_OFFSET = 2 ** 52;

/** Band keys of a signature: one 52-bit key per band, tagged with its family and band number. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, family: number, out: number[]): void {
  for (let b = 0; b < bands; b++) {
    const from = b * rows;
    if (sig[from] === EMPTY) continue;
    const tag = family * 256 + b;
    out.push(key52(hashRun(sig, from, from + rows, 0x3c6ef372 ^ tag), hashRun(sig, from, from + rows, 0xa54ff53a + tag)));
  }
}

/**
 * Lead and tail keys from small signatures over the first and last LEAD_TOKENS tokens, read from the
 * text's positional shingles (shingle i starts at token i; a minimum ignores repeats, so no dedup).
 */
export function edgeKeys(shingles: Uint32Array, tokenCount: number, out: number[]): void {
  if (tokenCount === 0) return;
  const span = (tokens: number): number => (tokens < SHINGLE_SIZE ? 1 : tokens - SHINGLE_SIZE + 1);
  const lead = span(Math.min(tokenCount, LEAD_TOKENS));
  bandKeys(minhashSignature(shingles, EDGE_PERM, 0, lead), EDGE_BANDS, EDGE_ROWS, FAMILY_LEAD, out);
  if (tokenCount <= LEAD_TOKENS) return;
  bandKeys(minhashSignature(shingles, EDGE_PERM, tokenCount - LEAD_TOKENS, shingles.length), EDGE_BANDS, EDGE_ROWS, FAMILY_TAIL, out);
}

/** The PARAGRAPH_KEYS smallest paragraph fingerprints (consistent sampling across texts). */
export function paragraphKeys(fingerprints: Uint32Array, out: number[]): void {
  const sorted = distinctSorted(fingerprints);
  for (let i = 0; i < Math.min(PARAGRAPH_KEYS, sorted.length); i++) out.push(key52(FAMILY_PARAGRAPH, sorted[i]));
}

export function wholeKeys(sig: Uint32Array, out: number[]): void {
  bandKeys(sig, WHOLE_BANDS, WHOLE_ROWS, FAMILY_WHOLE, out);
}

/** Passage keys of each long paragraph (token ranges into the text's positional shingles). */
export function passageKeys(shingles: Uint32Array, paragraphs: readonly { t0: number; t1: number }[], out: number[]): void {
  const keys: number[] = [];
  let done = 0;
  for (const p of paragraphs) {
    if (p.t1 - p.t0 < PARAGRAPH_MIN_TOKENS) continue;
    if (done++ === PASSAGE_MAX_PARAGRAPHS) break;
    const sig = minhashSignature(shingles, PASSAGE_PERM, p.t0, p.t1 - SHINGLE_SIZE + 1);
    keys.length = 0;
    bandKeys(sig, PASSAGE_BANDS, PASSAGE_ROWS, FAMILY_PASSAGE, keys);
    for (const k of keys) out.push(PASSAGE_OFFSET + k);
  }
}

export function isPassageKey(key: number): boolean {
  return key >= PASSAGE_OFFSET;
}

/**
 * Passage and exact-paragraph keys: keys of one paragraph, whose bucket size is that paragraph's
 * document frequency (a whole-text key has this form with probability 2^-20: it is then merely capped too).
 */
export function isParagraphLevelKey(key: number): boolean {
  return key >= PASSAGE_OFFSET || Math.floor(key / 0x100000000) === FAMILY_PARAGRAPH;
}
