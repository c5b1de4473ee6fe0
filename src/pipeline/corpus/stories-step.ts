// The story step: new articles join the event/story clustering (linked entity ids and resolved
// dates as features), then every multi-article event and story is compared across its outlets
// (coverage matrix, quote variants, framing, conflicts) and the records are rewritten.
import { compareStory, storyContract } from '../../compare/index.js';
import type { CompareArticle, GroupsOf } from '../../compare/index.js';
import type { EntityIndex } from '../../language/entities/index.js';
import type { Article } from '../../model/article.js';
import type { Quote, Story } from '../../model/export.js';
import { sharedSentences, StoryClusterer, storyRecords } from '../../stories/clustering/index.js';
import type { ArticleSummary } from '../../stories/clustering/index.js';
import type { Store } from '../../store/repository.js';
import { ClusterOverlay } from '../../store/cluster-overlay.js';

const NAMED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']);
/**
 * Stories larger than this are compared on their earliest articles only (by id order of the
 * clusterer's members): a comparison of hundreds of articles is unreadable and its cost grows
 * faster than linearly; their events, which are smaller, are compared in full.
 */
const MAX_COMPARED = 60;

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface StoryStepResult {
  stories: number;
  /** article id → id of its story (level 'story'), for events. */
  storyOf: Map<string, string>;
}

export async function storiesStep(store: Store, index: EntityIndex, groupsOf: GroupsOf): Promise<StoryStepResult> {
  // Clustering runs on its state in memory; what it changed is written back in one transaction.
  const state = new ClusterOverlay(await store.clusters.load());
  const clusterer = StoryClusterer.open(state);
  // Linking depends on the whole corpus: earlier articles take the entity ids the new ones brought.
  clusterer.relink((id, local) => index.idOfLocal(id, local));
  // Only the articles without a representation are read (not every document of the corpus).
  const batch: ArticleSummary[] = [];
  for (const id of await store.clusters.pendingArticleIds()) {
    const a = await store.articles.get(id);
    if (a) batch.push(await clusteringInput(a, store, index));
  }
  if (batch.length) clusterer.add(batch);
  await store.clusters.apply(state.changes());

  const records = storyRecords(clusterer);
  const out: Story[] = [];
  for (const r of records) {
    if (r.article_ids.length < 2) { out.push(r); continue; }
    // A group whose members did not change keeps its comparison: incremental runs stay cheap.
    const previous = await store.stories.get(r.id);
    if (previous && sameMembers(previous.article_ids, r.article_ids) && previous.coverage) {
      out.push({ ...r, summary: previous.summary, coverage: previous.coverage, quote_variants: previous.quote_variants, framing: previous.framing, conflicts: previous.conflicts });
      continue;
    }
    const articles = await compareInputs(store, r.article_ids.slice(0, MAX_COMPARED), groupsOf, index);
    const comparison = compareStory(articles, { groupsOf });
    const summary = sharedSentences(articles.map((a) => ({ id: a.id, text: a.text }))).map((x) => x.text);
    out.push({ ...r, summary, ...storyContract(comparison) });
  }
  await store.stories.replaceAll(out);
  const storyOf = new Map<string, string>();
  for (const s of out) if (s.level === 'story') for (const id of s.article_ids) storyOf.set(id, s.id);
  return { stories: out.length, storyOf };
}

/** What clustering reads of an article: linked entity ids (else local keys) and stated dates. */
async function clusteringInput(a: Article, store: Store, index: EntityIndex): Promise<ArticleSummary> {
  const language = await store.language.get(a.id);
  const entities = (language?.mentions ?? [])
    .filter((m) => NAMED.has(m.type))
    .map((m) => ({ key: (m.key && index.idOfLocal(a.id, m.key)) || m.key || `${m.type}:${m.text.toLowerCase()}`, name: m.text, type: m.type, ...(m.key ? { local: m.key } : {}) }));
  const dates = (language?.dates ?? []).map((d) => ({ value: d.value }));
  return { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet?.name ?? null, entities, dates };
}

async function compareInputs(store: Store, ids: string[], groupsOf: GroupsOf, index: EntityIndex): Promise<CompareArticle[]> {
  const out: CompareArticle[] = [];
  for (const id of ids) {
    const a = await store.articles.get(id);
    const language = await store.language.get(id);
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
