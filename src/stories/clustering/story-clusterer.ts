// The corpus stage: articles → events (tight: words, entities, dates) → stories (loose, entity
// driven, parents of events). Online: `add` takes a batch, updates document frequencies and the
// two level indices, and rebuilds only what the batch touches. The partition and the ids are a
// function of the article set, so three batches give exactly what one batch gives.
import { DocFreq, sizeBin } from './doc-freq.js';
import { doubles } from './heap-doubles.js';
import { HolderLists } from './holder-lists.js';
import { LinkGraph, type GraphChange, type Group } from './link-graph.js';
import { loadClusteringModel } from './model.js';
import { entityVector, representArticle } from './represent.js';
import { IdSum } from './id-sum.js';
import { normalize } from './sparse.js';
import { KeyIds } from './scatter-dot.js';
import { MemoryClusterStore, type ClusterStore } from './store.js';
import type { ArticleRep, ArticleSummary, ClusteringModel } from './types.js';
import type { ParamsFor, Unit } from './unit.js';
import { weighVector } from './weigh.js';

/** The short-text profile scores a pair of short texts (headlines, snippets); any pair with a full text uses the full profile. */
export const eventParams = (m: ClusteringModel): ParamsFor => (a, b) => (a.short && b.short ? m.event.short : m.event.full);

/** Stories index more keys per event: events are few, and a story's shared names are common words. */
const STORY_KEYS = { termKeys: 24, entityKeys: 24 };

export interface ClusteringChange { events: GraphChange; stories: GraphChange }

/** Key ids of a representation's term and entity keys (parallel to `terms.keys`, `entities.keys`). */
interface RepKeyIds { t: number[]; e: number[] }

export class StoryClusterer {
  readonly termDf = new DocFreq();
  readonly entityDf = new DocFreq();
  private readonly reps = new Map<string, ArticleRep>();
  // Articles as small integers (in arrival order) for the holder lists.
  private readonly articleNo = new Map<string, number>();
  private readonly articleIds: string[] = [];
  // Term or entity key id → numbers of the articles holding it (per space).
  private readonly termHolders = new HolderLists();
  private readonly entityHolders = new HolderLists();
  readonly events: LinkGraph;
  readonly stories: LinkGraph;

  /** `fullRetrieval`: see GraphOptions (threshold learning reads candidate pairs across all days). */
  constructor(readonly model: ClusteringModel = loadClusteringModel(), readonly store: ClusterStore = new MemoryClusterStore(), opts: { fullRetrieval?: boolean } = {}) {
    const m = model;
    // A key only one article holds retrieves nothing: retrieval slots go to keys shared by two or more.
    const shared = (space: string, k: number) => (space === 't' ? this.termDf : this.entityDf).df(k) >= 2;
    const keyIds = this.keyIds;
    this.events = new LinkGraph('ev_', eventParams(m), m.retrieval, { retrievable: shared, keyIds, maxSpanDays: m.eventSpanDays ?? null, fullRetrieval: opts.fullRetrieval });
    this.stories = new LinkGraph('st_', () => m.story, m.storyRetrieval ?? { ...m.retrieval, ...STORY_KEYS }, { retrievable: shared, keyIds, copyVectors: false });
  }

  /** A clusterer holding the articles of `store` (its groups are recomputed identically). */
  static open(store: ClusterStore, model?: ClusteringModel): StoryClusterer {
    const c = new StoryClusterer(model, store);
    c.addReps(store.articles());
    return c;
  }

  add(batch: readonly ArticleSummary[]): ClusteringChange {
    return this.addReps(batch.map((a) => this.represent(a)));
  }

  /** The representation `add` makes of an article under this model (callers may build reps as inputs stream, then `addReps`). */
  represent(a: ArticleSummary): ArticleRep {
    const m = this.model;
    // Interned here already, so that `addReps` keeps these very objects (no second copy while a batch is held).
    return this.interned(representArticle(a, { titleBoost: m.titleBoost, leadBoost: m.leadBoost ?? 0, leadAlways: m.leadAlways ?? false, numbers: m.numberTerms ?? false, entityTypeWeights: m.entityTypeWeights }));
  }

  addReps(batch: readonly ArticleRep[]): ClusteringChange {
    const fresh = [...new Map(batch.filter((r) => !this.reps.has(r.id)).map((r) => [r.id, this.interned(r)])).values()];
    return this.apply(fresh, []);
  }

  /**
   * One string per distinct term or entity key across all representations (most keys recur in many
   * articles), and a small integer id per key, shared by document frequencies, holder lists and
   * both levels' indices: a key costs one hash lookup per article.
   */
  private readonly keyIds = new KeyIds();
  private readonly idSum = new IdSum(this.keyIds);
  /** Interned keys, their ids appended to `ids`. */
  private intern(keys: readonly string[], ids: number[]): string[] {
    const out = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.keyIds.key((ids[i] = this.keyIds.id(keys[i])));
    return out;
  }

  private articleNumber(id: string): number {
    let n = this.articleNo.get(id);
    if (n === undefined) {
      this.articleNo.set(id, (n = this.articleIds.length));
      this.articleIds.push(id);
    }
    return n;
  }

  /** Adds every article holding one of `keys` (per `holders`) to `touched`. */
  private touchHolders(holders: HolderLists, keys: readonly number[], touched: Set<string>): void {
    const add = (n: number) => { touched.add(this.articleIds[n]); };
    for (const k of new Set(keys)) holders.forEach(k, add);
  }

  // Representations this clusterer made or interned, with their key ids (checked without a lookup
  // per key: strings compare by value, so a fresh copy equals the interned one).
  private readonly repKeyIds = new WeakMap<ArticleRep, RepKeyIds>();

