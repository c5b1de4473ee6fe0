// The corpus stage: articles → events (tight: words, entities, dates) → stories (loose, entity
// driven, parents of events). Online: `add` takes a batch (or `stage` takes chunks as they stream
// and `commit` closes them), updates document frequencies and the two level indices, and rebuilds
// only what the batch touches. The partition and the ids are a function of the article set, so
// three batches give exactly what one batch gives. Representations are held compactly (RepTable)
// and the index keeps units' vectors in arenas: at a million articles the heap holds few objects.
import { DocFreq, sizeBin } from './doc-freq.js';
import { LinkGraph, type GraphChange, type Group } from './link-graph.js';
import { ENTITY_MARK, RepTable, TERM_MARK } from './rep-table.js';
import { loadClusteringModel } from './model.js';
import { entityVector, representArticle } from './represent.js';
import { IdSum } from './id-sum.js';
import { normalize } from './sparse.js';
import { KeyIds } from './scatter-dot.js';
import { MemoryClusterStore, type ClusterStore } from './store.js';
import type { ArticleRep, ArticleSummary, ClusteringModel, SparseVector } from './types.js';
import type { ParamsFor, Unit } from './unit.js';
import { weighValues } from './weigh.js';
import { collectGarbage } from '../../util/collect-garbage.js';

/** The short-text profile scores a pair of short texts (headlines, snippets); any pair with a full text uses the full profile. */
export const eventParams = (m: ClusteringModel): ParamsFor => (a, b) => (a.short && b.short ? m.event.short : m.event.full);

/** Stories index more keys per event: events are few, and a story's shared names are common words. */
const STORY_KEYS = { termKeys: 24, entityKeys: 24 };

/** Units in day order, undated first (stable: ties keep the given order). */
function byDay(units: Unit[]): Unit[] {
  return units.sort((a, b) => { const da = a.day ?? -Infinity, db = b.day ?? -Infinity; return da < db ? -1 : da > db ? 1 : 0; });
}

/** `f` of each item, made as the consumer asks for it. */
function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const x of items) yield f(x);
}

export interface ClusteringChange { events: GraphChange; stories: GraphChange }

/**
 * A vector handed to the index by key ids, whose key strings are looked up only if read: the index
 * reads the ids (`Unit.tIds`, `eIds`), and `LinkGraph.unit` gives back plain vectors.
 */
class KeyedByIds implements SparseVector {
  constructor(private readonly table: KeyIds, private readonly ids: readonly number[], readonly values: number[]) {}
  get keys(): string[] { return this.ids.map((k) => this.table.key(k)); }
}

export class StoryClusterer {
  readonly termDf = new DocFreq();
  readonly entityDf = new DocFreq();
  readonly events: LinkGraph;
  readonly stories: LinkGraph;

  /** `fullRetrieval`: see GraphOptions (threshold learning reads candidate pairs across all days). */
  constructor(readonly model: ClusteringModel = loadClusteringModel(), readonly store: ClusterStore = new MemoryClusterStore(), opts: { fullRetrieval?: boolean } = {}) {
    const m = model;
    // A key only one article holds retrieves nothing: retrieval slots go to keys shared by two or more.
    const shared = (space: string, k: number) => (space === 't' ? this.termDf : this.entityDf).df(k) >= 2;
    const keyIds = this.keyIds;
    this.events = new LinkGraph('ev_', eventParams(m), m.retrieval, { retrievable: shared, keyIds, maxSpanDays: m.eventSpanDays ?? null, fullRetrieval: opts.fullRetrieval });
    this.stories = new LinkGraph('st_', () => m.story, m.storyRetrieval ?? { ...m.retrieval, ...STORY_KEYS }, { retrievable: shared, keyIds });
  }

  /** A clusterer holding the articles of `store` (its groups are recomputed identically). */
  static open(store: ClusterStore, model?: ClusteringModel): StoryClusterer {
    const c = new StoryClusterer(model, store);
    c.addReps(store.articles());
    return c;
  }

