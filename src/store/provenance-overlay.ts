// An in-memory ProvenanceIndex over rows read from a store: reads are served from what was
// loaded plus this step's writes. A store that can read synchronously (SQLite, on this machine) is
// read through: a read of something not loaded loads exactly that row at once (a candidate search's
// keys, and its candidates' summaries and articles, are loaded together: lookupEach, readAhead).
// Otherwise a read of something not loaded is recorded as a miss and answered as empty: the
// provenance step runs the synchronous algorithm, loads the misses, and runs it again until a run
// has no miss — then every read saw the store's real state, and the writes of that run are exactly
// what the algorithm would have written through a direct index.
import { BUCKET_CANDIDATES } from '../provenance/config.js';
import type { ArticleSummary, CopyLink, LineageRecord, ProvenanceIndex, ProvenanceInput } from '../provenance/types.js';
import { emptyFetch, isEmptyFetch, type ProvenanceChanges, type ProvenanceFetch, type ProvenanceRows } from './provenance-rows.js';

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;
const byPair = (x: CopyLink, y: CopyLink): number => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);

class Writes {
  readonly articles = new Map<string, ProvenanceInput>();
  readonly summaries = new Map<string, ArticleSummary>();
  readonly groupAdds: { hash: string; id: string }[] = [];
  readonly groups = new Map<string, string[]>();
  readonly keys = new Map<string, number[]>();
  readonly keyIndex = new Map<number, string[]>();
  readonly links = new Map<string, CopyLink>();
  readonly linksById = new Map<string, Set<string>>();
  readonly lineage = new Map<string, LineageRecord>();
  /** Per in-corpus original, the ids whose written record names it (copiesOf is asked for every
   * affected article: a scan of every written record per call made a step quadratic in its size). */
  readonly copiesByOriginal = new Map<string, Set<string>>();
}

export class ProvenanceOverlay implements ProvenanceIndex {
  // Store state as loaded; null (or an empty list) records a row known to be absent.
  private readonly articles = new Map<string, ProvenanceInput | null>();
  private readonly summaries = new Map<string, ArticleSummary | null>();
  private readonly groups = new Map<string, string[]>();
  private readonly keys = new Map<number, string[]>();
  private readonly links = new Map<string, CopyLink[]>();
  private readonly lineage = new Map<string, LineageRecord | null>();
  private readonly copies = new Map<string, string[]>();
  /** One string per id read in key rows: a store reads each row's ids as new strings, and a step reads
   * the rows of ~100k keys, each id in ~12 of them (100k run, 9th step: 191k ids of 15.2k articles). */
  private readonly ids = new Map<string, string>();
  private readonly intern = (id: string): string => {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    this.ids.set(id, id);
    return id;
  };
  private w = new Writes();
  private misses = emptyFetch();
  /** linksOf() answers until the next write: results read the links of each group once per member. A
   * load never changes a memoised answer: it only adds the links of ids not loaded yet. */
  private linksMemo = new Map<string, CopyLink[]>();

  /** Rows loaded per category, and the ids they name in all (provenance-mem-log.ts). */
  sizes(): Record<string, number> {
    let keyIds = 0;
    for (const ids of this.keys.values()) keyIds += ids.length;
    let links = 0;
    for (const l of this.links.values()) links += l.length;
    return { articles: this.articles.size, summaries: this.summaries.size, groups: this.groups.size, keys: this.keys.size, keyIds, internedIds: this.ids.size, linksOfIds: this.links.size, links, lineage: this.lineage.size };
  }

  /** `source`: the store's synchronous read, when it has one (see readsThrough). */
  constructor(private readonly source?: (request: ProvenanceFetch) => ProvenanceRows) {}

  /**
   * Whether reads go through to the store (nothing is ever missed): reading ahead would then only
   * read rows the algorithm never asks for, so fills leave it to the reads themselves.
   */
  get readsThrough(): boolean {
    return this.source !== undefined;
  }

