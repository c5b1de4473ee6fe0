// In-memory ProvenanceIndex for tests, evaluation and the bench (the store implements the same on SQLite).
// Built for millions of articles without garbage-collector pressure: every article gets a number, and
// what is kept per article lives in typed-array columns (counts, exact-duplicate group, chain to the next
// group member); objects are kept only for the few articles that have them (links, lineage with an
// original, quality flags) and summaries are rebuilt on demand.
import { BUCKET_CANDIDATES } from './config.js';
import { hashString } from './hash32.js';
import { KeyMultimap } from './key-multimap.js';
import type { Flag, Original } from './model-types.js';
import type { ArticleSummary, CopyLink, LineageRecord, ProvenanceIndex, ProvenanceInput } from './types.js';

const EMPTY_KEYS = new Float64Array(0);
const EMPTY_FINGERPRINTS = new Uint32Array(0);
const NO_FLAGS: Flag[] = [];
/** Per-article integer columns. */
const COLUMNS = ['tokens', 'boilerplate', 'shingles', 'group', 'next', 'state'] as const;
type Column = (typeof COLUMNS)[number];
/** Bits of the `state` column. */
const IN_GROUP = 1;
const HAS_LINEAGE = 2;
/** The summary carried the article's credit (null included): see ArticleSummary.credit. */
const CREDIT_KNOWN = 4;
const NO_IDS: readonly string[] = Object.freeze([]);
/** Scratch list of article numbers read under one key (lookups run on one thread, one at a time). */
const SCRATCH = new Int32Array(BUCKET_CANDIDATES);
const HEX_PREFIX = /^[0-9a-f]{13}/;
/** Size of the cache of recent text hashes' group numbers (cleared when full). */
const RECENT_GROUPS = 1 << 15;

export interface MemoryIndexOptions {
  /** Keep only the scalar fields of summaries (no signature, keys or fingerprints): candidates are then
   * verified on texts without the signature pre-filter. For corpora of millions held in memory. */
  lean?: boolean;
  /** Reads article texts from elsewhere instead of keeping them (the bench regenerates them). */
  articleSource?: (id: string) => ProvenanceInput | undefined;
  /** LSH keys expected in all (sizes the key table once instead of doubling it: time and peak memory). */
  expectedKeys?: number;
}

interface Extras {
  signature: Uint32Array | null;
  keys: Float64Array;
  paragraphs: Uint32Array;
}

export class MemoryProvenanceIndex implements ProvenanceIndex {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private cols = new Map<Column, Int32Array>(COLUMNS.map((c) => [c, new Int32Array(1024)]));
  private readonly articles: ProvenanceInput[] = [];
  private readonly extras: Extras[] = [];
  private readonly quality = new Map<number, Flag[]>();
  /** Credits found in the texts (few articles have one). */
  private readonly credits = new Map<number, Original>();
  /** Text hash → group number (keyed by 52 bits of the hash, checked against the whole hash). */
  private readonly groupTable = new KeyMultimap(1 << 12);
  private readonly groupHash: string[] = [];
  private groupHead: Int32Array = new Int32Array(1024);
  private groupTail: Int32Array = new Int32Array(1024);
  private readonly keys: KeyMultimap;
  private readonly links = new Map<number, CopyLink[]>();
  private readonly lineage = new Map<number, LineageRecord>();
  private readonly copies = new Map<string, Set<string>>();
  /** The keys of the last lookupEach and their slots: addKeys of the same keys resumes the probes there. */
  private probed: { keys: Float64Array; slots: Int32Array; generation: number } | null = null;
  /** Group numbers of recently seen text hashes (each is looked up several times per article). */
  private readonly recentGroups = new Map<string, number>();

  constructor(private readonly options: MemoryIndexOptions = {}) {
    this.keys = new KeyMultimap(options.expectedKeys);
  }

