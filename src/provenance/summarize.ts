// The compact per-article summary (runs in worker threads): text hash, MinHash, LSH keys, paragraph fingerprints.
import { PARAGRAPH_MIN_TOKENS } from './config.js';
import { bodyTokens } from './body-tokens.js';
import { detectCredit } from './credits.js';
import { hashRun } from './hash32.js';
import { edgeKeys, paragraphKeys, passageKeys, wholeKeys } from './lsh-keys.js';
import { minhashSignature } from './minhash.js';
import { qualityFlags } from './quality/index.js';
import { distinctCount, shingleHashes } from './shingles.js';
import type { ArticleSummary } from './types.js';

/**
 * `quality: false` skips the quality flags (the bench measures duplicate detection alone). When the
 * article's `dateline` is given (null included), its credit is detected here too (see ArticleSummary.credit).
 */
export function summarize(article: { id: string; text: string; dateline?: string | null }, options: { quality?: boolean } = {}): ArticleSummary {
  const tokens = bodyTokens(article.text);
  const n = tokens.count;
  const positional = shingleHashes(tokens.hashes);
  const shingleCount = distinctCount(positional);
  const signature = minhashSignature(positional);
  const fingerprints: number[] = [];
  for (const p of tokens.paragraphs) {
    if (p.t1 - p.t0 >= PARAGRAPH_MIN_TOKENS) fingerprints.push(hashRun(tokens.hashes, p.t0, p.t1));
  }
  const paragraphs = Uint32Array.from(fingerprints);
  const keys: number[] = [];
  if (n > 0) {
    wholeKeys(signature, keys);
    edgeKeys(positional, n, keys);
    paragraphKeys(paragraphs, keys);
    passageKeys(positional, tokens.paragraphs, keys);
  }
  const summary: ArticleSummary = {
    id: article.id,
    textHash: n === 0 ? '' : textHash(tokens.hashes),
    tokenCount: n,
    boilerplateTokens: tokens.boilerplateTokens,
    shingleCount,
    signature,
    keys: Float64Array.from(keys),
    paragraphs,
    quality: options.quality === false ? [] : qualityFlags(article.text),
  };
  if (article.dateline !== undefined) summary.credit = detectCredit(article.text, article.dateline);
  return summary;
}

/** 64-bit hash (hex) of the token sequence plus its length. */
function textHash(hashes: Uint32Array): string {
  const a = hashRun(hashes, 0, hashes.length, 0x6a09e667);
  const b = hashRun(hashes, 0, hashes.length, 0xbb67ae85);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0') + hashes.length.toString(16);
}