  add(batch: Iterable<ArticleSummary>): ClusteringChange {
    return this.addReps(this.representAll(batch));
  }

  private *representAll(batch: Iterable<ArticleSummary>): Generator<ArticleRep> {
    for (const a of batch) yield this.represent(a);
  }

  /** The representation `add` makes of an article under this model (callers may build reps as inputs stream, then `addReps` or `stage`). */
  represent(a: ArticleSummary): ArticleRep {
    const m = this.model;
    return representArticle(a, { titleBoost: m.titleBoost, leadBoost: m.leadBoost ?? 0, leadAlways: m.leadAlways ?? false, numbers: m.numberTerms ?? false, entityTypeWeights: m.entityTypeWeights });
  }

  /** `stage` then `commit`: the batch joins the groups. */
  addReps(batch: Iterable<ArticleRep>): ClusteringChange {
    this.stage(batch);
    return this.commit();
  }

  /**
   * Takes the batch's new articles into the representations and document frequencies,
   * one at a time (a streamed batch is never held whole); an id already known is ignored. Groups
   * change only at `commit`: staging several chunks and committing once gives what one batch gives,
   * at the cost of one re-clustering instead of one per chunk.
   */
  stage(batch: Iterable<ArticleRep>): void {
    this.open();
    const table = this.table;
    for (const r of batch) {
      if (table.has(r.id)) continue;
      const ids = this.idsOf(r), n = table.put(r, ids.t, ids.e);
      for (const k of this.termDf.update(ids.t, 1)) this.changedTerms.push(k);
      for (const k of this.entityDf.update(ids.e, 1)) this.changedEntities.push(k);
      this.staged.push(n);
      this.store.putArticles([r]);
    }
  }

  // What changed since the last commit: staged or re-keyed articles, keys whose document frequency
  // stepped, and the corpus size step at the last commit.
  private staged: number[] = [];
  private changedTerms: number[] = [];
  private changedEntities: number[] = [];
  private committedSize = sizeBin(0);

  /**
   * One string per distinct term or entity key across all representations (most keys recur in many
   * articles), and a small integer id per key, shared by document frequencies, the table and
   * both levels' indices: a key costs one hash lookup per article.
   */
  private readonly keyIds = new KeyIds();
  private readonly idSum = new IdSum(this.keyIds);
  /** The representations by article number (in arrival order). */
  private readonly table = new RepTable(this.keyIds, new KeyIds());

  /**
   * Adds (the number of) every article holding one of the term keys `terms` or entity keys
   * `entities` to `touched`. A scan of the table, not lists of holders per key: those cost as much
   * memory as the table's vectors, and a scan is short next to re-weighing and rescoring what it finds.
   */
  private touchHolders(terms: readonly number[], entities: readonly number[], touched: Set<number>): void {
    if (terms.length === 0 && entities.length === 0) return;
    const marks = new Uint8Array(this.keyIds.size);
    for (const k of terms) marks[k] |= TERM_MARK;
    for (const k of entities) marks[k] |= ENTITY_MARK;
    for (let n = 0; n < this.table.size; n++) if (this.table.holdsMarked(n, marks)) touched.add(n);
  }

  /** Key ids of a representation's term and entity keys (parallel to `terms.keys`, `entities.keys`). */
  private idsOf(r: ArticleRep): { t: number[]; e: number[] } {
    return { t: this.keyIds.of(r.terms.keys), e: this.keyIds.of(r.entities.keys) };
  }

