// Entity linking: within one article (linkArticleEntities, pure, worker-safe) and across articles
// (EntityIndex, incremental and batch-invariant), with export records and offset lookups.
export { linkArticleEntities, entityKey } from './link-article.js';
export { entityAt } from './entity-at.js';
export { EntityIndex, entityId, type AddResult } from './entity-index.js';
export { EntityLookup } from './entity-lookup.js';
export { toExportEntities } from './export-entities.js';
export { MemoryEntityStore } from './memory-entity-store.js';
export type { EntityStore, EntityStoreState, LocalEntityRow, EntityRow, AliasRow, ArticleLinkRow } from './store-state.js';
export type { ArticleEntities, LocalEntity, MentionRef, MentionSpan, LinkedType } from './types.js';