  /** Records the rows read for `request`; whatever was requested and not returned is absent. */
  load(request: ProvenanceFetch, rows: ProvenanceRows): void {
    for (const id of request.articles) if (!this.articles.has(id)) this.articles.set(id, null);
    for (const a of rows.articles) this.articles.set(a.id, a);
    for (const id of request.summaries) if (!this.summaries.has(id)) this.summaries.set(id, null);
    for (const s of rows.summaries) this.summaries.set(s.id, s);
    for (const h of request.groups) if (!this.groups.has(h)) this.groups.set(h, []);
    for (const g of rows.groups) this.groups.set(g.hash, g.ids);
    for (const k of request.keys) if (!this.keys.has(k)) this.keys.set(k, []);
    for (const k of rows.keys) this.keys.set(k.key, k.ids.map(this.intern));
    const links = new Map<string, Map<string, CopyLink>>(request.links.filter((id) => !this.links.has(id)).map((id) => [id, new Map()]));
    for (const l of rows.links) for (const id of [l.a, l.b]) links.get(id)?.set(pairKey(l.a, l.b), l);
    for (const [id, m] of links) this.links.set(id, [...m.values()].sort(byPair));
    for (const id of request.lineage) if (!this.lineage.has(id)) this.lineage.set(id, null);
    for (const r of rows.lineage) this.lineage.set(r.id, r);
    for (const id of request.copies) if (!this.copies.has(id)) this.copies.set(id, []);
    for (const c of rows.copies) this.copies.set(c.id, [...c.ids].sort());
  }

  /** The part of `request` not loaded yet. */
  unknown(request: ProvenanceFetch): ProvenanceFetch {
    const fresh = <T>(list: T[], known: Map<T, unknown>): T[] => [...new Set(list)].filter((x) => !known.has(x));
    return {
      articles: fresh(request.articles, this.articles), summaries: fresh(request.summaries, this.summaries),
      groups: fresh(request.groups, this.groups), keys: fresh(request.keys, this.keys), links: fresh(request.links, this.links),
      lineage: fresh(request.lineage, this.lineage), copies: fresh(request.copies, this.copies),
    };
  }

  /** Drops the writes of the last run (before running the algorithm again). */
  reset(): void {
    this.linksMemo.clear();
    this.w = new Writes();
    this.misses = emptyFetch();
  }

  takeMisses(): ProvenanceFetch {
    const m = this.misses;
    this.misses = emptyFetch();
    return this.unknown(m);
  }

  /** What the last run wrote; lineage records equal to the stored ones are left out. */
  changes(): ProvenanceChanges {
    const w = this.w;
    const lineage = [...w.lineage.values()].filter((r) => JSON.stringify(r) !== JSON.stringify(this.lineage.get(r.id) ?? null));
    return {
      summaries: [...w.summaries.values()],
      groupAdds: [...w.groupAdds],
      keys: [...w.keys].map(([id, keys]) => ({ id, keys })),
      links: [...w.links.values()].sort(byPair),
      lineage: lineage.sort((x, y) => (x.id < y.id ? -1 : 1)),
    };
  }

  putArticle(article: ProvenanceInput, summary: ArticleSummary): void {
    this.w.articles.set(article.id, article);
    this.w.summaries.set(article.id, summary);
  }

  getArticle(id: string): ProvenanceInput | undefined {
    return this.w.articles.get(id) ?? this.read(this.articles, id, 'articles') ?? undefined;
  }

  getSummary(id: string): ArticleSummary | undefined {
    return this.w.summaries.get(id) ?? this.read(this.summaries, id, 'summaries') ?? undefined;
  }

  groupOf(textHash: string): string[] {
    const stored = this.read(this.groups, textHash, 'groups') ?? [];
    const added = this.w.groups.get(textHash);
    return added ? [...stored, ...added] : stored;
  }

  addToGroup(textHash: string, id: string): void {
    if (this.groupOf(textHash).includes(id)) return; // the store ignores a repeated member too
    const list = this.w.groups.get(textHash) ?? [];
    list.push(id);
    this.w.groups.set(textHash, list);
    this.w.groupAdds.push({ hash: textHash, id });
  }

  /** Per key the most recent BUCKET_CANDIDATES ids, like the store's read (see ProvenanceIndex.lookup). */
  lookup(keys: Float64Array): string[] {
    return this.lookupEach(keys).flat();
  }

  /** lookup() of each key, the keys not loaded yet read from the store in one request. */
  lookupEach(keys: Float64Array): readonly (readonly string[])[] {
    this.loadTogether({ ...emptyFetch(), keys: Array.from(keys) });
    return Array.from(keys, (k) => this.idsOfKey(k));
  }

