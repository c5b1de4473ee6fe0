// The corpus stage: articles → events (tight: words, entities, dates) → stories (loose, entity
// driven, parents of events). Online: `add` takes a batch, updates document frequencies and the
// two level indices, and rebuilds only what the batch touches. The partition and the ids are a
// function of the article set, so three batches give exactly what one batch gives.
import { DocFreq, sizeBin } from './doc-freq.js';
import { LinkGraph, type GraphChange, type Group } from './link-graph.js';
import { loadClusteringModel } from './model.js';
import { entityVector, representArticle } from './represent.js';
import { normalize, sumVectors } from './sparse.js';
import { MemoryClusterStore, type ClusterStore } from './store.js';
import type { ArticleRep, ArticleSummary, ClusteringModel } from './types.js';
import type { ParamsFor, Unit } from './unit.js';
import { weighRep } from './weigh.js';

/** The short-text profile scores a pair of short texts (headlines, snippets); any pair with a full text uses the full profile. */
export const eventParams = (m: ClusteringModel): ParamsFor => (a, b) => (a.short && b.short ? m.event.short : m.event.full);

/** Stories index more keys per event: events are few, and a story's shared names are common words. */
const STORY_KEYS = { termKeys: 24, entityKeys: 24 };

/**
 * Appends `id` to `key`'s holder list. Short lists are copied at their exact length: most keys are
 * held by a few articles, and a pushed-to array reserves room for 16 more.
 */
function hold(table: Map<string, string[]>, key: string, id: string): void {
  const list = table.get(key);
  if (!list) table.set(key, [id]);
  else if (list.length < 16) table.set(key, [...list, id]);
  else list.push(id);
}

function unhold(table: Map<string, string[]>, key: string, id: string): void {
  const list = table.get(key)?.filter((x) => x !== id) ?? [];
  if (list.length) table.set(key, list);
  else table.delete(key);
}

export interface ClusteringChange { events: GraphChange; stories: GraphChange }

export class StoryClusterer {
  readonly termDf = new DocFreq();
  readonly entityDf = new DocFreq();
  private readonly reps = new Map<string, ArticleRep>();
  // Term or entity key → articles holding it (per space, keyed by the interned key itself).
  private readonly termHolders = new Map<string, string[]>();
  private readonly entityHolders = new Map<string, string[]>();
  readonly events: LinkGraph;
  readonly stories: LinkGraph;

  /** `fullRetrieval`: see GraphOptions (threshold learning reads candidate pairs across all days). */
  constructor(readonly model: ClusteringModel = loadClusteringModel(), readonly store: ClusterStore = new MemoryClusterStore(), opts: { fullRetrieval?: boolean } = {}) {
    const m = model;
    // A key only one article holds retrieves nothing: retrieval slots go to keys shared by two or more.
    const shared = (space: string, k: string) => ((space === 't' ? this.termDf : this.entityDf).df.get(k) ?? 0) >= 2;
    this.events = new LinkGraph('ev_', eventParams(m), m.retrieval, { retrievable: shared, maxSpanDays: m.eventSpanDays ?? null, fullRetrieval: opts.fullRetrieval });
    this.stories = new LinkGraph('st_', () => m.story, m.storyRetrieval ?? { ...m.retrieval, ...STORY_KEYS }, { retrievable: shared });
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

  /** One string per distinct term or entity key across all representations (most keys recur in many articles). */
  private readonly keyTable = new Map<string, string>();
  private intern(keys: readonly string[]): string[] {
    return keys.map((k) => {
      const known = this.keyTable.get(k);
      if (known !== undefined) return known;
      this.keyTable.set(k, k);
      return k;
    });
  }

  // Representations this clusterer made or interned (checked without a lookup per key). A
  // per-key check cannot tell: strings compare by value, so a fresh copy equals the interned one.
  private readonly internedReps = new WeakSet<ArticleRep>();

  /** `r` with interned keys (`r` itself when this clusterer made or interned it). */
  private interned(r: ArticleRep): ArticleRep {
    if (this.internedReps.has(r)) return r;
    const out = { ...r, terms: { keys: this.intern(r.terms.keys), values: r.terms.values }, entities: { keys: this.intern(r.entities.keys), values: r.entities.values } };
    this.internedReps.add(out);
    return out;
  }

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
    const changedTerms: string[] = [], changedEntities: string[] = [];
    for (const r of rekeyed) {
      const old = this.reps.get(r.id)!;
      for (const k of this.entityDf.update(old.entities.keys, -1)) changedEntities.push(k);
      for (const k of old.entities.keys) unhold(this.entityHolders, k, r.id);
      this.reps.set(r.id, r);
      for (const k of this.entityDf.update(r.entities.keys, 1)) changedEntities.push(k);
      for (const k of r.entities.keys) hold(this.entityHolders, k, r.id);
    }
    for (const r of fresh) {
      this.reps.set(r.id, r);
      for (const k of this.termDf.update(r.terms.keys, 1)) changedTerms.push(k);
      for (const k of this.entityDf.update(r.entities.keys, 1)) changedEntities.push(k);
      for (const k of r.terms.keys) hold(this.termHolders, k, r.id);
      for (const k of r.entities.keys) hold(this.entityHolders, k, r.id);
    }
    this.store.putArticles([...rekeyed, ...fresh]);
    const touched = new Set<string>([...rekeyed, ...fresh].map((r) => r.id));
    if (sizeBin(this.termDf.size) !== sizeBefore) for (const id of this.reps.keys()) touched.add(id);
    else {
      for (const k of new Set(changedTerms)) for (const id of this.termHolders.get(k) ?? []) touched.add(id);
      for (const k of new Set(changedEntities)) for (const id of this.entityHolders.get(k) ?? []) touched.add(id);
    }
    this.events.upsert([...touched].sort().map((id) => this.articleUnit(this.reps.get(id)!)));
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
    const w = weighRep(r, this.termDf, this.entityDf);
    return { id: r.id, day: r.day, anchor: r.day ?? r.eventDays.at(-1) ?? null, terms: w.terms, entities: w.entities, eventDays: r.eventDays, year: r.year, monthDays: r.monthDays, short: r.length < this.model.shortTextTokens };
  }

  /** An event as a story-level unit: the centroid of its articles. */
  private eventUnit(g: Group): Unit {
    const units = g.members.map((id) => this.events.unit(id)!);
    const days = units.map((u) => u.day).filter((d): d is number => d !== null);
    return {
      id: g.id,
      day: days.length ? Math.min(...days) : null,
      anchor: units.reduce<number | null>((m, u) => (u.anchor !== null && (m === null || u.anchor < m) ? u.anchor : m), null),
      terms: normalize(sumVectors(units.map((u) => u.terms))),
      entities: normalize(sumVectors(units.map((u) => u.entities))),
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