  putArticle(article: ProvenanceInput, summary: ArticleSummary): void {
    const n = this.number(article.id);
    if (!this.options.articleSource) this.articles[n] = article;
    if (!this.options.lean) this.extras[n] = { signature: summary.signature, keys: summary.keys, paragraphs: summary.paragraphs };
    const c = (name: Column) => this.cols.get(name)!;
    c('tokens')[n] = summary.tokenCount;
    c('boilerplate')[n] = summary.boilerplateTokens;
    c('shingles')[n] = summary.shingleCount;
    c('group')[n] = summary.textHash === '' ? -1 : this.groupNumber(summary.textHash, true);
    if (summary.quality.length) this.quality.set(n, summary.quality);
    else this.quality.delete(n);
    const state = this.col('state');
    if (summary.credit === undefined) state[n] &= ~CREDIT_KNOWN;
    else state[n] |= CREDIT_KNOWN;
    if (summary.credit) this.credits.set(n, summary.credit);
    else this.credits.delete(n);
  }

  getArticle(id: string): ProvenanceInput | undefined {
    if (this.options.articleSource) return this.options.articleSource(id);
    const n = this.numbers.get(id);
    return n === undefined ? undefined : this.articles[n];
  }

  getSummary(id: string): ArticleSummary | undefined {
    const n = this.numbers.get(id);
    if (n === undefined) return undefined;
    const g = this.col('group')[n];
    const x = this.extras[n];
    const summary: ArticleSummary = {
      id,
      textHash: g < 0 ? '' : this.groupHash[g],
      tokenCount: this.col('tokens')[n],
      boilerplateTokens: this.col('boilerplate')[n],
      shingleCount: this.col('shingles')[n],
      signature: x?.signature ?? null,
      keys: x?.keys ?? EMPTY_KEYS,
      paragraphs: x?.paragraphs ?? EMPTY_FINGERPRINTS,
      quality: this.quality.get(n) ?? NO_FLAGS,
    };
    if (this.col('state')[n] & CREDIT_KNOWN) summary.credit = this.credits.get(n) ?? null;
    return summary;
  }

  groupOf(textHash: string): string[] {
    const g = this.groupNumber(textHash, false);
    const out: string[] = [];
    if (g < 0) return out;
    const next = this.col('next');
    for (let n = this.groupHead[g]; n >= 0; n = next[n]) out.push(this.ids[n]);
    return out;
  }

  addToGroup(textHash: string, id: string): void {
    const n = this.number(id);
    const state = this.col('state');
    if (state[n] & IN_GROUP) return;
    const g = this.groupNumber(textHash, true);
    state[n] |= IN_GROUP;
    this.col('next')[n] = -1;
    if (this.groupHead[g] < 0) this.groupHead[g] = n;
    else this.col('next')[this.groupTail[g]] = n;
    this.groupTail[g] = n;
  }

  /** The most recent BUCKET_CANDIDATES ids per key: a giant bucket costs a bounded walk (see config.ts). */
  lookup(keys: Float64Array): string[] {
    this.keys.touch(keys);
    const numbers: number[] = [];
    for (let i = 0; i < keys.length; i++) this.keys.collect(keys[i], numbers, BUCKET_CANDIDATES);
    return numbers.map((n) => this.ids[n]);
  }

  /** Per-key lookup() with the key table's slots read all at once (see KeyMultimap.touch). */
  lookupEach(keys: Float64Array): readonly (readonly string[])[] {
    this.keys.touch(keys);
    const slots = new Int32Array(keys.length);
    const out: (readonly string[])[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      slots[i] = this.keys.slotOf(keys[i]);
      const n = this.keys.collectSlot(slots[i], SCRATCH, BUCKET_CANDIDATES);
      out[i] = n === 0 ? NO_IDS : Array.from(SCRATCH.subarray(0, n), (v) => this.ids[v]);
    }
    this.probed = { keys, slots, generation: this.keys.generation };
    return out;
  }

  addKeys(id: string, keys: Float64Array): void {
    const n = this.number(id);
    const p = this.probed?.keys === keys ? this.probed : null;
    this.probed = null;
    for (let i = 0; i < keys.length; i++) {
      if (p) this.keys.addAt(p.slots[i], p.generation, keys[i], n);
      else this.keys.add(keys[i], n);
    }
  }