  /** `r` with interned keys (`r` itself when this clusterer made or interned it). */
  private interned(r: ArticleRep): ArticleRep {
    if (this.repKeyIds.has(r)) return r;
    // Double arrays (see heap-doubles.ts): the collector never scans them, unlike arrays of small integers.
    const ids = { t: doubles(r.terms.keys.length), e: doubles(r.entities.keys.length) };
    const out = { ...r, terms: { keys: this.intern(r.terms.keys, ids.t), values: r.terms.values }, entities: { keys: this.intern(r.entities.keys, ids.e), values: r.entities.values } };
    this.repKeyIds.set(out, ids);
    return out;
  }

  private idsOf(r: ArticleRep): RepKeyIds { return this.repKeyIds.get(r)!; }

  /**
   * Re-keys stored articles' entities with the current cross-article linking (`resolve`: an
   * article's local entity key → its linked id, or null). Linking depends on the whole corpus (a bare
   * "Holt" joins "Maren Holt" only once an article names her), so an article represented before
   * its entity was linked would otherwise keep a stale key, and the partition would depend on
   * arrival order. Call it before `add` on every run; only articles whose keys moved are re-scored.
   */
  relink(resolve: (articleId: string, local: string) => string | null | undefined): ClusteringChange {
    const moved: ArticleRep[] = [];
    for (const r of [...this.reps.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (!r.mentions) continue;
      let changed = false;
      const mentions = r.mentions.map((m) => {
        if (m.local === undefined) return m;
        const key = resolve(r.id, m.local) || m.local;
        if (key === m.key) return m;
        changed = true;
        return { ...m, key };
      });
      if (changed) moved.push(this.interned({ ...r, mentions, ...entityVector(mentions, this.model.entityTypeWeights) }));
    }
    return this.apply([], moved);
  }

  /** Adds `fresh` articles and replaces the entities of `rekeyed` ones, then rebuilds what they touch. */
  private apply(fresh: readonly ArticleRep[], rekeyed: readonly ArticleRep[]): ClusteringChange {
    const sizeBefore = sizeBin(this.termDf.size);
    const changedTerms: number[] = [], changedEntities: number[] = [];
    for (const r of rekeyed) {
      const old = this.idsOf(this.reps.get(r.id)!).e, now = this.idsOf(r).e;
      for (const k of this.entityDf.update(old, -1)) changedEntities.push(k);
      const n = this.articleNumber(r.id);
      for (const k of old) this.entityHolders.remove(k, n);
      this.reps.set(r.id, r);
      for (const k of this.entityDf.update(now, 1)) changedEntities.push(k);
      for (const k of now) this.entityHolders.add(k, n);
    }
    for (const r of fresh) {
      const n = this.articleNumber(r.id), ids = this.idsOf(r);
      this.reps.set(r.id, r);
      for (const k of this.termDf.update(ids.t, 1)) changedTerms.push(k);
      for (const k of this.entityDf.update(ids.e, 1)) changedEntities.push(k);
      for (const k of ids.t) this.termHolders.add(k, n);
      for (const k of ids.e) this.entityHolders.add(k, n);
    }
    this.store.putArticles([...rekeyed, ...fresh]);
    const touched = new Set<string>([...rekeyed, ...fresh].map((r) => r.id));
    if (sizeBin(this.termDf.size) !== sizeBefore) for (const id of this.reps.keys()) touched.add(id);
    else {
      this.touchHolders(this.termHolders, changedTerms, touched);
      this.touchHolders(this.entityHolders, changedEntities, touched);
    }
    // In day order (stable): the index's result does not depend on the order, and units near in
    // time, which score each other, then also sit near in memory.
    const reps = [...touched].map((id) => this.reps.get(id)!);
    reps.sort((a, b) => { const da = a.day ?? -Infinity, db = b.day ?? -Infinity; return da < db ? -1 : da > db ? 1 : 0; });
    this.events.upsert(reps.map((r) => this.articleUnit(r)));
    const events = this.events.flush();
    this.store.applyGroups('event', events.removed, events.added.map((g) => ({ id: g.id, level: 'event', members: g.members })));
    const gone = new Set(events.removed);
    for (const g of events.added) gone.delete(g.id);
    this.stories.remove([...gone]);
    this.stories.upsert(events.added.map((g) => this.eventUnit(g)));
    const stories = this.stories.flush();
    this.store.applyGroups('story', stories.removed, stories.added.map((g) => ({ id: g.id, level: 'story', members: g.members })));
    return { events, stories };
  }

  private articleUnit(r: ArticleRep): Unit {
    const ids = this.idsOf(r);
    return {
      id: r.id, day: r.day, anchor: r.day ?? r.eventDays.at(-1) ?? null,
      terms: weighVector(r.terms, ids.t, this.termDf), entities: weighVector(r.entities, ids.e, this.entityDf),
      eventDays: r.eventDays, year: r.year, monthDays: r.monthDays, short: r.length < this.model.shortTextTokens, tIds: ids.t, eIds: ids.e,
    };
  }

  /** An event as a story-level unit: the centroid of its articles. */
  private eventUnit(g: Group): Unit {
    const units = g.members.map((id) => this.events.unit(id)!);
    const terms = this.idSum.sum(units.map((u) => ({ v: u.terms, ids: u.tIds ?? this.keyIds.of(u.terms.keys) })));
    const entities = this.idSum.sum(units.map((u) => ({ v: u.entities, ids: u.eIds ?? this.keyIds.of(u.entities.keys) })));
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

  rep(id: string): ArticleRep | undefined { return this.reps.get(id); }
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
