// In-memory ProvenanceIndex for tests, evaluation and the bench (the store implements the same on SQLite).
import { KeyMultimap } from './key-multimap.js';
import type { ArticleSummary, CopyLink, LineageRecord, ProvenanceIndex, ProvenanceInput } from './types.js';

const EMPTY_KEYS = new Float64Array(0);
const EMPTY_FINGERPRINTS = new Uint32Array(0);

export interface MemoryIndexOptions {
  /** Keep only the scalar fields of summaries (no signature, keys or fingerprints): candidates are then
   * verified on texts without the signature pre-filter. For corpora of millions held in memory. */
  lean?: boolean;
  /** Reads article texts from elsewhere instead of keeping them (the bench regenerates them). */
  articleSource?: (id: string) => ProvenanceInput | undefined;
}

export class MemoryProvenanceIndex implements ProvenanceIndex {
  private readonly articles = new Map<string, ProvenanceInput>();
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly groups = new Map<string, string[]>();
  private readonly keys = new KeyMultimap();
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly links = new Map<string, CopyLink[]>();
  private readonly lineage = new Map<string, LineageRecord>();
  private readonly copies = new Map<string, Set<string>>();

  constructor(private readonly options: MemoryIndexOptions = {}) {}

  putArticle(article: ProvenanceInput, summary: ArticleSummary): void {
    if (!this.options.articleSource) this.articles.set(article.id, article);
    const kept = this.options.lean ? { ...summary, signature: null, keys: EMPTY_KEYS, paragraphs: EMPTY_FINGERPRINTS } : summary;
    this.summaries.set(article.id, kept);
  }

  getArticle(id: string): ProvenanceInput | undefined {
    return this.options.articleSource ? this.options.articleSource(id) : this.articles.get(id);
  }

  getSummary(id: string): ArticleSummary | undefined {
    return this.summaries.get(id);
  }

  groupOf(textHash: string): string[] {
    return this.groups.get(textHash) ?? [];
  }

  addToGroup(textHash: string, id: string): void {
    const g = this.groups.get(textHash);
    if (g) g.push(id);
    else this.groups.set(textHash, [id]);
  }

  lookup(keys: Float64Array): string[] {
    const out: string[] = [];
    for (const k of keys) this.keys.forEach(k, (n) => out.push(this.ids[n]));
    return out;
  }

  addKeys(id: string, keys: Float64Array): void {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    for (const k of keys) this.keys.add(k, n);
  }

  linksOf(id: string): CopyLink[] {
    return this.links.get(id) ?? [];
  }

  putLink(link: CopyLink): void {
    for (const id of [link.a, link.b]) {
      const list = (this.links.get(id) ?? []).filter((l) => !(l.a === link.a && l.b === link.b));
      list.push(link);
      this.links.set(id, list);
    }
  }

  getLineage(id: string): LineageRecord | undefined {
    return this.lineage.get(id);
  }

  putLineage(record: LineageRecord): void {
    const old = this.lineage.get(record.id)?.original?.article_id;
    if (old) this.copies.get(old)?.delete(record.id);
    this.lineage.set(record.id, record);
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
}