  linksOf(id: string): CopyLink[] {
    const n = this.numbers.get(id);
    return (n !== undefined && this.links.get(n)) || [];
  }

  putLink(link: CopyLink): void {
    for (const id of [link.a, link.b]) {
      const n = this.number(id);
      const list = (this.links.get(n) ?? []).filter((l) => !(l.a === link.a && l.b === link.b));
      list.push(link);
      this.links.set(n, list);
    }
  }

  getLineage(id: string): LineageRecord | undefined {
    const n = this.numbers.get(id);
    if (n === undefined || !(this.col('state')[n] & HAS_LINEAGE)) return undefined;
    return this.lineage.get(n) ?? { id, original: null, diff: null };
  }

  putLineage(record: LineageRecord): void {
    const n = this.number(record.id);
    const old = this.lineage.get(n)?.original?.article_id;
    if (old) this.copies.get(old)?.delete(record.id);
    this.col('state')[n] |= HAS_LINEAGE;
    // Records that say nothing (no original, no diff) are the common case: only the bit is kept.
    if (record.original || record.diff) this.lineage.set(n, record);
    else this.lineage.delete(n);
    const next = record.original?.article_id;
    if (next) {
      const set = this.copies.get(next) ?? new Set<string>();
      set.add(record.id);
      this.copies.set(next, set);
    }
  }

  copiesOf(id: string): string[] {
    return [...(this.copies.get(id) ?? [])].sort();
  }

  /** Memory held in typed arrays (the bench reports it beside the heap). */
  get typedArrayBytes(): number {
    let bytes = this.keys.bytes + this.groupTable.bytes + this.groupHead.byteLength + this.groupTail.byteLength;
    for (const c of this.cols.values()) bytes += c.byteLength;
    return bytes;
  }

  private col(name: Column): Int32Array {
    return this.cols.get(name)!;
  }

  /** The article's number, assigned on first sight; columns grow by doubling. */
  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n !== undefined) return n;
    n = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, n);
    const cap = this.col('tokens').length;
    if (n >= cap) for (const name of COLUMNS) this.cols.set(name, grown(this.col(name), cap * 2, 0));
    this.col('group')[n] = -1;
    this.col('next')[n] = -1;
    return n;
  }

  /** Group number of a text hash; created when `create`, else -1 when unknown. */
  private groupNumber(textHash: string, create: boolean): number {
    const recent = this.recentGroups.get(textHash);
    if (recent !== undefined) return recent;
    const g = this.findOrCreateGroup(textHash, create);
    if (g >= 0) {
      if (this.recentGroups.size >= RECENT_GROUPS) this.recentGroups.clear();
      this.recentGroups.set(textHash, g);
    }
    return g;
  }

  private findOrCreateGroup(textHash: string, create: boolean): number {
    const key = hashKey(textHash);
    let found = -1;
    this.groupTable.forEach(key, (g) => {
      if (this.groupHash[g] !== textHash) return true;
      found = g;
      return false;
    });
    if (found >= 0 || !create) return found;
    const g = this.groupHash.length;
    this.groupHash.push(textHash);
    this.groupTable.add(key, g);
    if (g >= this.groupHead.length) {
      this.groupHead = grown(this.groupHead, g * 2, -1);
      this.groupTail = grown(this.groupTail, g * 2, -1);
    }
    this.groupHead[g] = -1;
    this.groupTail[g] = -1;
    return g;
  }
}

/** A 52-bit numeric key of a text hash: its first 13 hex digits, or a string hash for other formats. */
function hashKey(textHash: string): number {
  const k = HEX_PREFIX.test(textHash) ? parseInt(textHash.slice(0, 13), 16) : NaN;
  return Number.isNaN(k) ? hashString(textHash) : k;
}

function grown(a: Int32Array, cap: number, fill: number): Int32Array {
  const b = new Int32Array(cap).fill(fill);
  b.set(a);
  return b;
}
