// Story and event clustering: public surface.
export { StoryClusterer, type ClusteringChange } from './story-clusterer.js';
export { representArticle } from './represent.js';
export { summarizeArticle, type SummaryInput } from './summarize.js';
export { storyRecords } from './story-records.js';
export { labelGroup } from './label.js';
export { sharedSentences, type SharedSentence } from './shared-sentences.js';
export { MemoryClusterStore, type ClusterStore, type GroupRow } from './store.js';
export { loadClusteringModel, DEFAULT_MODEL } from './model.js';
export type { ArticleSummary, ArticleRep, ClusteringModel, LevelParams } from './types.js';
