// Index rows kept from one provenance step to the next. A step reads the candidates of its new
// articles (their inputs, summaries, groups, keys, links), and the candidates of consecutive batches
// are largely the same recent articles: on 20k generated articles ~85% of a step's article, summary
// and group reads, and ~60% of its key reads, were rows read in the three steps before it.
//
// Only rows that change through a provenance commit are kept, so a view knows exactly what its own
// commits change and applies it (or drops the rows); a commit by anyone else (another process, a reset) moves the
// store's generation and empties the cache. Article inputs are written by the read loop, not by
// commits: the ids of each step's batch (new or updated articles) are dropped when the step starts.
import { BUCKET_CANDIDATES } from '../provenance/config.js';
import type { ArticleSummary, CopyLink, ProvenanceInput } from '../provenance/types.js';
import { decodeSummary, encodeSummary } from './summary-codec.js';
import type { ProvenanceRepository } from './repository.js';
import type { ProvenanceChanges, ProvenanceFetch, ProvenanceRows } from './provenance-rows.js';

/** Steps a row stays cached without being read (the reads above came back within three steps). */
const KEEP_STEPS = 3;
/** Rows kept at most per kind: a giant step does not hold the corpus (older steps' rows go first). */
const MAX_ROWS = 60_000;

/** Rows by key, in generations of one step each: a read moves a row to the newest generation. */
class RecentRows<K, V> {
  private generations: Map<K, V>[] = [new Map()];
  private size = 0;

  get(key: K): V | undefined {
    const newest = this.generations[0];
    const hit = newest.get(key);
    if (hit !== undefined) return hit;
    for (let g = 1; g < this.generations.length; g++) {
      const value = this.generations[g].get(key);
      if (value === undefined) continue;
      this.generations[g].delete(key);
      newest.set(key, value);
      return value;
    }
    return undefined;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.generations[0].set(key, value);
    this.size++;
    while (this.size > MAX_ROWS && this.generations.length > 1) this.size -= this.generations.pop()!.size;
  }

  delete(key: K): void {
    for (const g of this.generations) if (g.delete(key)) this.size--;
  }

  nextStep(): void {
    this.generations.unshift(new Map());
    while (this.generations.length > KEEP_STEPS) this.size -= this.generations.pop()!.size;
  }

  clear(): void {
    this.generations = [new Map()];
    this.size = 0;
  }
}

/** Rows a run's provenance steps read, kept across steps; one per run (or per thread running steps). */
export class ProvenanceRowCache {
  private readonly articles = new RecentRows<string, ProvenanceInput>();
  /** null: known to have no summary (a summary is written only by a commit). */
  private readonly summaries = new RecentRows<string, ArticleSummary | null>();
  private readonly groups = new RecentRows<string, string[]>();
  private readonly keys = new RecentRows<number, string[]>();
  private readonly links = new RecentRows<string, CopyLink[]>();
  private generation: number | null = null;

  /**
   * A view of `repo` for one step whose batch is `batch` (ids the read loop may have rewritten),
   * taken under the corpus lock. A store without generations is read directly.
   */
  async forStep(repo: ProvenanceRepository, batch: readonly string[]): Promise<ProvenanceRepository> {
    if (!repo.generation) return repo;
    const now = await repo.generation();
    if (now !== this.generation) this.clear();
    this.generation = now;
    for (const kind of [this.articles, this.summaries, this.groups, this.keys, this.links]) kind.nextStep();
    for (const id of batch) this.articles.delete(id);
    return this.view(repo);
  }

  private clear(): void {
    for (const kind of [this.articles, this.summaries, this.groups, this.keys, this.links]) kind.clear();
  }

  private view(repo: ProvenanceRepository): ProvenanceRepository {
    const fetchNow = repo.fetchNow?.bind(repo);
    const snapshot = repo.snapshot?.bind(repo);
    return {
      fetch: async (request) => this.merge(request, await repo.fetch(this.missing(request))),
      fetchNow: fetchNow && ((request) => this.merge(request, fetchNow(this.missing(request)))),
      snapshot,
      commit: async (changes, results) => {
        await repo.commit(changes, results);
        this.apply(changes);
        this.generation = await repo.generation!();
      },
      pendingArticleIds: (limit) => repo.pendingArticleIds(limit),
      generation: () => repo.generation!(),
    };
  }

  /** The part of a request not cached; lineage and copies are always read. */
  private missing(f: ProvenanceFetch): ProvenanceFetch {
    return {
      ...f,
      articles: f.articles.filter((id) => this.articles.get(id) === undefined),
      summaries: f.summaries.filter((id) => this.summaries.get(id) === undefined),
      groups: f.groups.filter((h) => this.groups.get(h) === undefined),
      keys: f.keys.filter((k) => this.keys.get(k) === undefined),
      links: f.links.filter((id) => this.links.get(id) === undefined),
    };
  }

  /** The rows of `request`: cached ones, and `read` (the rows of what was missing), which is cached. */
  private merge(request: ProvenanceFetch, read: ProvenanceRows): ProvenanceRows {
    for (const a of read.articles) this.articles.set(a.id, a);
    const summaries = new Map(read.summaries.map((s) => [s.id, s]));
    const groups = new Map(read.groups.map((g) => [g.hash, g.ids]));
    const keys = new Map(read.keys.map((k) => [k.key, k.ids]));
    const rows: ProvenanceRows = { ...read, articles: [], summaries: [], groups: [], keys: [], links: [] };
    for (const id of request.articles) {
      const a = this.articles.get(id);
      if (a) rows.articles.push(a);
    }
    for (const id of request.summaries) {
      const s = this.summaries.get(id) ?? summaries.get(id) ?? null;
      this.summaries.set(id, s);
      if (s) rows.summaries.push(s);
    }
    for (const hash of request.groups) {
      const ids = this.groups.get(hash) ?? groups.get(hash) ?? [];
      this.groups.set(hash, ids);
      if (ids.length) rows.groups.push({ hash, ids });
    }
    for (const key of request.keys) {
      const ids = this.keys.get(key) ?? keys.get(key) ?? [];
      this.keys.set(key, ids);
      if (ids.length) rows.keys.push({ key, ids });
    }
    const fresh = new Map(request.links.filter((id) => this.links.get(id) === undefined).map((id) => [id, [] as CopyLink[]]));
    for (const l of read.links) {
      fresh.get(l.a)?.push(l);
      if (l.b !== l.a) fresh.get(l.b)?.push(l);
    }
    for (const [id, links] of fresh) this.links.set(id, links);
    for (const id of request.links) for (const l of this.links.get(id)!) rows.links.push(l);
    return rows;
  }

  /**
   * Brings kept rows up to date with a commit of this view: a kept key list gets the new ids as the
   * store's read returns them (the most recent BUCKET_CANDIDATES, oldest first), and new summaries
   * are kept as a read would decode them (the next batch's candidates are largely this one's
   * articles); kept groups and links it changed are dropped.
   */
  private apply(c: ProvenanceChanges): void {
    for (const s of c.summaries) this.summaries.set(s.id, decodeSummary(encodeSummary(s)));
    for (const k of c.keys) {
      for (const key of k.keys) {
        const ids = this.keys.get(key);
        if (ids) this.keys.set(key, ids.length < BUCKET_CANDIDATES ? [...ids, k.id] : [...ids.slice(ids.length - BUCKET_CANDIDATES + 1), k.id]);
      }
    }
    for (const g of c.groupAdds) this.groups.delete(g.hash);
    for (const l of c.links) { this.links.delete(l.a); this.links.delete(l.b); }
  }
}
