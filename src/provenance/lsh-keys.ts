// LSH keys of one text (see config.ts for the layout and why it covers containment).
import {
  EDGE_BANDS, EDGE_PERM, EDGE_ROWS, LEAD_TOKENS, PARAGRAPH_KEYS, WHOLE_BANDS, WHOLE_ROWS,
} from './config.js';
import { hashRun, key52 } from './hash32.js';
import { minhashSignature } from './minhash.js';
import { distinctSorted, shingleHashes } from './shingles.js';

const EMPTY = 0xffffffff;
const FAMILY_WHOLE = 1;
const FAMILY_LEAD = 2;
const FAMILY_TAIL = 3;
const FAMILY_PARAGRAPH = 4;

/** Band keys of a signature: one 52-bit key per band, tagged with its family and band number. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, family: number, out: number[]): void {
  for (let b = 0; b < bands; b++) {
    const from = b * rows;
    if (sig[from] === EMPTY) continue;
    const tag = family * 256 + b;
    out.push(key52(hashRun(sig, from, from + rows, 0x3c6ef372 ^ tag), hashRun(sig, from, from + rows, 0xa54ff53a + tag)));
  }
}

/** Lead and tail keys from small signatures over the first and last LEAD_TOKENS tokens. */
export function edgeKeys(tokenHashes: Uint32Array, out: number[]): void {
  const n = tokenHashes.length;
  if (n === 0) return;
  const lead = distinctSorted(shingleHashes(tokenHashes, 0, Math.min(n, LEAD_TOKENS)));
  bandKeys(minhashSignature(lead, EDGE_PERM), EDGE_BANDS, EDGE_ROWS, FAMILY_LEAD, out);
  if (n <= LEAD_TOKENS) return;
  const tail = distinctSorted(shingleHashes(tokenHashes, n - LEAD_TOKENS, n));
  bandKeys(minhashSignature(tail, EDGE_PERM), EDGE_BANDS, EDGE_ROWS, FAMILY_TAIL, out);
}

/** The PARAGRAPH_KEYS smallest paragraph fingerprints (consistent sampling across texts). */
export function paragraphKeys(fingerprints: Uint32Array, out: number[]): void {
  const sorted = distinctSorted(fingerprints);
  for (let i = 0; i < Math.min(PARAGRAPH_KEYS, sorted.length); i++) out.push(key52(FAMILY_PARAGRAPH, sorted[i]));
}

export function wholeKeys(sig: Uint32Array, out: number[]): void {
  bandKeys(sig, WHOLE_BANDS, WHOLE_ROWS, FAMILY_WHOLE, out);
}
