// Provenance stage: near duplicates, text reuse, syndication lineage with edit diffs, quality flags.
export { addArticles, addSummarized, type SummarizedArticle } from './add-articles.js';
export { summarize } from './summarize.js';
export { summarizeAll } from './summarize-pool.js';
export { provenanceOf, type ArticleProvenance } from './provenance-of.js';
export { MemoryProvenanceIndex } from './memory-index.js';
export { detectCredit } from './credits.js';
export { diffTexts } from './diff.js';
export { qualityFlags } from './quality/index.js';
export type * from './types.js';
