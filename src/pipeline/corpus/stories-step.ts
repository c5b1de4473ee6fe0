// The story step: new articles join the event/story clustering (linked entity ids and resolved
// dates as features), then every multi-article event and story whose record changed is compared
// across its outlets (coverage matrix, quote variants, framing, conflicts) and written; the others stay.
import { createHash } from 'node:crypto';
import type { CompareArticle, GroupsOf } from '../../compare/index.js';
import type { ArticleLanguage } from '../../language/annotate.js';
import type { EntityLookup } from '../../language/entities/index.js';
import type { Article } from '../../model/article.js';
import type { Quote, Story } from '../../model/export.js';
import { StoryClusterer, storyRecords } from '../../stories/clustering/index.js';
import type { ArticleSummary } from '../../stories/clustering/index.js';
import type { Store, StoryChanges } from '../../store/repository.js';
import { ClusterOverlay } from '../../store/cluster-overlay.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import { createCorpusPool, type CorpusPool } from './corpus-pool.js';

const NAMED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']);
/**
 * Stories larger than this are compared on their earliest articles only (by id order of the
 * clusterer's members): a comparison of hundreds of articles is unreadable and its cost grows
 * faster than linearly; their events, which are smaller, are compared in full.
 */
const MAX_COMPARED = 60;

/** New articles handed to the clusterer at once: bounds the texts held in memory on a large first run. */
const ADD_CHUNK = 10_000;
/** Clustering and comparison read an article's text, outlet and dates, never its provenance lists. */
const TEXT_ONLY = { provenanceLists: false } as const;
/** Compared groups written per transaction: bounds the comparison documents held in memory. */
const WRITE_CHUNK = 100;

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface StoryStepResult {
  stories: number;
  /** article id → id of its story (level 'story'), for events. */
  storyOf: Map<string, string>;
}

/** Threads > 1 compare groups on worker threads, which load the outlet registry from `outletFiles` (giving `groupsOf`). */
export interface StoriesStepOptions { threads?: number; outletFiles?: string[] }

export async function storiesStep(store: Store, index: EntityLookup, groupsOf: GroupsOf, options: StoriesStepOptions = {}): Promise<StoryStepResult> {
  const records = await clusterStep(store, index);
  // The clusterer (its representations) and what writing and labelling made are garbage now; the
  // comparison workers start next.
  collectGarbage();
  // Only the groups whose record changed are compared and written: a run that adds a few articles
  // touches a few groups, not every stored comparison. The digest covers the whole record (members,
  // label, dates, parent), so an unchanged digest means the stored document is what a rewrite gives.
  // Documents are written a chunk at a time (comparisons are large); a run stopped in between leaves
  // groups whose digest is current or stale, and the next run rewrites the stale ones.
  const stored = await store.stories.recordKeys();
  let put: StoryChanges['put'] = [];
  const storyOf = new Map<string, string>();
  // Documents are taken in record order; with worker threads a few comparisons run ahead.
  const pool = createCorpusPool({ threads: options.threads ?? 1, outletFiles: options.outletFiles ?? [], groupsOf });
  const inFlight: { story: Promise<Story>; recordKey: string }[] = [];
  const takeOldest = async () => {
    const head = inFlight.shift()!;
    put.push({ story: await head.story, recordKey: head.recordKey });
    if (put.length >= WRITE_CHUNK) { await store.stories.applyChanges({ put, remove: [] }); put = []; }
  };
  try {
    for (const r of records) {
      if (r.level === 'story') for (const id of r.article_ids) storyOf.set(id, r.id);
      const recordKey = digest(r);
      if (stored.get(r.id) === recordKey) continue;
      const story = storyDocument(store, r, index, groupsOf, pool);
      story.catch(() => undefined); // awaited in order below; a failure is not left unhandled meanwhile
      inFlight.push({ story, recordKey });
      while (inFlight.length > pool.capacity) await takeOldest();
    }
    while (inFlight.length > 0) await takeOldest();
  } finally {
    await Promise.allSettled(inFlight.map((f) => f.story));
    await pool.close();
  }
  const live = new Set(records.map((r) => r.id));
  const remove = [...stored.keys()].filter((id) => !live.has(id)).sort();
  if (put.length || remove.length) await store.stories.applyChanges({ put, remove });
  return { stories: records.length, storyOf };
}

/**
 * The clustering half of the step: new articles join, the changes are written, and the groups come
 * back as records. In a function of its own so that the clusterer (its representations, index and
 * pair graph: 830 MB of heap at 93k generated articles) is garbage before the comparisons start: a
 * closure capturing it in the step's own body kept it alive to the step's end.
 */
