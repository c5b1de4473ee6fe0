// Story and event clustering: public surface.
//
// Entry point for the pipeline (incremental, persistable):
//   const clusterer = StoryClusterer.open(store);   // store: ClusterStore (rows below); rebuilds the index
//   const change = clusterer.add(batch);            // batch: ArticleSummary[] — one per new article:
//     { id, title, text, published, outlet, entities: { key, name, type }[], dates?: { value }[] }
//     (`key` = the linked entity id; `value` = a TIMEX3 value). Already known ids are ignored.
//   (or, for a large stream: clusterer.stage(chunk of reps) per chunk as it arrives, then clusterer.commit(),
//   or clusterer.finish() when nothing more will join: it drops the index as soon as grouping is done)
//   change.events / change.stories: { removed: group ids, added: { id, members }[] } — what to rewrite.
//   storyRecords(clusterer, texts?) → export `Story` records (events and stories, labelled, with
//     parent_id, dates and, when texts are given, the shared-sentence summary).
// Persistable rows (ClusterStore, written by `add` as it goes):
//   putArticles(ArticleRep[])   one row per article: id → its representation (JSON), the input facts;
//   applyGroups(level, removed, added)  rows (level, id, members JSON): event → article ids,
//     story → event ids. On open the groups are recomputed from the representations and, the
//     partition being a function of the article set, come out equal to the stored rows.
// Batch invariance: adding articles in any batches gives exactly the partition and ids of one batch;
// group ids are stable (a growing group keeps its id, a merge keeps the older group's id).
export { StoryClusterer, type ClusteringChange } from './story-clusterer.js';
export { representArticle } from './represent.js';
export { summarizeArticle, type SummaryInput } from './summarize.js';
export { storyRecords } from './story-records.js';
export { labelGroup } from './label.js';
export { sharedSentences, type SharedSentence } from './shared-sentences.js';
export { MemoryClusterStore, type ClusterStore, type GroupRow } from './store.js';
export { loadClusteringModel, DEFAULT_MODEL } from './model.js';
export type { GraphChange, Group } from './link-graph.js';
export type { ArticleSummary, ArticleRep, ClusteringModel, LevelParams } from './types.js';