  /**
   * Re-keys stored articles' entities with the current cross-article linking (`resolve`: an
   * article's local entity key → its linked id, or null). Linking depends on the whole corpus (a bare
   * "Holt" joins "Maren Holt" only once an article names her), so an article represented before
   * its entity was linked would otherwise keep a stale key, and the partition would depend on
   * arrival order. Call it before `add` on every run; only articles whose keys moved are re-scored.
   */
  relink(resolve: (articleId: string, local: string) => string | null | undefined): ClusteringChange {
    this.open();
    const moved: ArticleRep[] = [];
    const table = this.table, withMentions: number[] = [];
    for (let n = 0; n < table.size; n++) if (table.keepsMentions(n)) withMentions.push(n);
    withMentions.sort((a, b) => (table.id(a) < table.id(b) ? -1 : 1));
    for (const n of withMentions) {
      const id = table.id(n);
      let changed = false;
      const mentions = table.mentionsOf(n)!.map((m) => {
        if (m.local === undefined) return m;
        const key = resolve(id, m.local) || m.local;
        if (key === m.key) return m;
        changed = true;
        return { ...m, key };
      });
      if (changed) moved.push({ ...table.rep(n), mentions, ...entityVector(mentions, this.model.entityTypeWeights) });
    }
    this.restage(moved);
    return this.commit();
  }

  /** Replaces the entities of `rekeyed` articles (taken in as staged). */
  private restage(rekeyed: readonly ArticleRep[]): void {
    const table = this.table;
    for (const r of rekeyed) {
      const n = table.number(r.id)!, old = table.entityIds(n), ids = this.idsOf(r), now = ids.e;
      for (const k of this.entityDf.update(old, -1)) this.changedEntities.push(k);
      table.put(r, ids.t, now);
      for (const k of this.entityDf.update(now, 1)) this.changedEntities.push(k);
      this.staged.push(n);
    }
    this.store.putArticles(rekeyed);
  }

  /** Rebuilds what the staged changes touch: their articles, and those whose weights they changed. */
  commit(): ClusteringChange {
    return this.rebuild(false);
  }

  /**
   * `commit` for a clusterer that will take no more articles, then `seal`. Each level drops its
   * retrieval index and edges as soon as grouping no longer needs them (see `LinkGraph.flush`), and
   * the event level's garbage is collected before the story level is built: the memory a one-off
   * run peaks at, not only what it holds afterwards, stays lower.
   */
  finish(): ClusteringChange {
    const change = this.rebuild(true);
    this.seal();
    return change;
  }

  private rebuild(last: boolean): ClusteringChange {
    this.open();
    const table = this.table, touched = new Set<number>(this.staged);
    if (sizeBin(this.termDf.size) !== this.committedSize) for (let n = 0; n < table.size; n++) touched.add(n);
    else this.touchHolders(this.changedTerms, this.changedEntities, touched);
    this.staged = [];
    this.changedTerms = [];
    this.changedEntities = [];
    this.committedSize = sizeBin(this.termDf.size);
    // In day order (stable): the index's result does not depend on the order, and units near in
    // time, which score each other, then also sit near in memory.
    const nos = [...touched];
    nos.sort((a, b) => { const da = table.day(a) ?? -Infinity, db = table.day(b) ?? -Infinity; return da < db ? -1 : da > db ? 1 : 0; });
    // Units are built from the table as the upsert takes them and dropped once indexed: none outlives
    // its turn (a slice of live units kept the young generation full, so every scavenge copied them).
    this.events.upsert(mapped(nos, (n) => this.articleUnit(n)));
    const events = this.events.flush(last);
    if (last) collectGarbage();
    this.store.applyGroups('event', events.removed, events.added.map((g) => ({ id: g.id, level: 'event', members: g.members })));
    const gone = new Set(events.removed);
    for (const g of events.added) gone.delete(g.id);
    this.stories.remove([...gone]);
    this.stories.upsert(byDay(events.added.map((g) => this.eventUnit(g)))); // events are few: all built, then numbered in day order
    const stories = this.stories.flush(last);
    this.store.applyGroups('story', stories.removed, stories.added.map((g) => ({ id: g.id, level: 'story', members: g.members })));
    return { events, stories };
  }

