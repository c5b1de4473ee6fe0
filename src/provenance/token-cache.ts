// What verification and result building derive from one article's text (body tokens, shingles, the
// sorted shingle set), and the verified pairs, computed once per corpus step: a batch compares each
// text with many candidates, re-runs after a missed read, and expands every reuse link to every
// member, which re-tokenised (and re-compared) the same texts over and over.
import { bodyTokens, type BodyTokens } from './body-tokens.js';
import type { ShinglePositions } from './reuse.js';
import { distinctSorted, shingleHashes } from './shingles.js';
import type { CopyLink } from './types.js';

/** A text's derived forms; the shingle forms are filled on first use. */
export interface TextForms {
  tokens: BodyTokens;
  /** Shingle hashes in text order. */
  shingles?: Uint32Array;
  /** Sorted distinct shingles. */
  distinct?: Uint32Array;
  /** Where each shingle starts (compare-texts.ts, for partial-reuse alignment). */
  positions?: ShinglePositions;
}

/** Texts kept at most: a step over a huge linked component must not hold every text's forms. */
const MAX_ENTRIES = 20_000;
/** Pair results kept at most (a link is small: ids, fractions, passages). */
const MAX_PAIRS = 500_000;

/**
 * Forms keyed by article id. The text is kept beside them and compared on each read (the same string
 * object, so usually one pointer test): an id whose text differs is recomputed, never served stale.
 * Without a cache (`null`), every call computes afresh.
 */
export class TokenCache {
  /** `maxEntries`: texts kept at most (a worker thread verifying pairs keeps fewer than a corpus step). */
  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  private readonly byId = new Map<string, { text: string; forms: TextForms }>();
  /** Verified pairs (a compareTexts result is a function of the two texts): a re-run of the batch after
   * a missed read compares nothing again. */
  private readonly pairs = new Map<string, { textA: string; textB: string; link: CopyLink | null }>();

  /** The pair's remembered result, or undefined when these texts were not compared yet. */
  pair(idA: string, textA: string, idB: string, textB: string): CopyLink | null | undefined {
    const hit = this.pairs.get(`${idA}\u0000${idB}`);
    return hit && hit.textA === textA && hit.textB === textB ? hit.link : undefined;
  }

  rememberPair(idA: string, textA: string, idB: string, textB: string, link: CopyLink | null): void {
    if (this.pairs.size >= MAX_PAIRS) this.pairs.delete(this.pairs.keys().next().value!);
    this.pairs.set(`${idA}\u0000${idB}`, { textA, textB, link });
  }

  forms(id: string, text: string): TextForms {
    const hit = this.byId.get(id);
    if (hit && hit.text === text) return hit.forms;
    const forms = { tokens: bodyTokens(text) };
    if (hit) this.byId.delete(id);
    else if (this.byId.size >= this.maxEntries) this.byId.delete(this.byId.keys().next().value!);
    this.byId.set(id, { text, forms });
    return forms;
  }

  /** What it holds (provenance-mem-log.ts). */
  sizes(): Record<string, number> {
    let tokens = 0;
    for (const e of this.byId.values()) tokens += e.forms.tokens.count;
    return { texts: this.byId.size, tokens, pairs: this.pairs.size };
  }

  get size(): number {
    return this.byId.size;
  }
}

/** Forms of a text, from the cache when given. */
export function textForms(cache: TokenCache | null | undefined, id: string, text: string): TextForms {
  return cache ? cache.forms(id, text) : { tokens: bodyTokens(text) };
}

export function shinglesOf(f: TextForms): Uint32Array {
  return (f.shingles ??= shingleHashes(f.tokens.hashes));
}

export function distinctOf(f: TextForms): Uint32Array {
  return (f.distinct ??= distinctSorted(shinglesOf(f)));
}