  private idsOfKey(k: number): readonly string[] {
    const stored = this.read(this.keys, k, 'keys') ?? [];
    const added = this.w.keyIndex.get(k);
    const all = added ? [...stored, ...added] : stored;
    return all.length > BUCKET_CANDIDATES ? all.slice(-BUCKET_CANDIDATES) : all;
  }

  readAhead(category: 'articles' | 'summaries', ids: readonly string[]): void {
    const written = this.w[category]; // this step's own rows: the store has none of them
    this.loadTogether({ ...emptyFetch(), [category]: ids.filter((id) => !written.has(id)) });
  }

  /**
   * Reads through, in one request, the rows of `request` not loaded yet (a store reads many rows in
   * one statement faster than one by one); without a source, each read records its own miss as before.
   */
  private loadTogether(request: ProvenanceFetch): void {
    if (!this.source) return;
    const missing = this.unknown(request);
    if (!isEmptyFetch(missing)) this.load(missing, this.source(missing));
  }

  addKeys(id: string, keys: Float64Array): void {
    const distinct = [...new Set(keys)];
    this.w.keys.set(id, distinct);
    for (const k of distinct) {
      // A new list as [id], not [] then push: push gives an empty array room for 17 ids, and nearly
      // every key of a batch names one article (~140k keys a step: 21 MB live at step 8 of a 20k run).
      const list = this.w.keyIndex.get(k);
      if (list) list.push(id);
      else this.w.keyIndex.set(k, [id]);
    }
  }

  linksOf(id: string): CopyLink[] {
    const memo = this.linksMemo.get(id);
    if (memo) return memo;
    if (!this.links.has(id) && !this.loadNow('links', id)) return this.mergedLinks(id); // a miss is not memoised
    const out = this.mergedLinks(id);
    this.linksMemo.set(id, out);
    return out;
  }

  private mergedLinks(id: string): CopyLink[] {
    const merged = new Map<string, CopyLink>();
    for (const l of this.links.get(id) ?? []) merged.set(pairKey(l.a, l.b), l);
    for (const k of this.w.linksById.get(id) ?? []) merged.set(k, this.w.links.get(k)!);
    return [...merged.values()].sort(byPair);
  }

  putLink(link: CopyLink): void {
    this.linksMemo.delete(link.a);
    this.linksMemo.delete(link.b);
    const k = pairKey(link.a, link.b);
    this.w.links.set(k, link);
    for (const id of [link.a, link.b]) {
      const set = this.w.linksById.get(id) ?? new Set<string>();
      set.add(k);
      this.w.linksById.set(id, set);
    }
  }

  getLineage(id: string): LineageRecord | undefined {
    return this.w.lineage.get(id) ?? this.read(this.lineage, id, 'lineage') ?? undefined;
  }

  putLineage(record: LineageRecord): void {
    const w = this.w;
    const before = w.lineage.get(record.id)?.original?.article_id;
    if (before) w.copiesByOriginal.get(before)?.delete(record.id);
    w.lineage.set(record.id, record);
    const after = record.original?.article_id;
    if (after) {
      const ids = w.copiesByOriginal.get(after);
      if (ids) ids.add(record.id);
      else w.copiesByOriginal.set(after, new Set([record.id]));
    }
  }

  copiesOf(id: string): string[] {
    const out = new Set<string>();
    for (const c of this.read(this.copies, id, 'copies') ?? []) {
      const now = this.w.lineage.get(c);
      if (!now || now.original?.article_id === id) out.add(c);
    }
    for (const c of this.w.copiesByOriginal.get(id) ?? []) out.add(c);
    return [...out].sort();
  }

  private read<C extends keyof ProvenanceFetch, V>(loaded: Map<ProvenanceFetch[C][number], V>, key: ProvenanceFetch[C][number], category: C): V | undefined {
    if (loaded.has(key) || this.loadNow(category, key)) return loaded.get(key);
    return undefined;
  }

  /** Reads one row through to the store (true), or records it as missed (false). */
  private loadNow<C extends keyof ProvenanceFetch>(category: C, key: ProvenanceFetch[C][number]): boolean {
    if (!this.source) {
      (this.misses[category] as ProvenanceFetch[C][number][]).push(key);
      return false;
    }
    const request = { ...emptyFetch(), [category]: [key] };
    this.load(request, this.source(request));
    return true;
  }
}