  /** Article `n` as an event-level unit, weighted by the current document frequencies. */
  private articleUnit(n: number): Unit {
    const table = this.table, t = table.termVector(n), e = table.entityVector(n), day = table.day(n), eventDays = table.eventDays(n);
    return {
      id: table.id(n), day, anchor: day ?? eventDays.at(-1) ?? null,
      terms: new KeyedByIds(this.keyIds, t.ids, weighValues(t.values, t.ids, this.termDf)),
      entities: new KeyedByIds(this.keyIds, e.ids, weighValues(e.values, e.ids, this.entityDf)),
      eventDays, year: table.year(n), monthDays: table.monthDays(n), short: table.length(n) < this.model.shortTextTokens, tIds: t.ids, eIds: e.ids,
    };
  }

  /**
   * An event as a story-level unit: the centroid of its articles. Their units are made again from
   * the table, equal to what the event level indexed (an article whose weights changed was
   * re-upserted there), so the event level need not keep its vectors for this.
   */
  private eventUnit(g: Group): Unit {
    const units = g.members.map((id) => this.articleUnit(this.table.number(id)!));
    const terms = this.idSum.sum(units.map((u) => ({ v: u.terms, ids: u.tIds! })));
    const entities = this.idSum.sum(units.map((u) => ({ v: u.entities, ids: u.eIds! })));
    const days = units.map((u) => u.day).filter((d): d is number => d !== null);
    return {
      id: g.id,
      day: days.length ? Math.min(...days) : null,
      anchor: units.reduce<number | null>((m, u) => (u.anchor !== null && (m === null || u.anchor < m) ? u.anchor : m), null),
      terms: normalize(terms.v),
      entities: normalize(entities.v),
      tIds: terms.ids,
      eIds: entities.ids,
      eventDays: [...new Set(units.flatMap((u) => u.eventDays))].sort((a, b) => a - b),
      year: units.map((u) => u.year).filter((y): y is number => y !== null).sort((x, y) => x - y)[0] ?? null,
      monthDays: [...new Set(units.flatMap((u) => u.monthDays))].sort((a, b) => a - b),
      short: units.filter((u) => u.short).length * 2 > units.length,
    };
  }

  /**
   * For a clusterer that will take no more articles: drops both levels' indices (see
   * `LinkGraph.seal`), keeping the representations and the groups, which is all `rep`, `eventOf`,
   * `storyOf`, the group lists and `storyRecords` read. Staging, committing or relinking throws
   * afterwards. Call it after the last commit of a one-off run (the clustering step): the index is
   * then garbage while the records are made and the changes written, not only once the clusterer is.
   */
  seal(): void {
    if (this.staged.length) throw new Error('StoryClusterer: seal with staged articles (commit first)');
    this.sealed = true;
    this.events.seal();
    this.stories.seal();
  }

  private sealed = false;

  private open(): void {
    if (this.sealed) throw new Error('StoryClusterer: sealed; it takes no more articles');
  }

  rep(id: string): ArticleRep | undefined { const n = this.table.number(id); return n === undefined ? undefined : this.table.rep(n); }
  eventOf(articleId: string): string | undefined { return this.events.groupIdOf(articleId); }
  storyOf(articleId: string): string | undefined {
    const ev = this.eventOf(articleId);
    return ev === undefined ? undefined : this.stories.groupIdOf(ev);
  }

  /** Events as article-id groups, sorted by id. */
  eventGroups(): Group[] { return this.events.allGroups().sort((a, b) => (a.id < b.id ? -1 : 1)); }

  /** Stories with their article ids (through their events), sorted by id. */
  storyGroups(): (Group & { events: string[] })[] {
    return this.stories.allGroups().map((s) => ({
      id: s.id,
      events: s.members,
      members: s.members.flatMap((e) => this.events.groupMembers(e) ?? []).sort(),
    })).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