async function clusterStep(store: Store, index: EntityLookup): Promise<Story[]> {
  // Clustering runs on its state in memory; what it changed is written back in one transaction.
  const state = new ClusterOverlay(await store.clusters.load());
  const clusterer = StoryClusterer.open(state);
  // Linking depends on the whole corpus: earlier articles take the entity ids the new ones brought.
  clusterer.relink((id, local) => index.idOfLocal(id, local));
  // Only the articles without a representation are read (not every document of the corpus), a
  // chunk at a time so their texts are never all in memory. Chunks are staged and the groups rebuilt
  // once: one re-clustering, not one per chunk, and the partition of one batch.
  const pending = await store.clusters.pendingArticleIds();
  for (let i = 0; i < pending.length; i += ADD_CHUNK) {
    const batch: ArticleSummary[] = [];
    const ids = pending.slice(i, i + ADD_CHUNK);
    // One read of the chunk's annotation parts (not one query per article).
    const parts = await store.language.partsOf(ids, ['mentions', 'dates']);
    for (const id of ids) {
      const a = await store.articles.get(id, TEXT_ONLY);
      if (a) batch.push(clusteringInput(a, parts.get(id), index));
    }
    clusterer.stage(batch.map((a) => clusterer.represent(a)));
  }
  // The chunks' texts and annotations are garbage now; collected before the commit builds the
  // indices, V8 measures its next collection from the representations alone (see collect-garbage.ts).
  collectGarbage();
  // Nothing more joins in this run: the levels' indices (postings, scored edges, vectors) are
  // dropped as soon as grouping is done with them, and are garbage while the changes are written and
  // the records made. Collected now: left to V8, which sizes its next full collection by the live
  // heap at its last one (taken while the indices were live), they stayed through the comparisons
  // (see collect-garbage.ts).
  clusterer.finish();
  collectGarbage();
  await store.clusters.apply(state.changes((id) => clusterer.rep(id)!));

  return storyRecords(clusterer);
}

/** A group's stored document: its record, and for two articles or more the comparison across outlets. */
async function storyDocument(store: Store, r: Story, index: EntityLookup, groupsOf: GroupsOf, pool: CorpusPool): Promise<Story> {
  if (r.article_ids.length < 2) return r;
  // A group whose members did not change keeps its comparison: incremental runs stay cheap.
  const previous = await store.stories.get(r.id);
  if (previous && sameMembers(previous.article_ids, r.article_ids) && previous.coverage) {
    return { ...r, summary: previous.summary, coverage: previous.coverage, quote_variants: previous.quote_variants, framing: previous.framing, conflicts: previous.conflicts };
  }
  const articles = await compareInputs(store, r.article_ids.slice(0, MAX_COMPARED), groupsOf, index);
  return { ...r, ...(await pool.compare(articles)) };
}

const digest = (r: Story) => createHash('sha1').update(JSON.stringify(r)).digest('base64');

/** What clustering reads of an article: linked entity ids (else local keys) and stated dates. */
function clusteringInput(a: Article, language: Pick<ArticleLanguage, 'mentions' | 'dates'> | undefined, index: EntityLookup): ArticleSummary {
  const entities = (language?.mentions ?? [])
    .filter((m) => NAMED.has(m.type))
    .map((m) => ({ key: (m.key && index.idOfLocal(a.id, m.key)) || m.key || `${m.type}:${m.text.toLowerCase()}`, name: m.text, type: m.type, ...(m.key ? { local: m.key } : {}) }));
  const dates = (language?.dates ?? []).map((d) => ({ value: d.value }));
  return { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet?.name ?? null, entities, dates };
}

async function compareInputs(store: Store, ids: string[], groupsOf: GroupsOf, index: EntityLookup): Promise<CompareArticle[]> {
  const out: CompareArticle[] = [];
  // Only the parts compared are read, for the whole group at once.
  const parts = await store.language.partsOf(ids, ['sentences', 'mentions']);
  for (const id of ids) {
    const a = await store.articles.get(id, TEXT_ONLY);
    const language = parts.get(id);
    if (!a || !language) continue;
    const quotes: Quote[] = (await store.quotes.list({ article: id }, { limit: 10_000, offset: 0 })).items;
    out.push({
      id, outlet: a.outlet ? { name: a.outlet.name } : null, outletGroups: a.outlet ? groupsOf(a.outlet.name) : [],
      title: a.title, text: a.text, published: a.published, flags: a.flags, sentences: language.sentences,
      entities: language.mentions.map((m) => {
        const key = m.key ? index.idOfLocal(id, m.key) ?? m.key : undefined;
        return { text: m.text, type: m.type, start: m.start, end: m.end, ...(key ? { key } : {}) };
      }),
      quotes,
    });
  }
  return out;
}
