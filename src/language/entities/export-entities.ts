// Export records (the `entities` array of `parallax export`) from an EntityIndex.
import type { Entity } from '../../model/export.js';
import type { EntityIndex } from './entity-index.js';

/** One record per global entity, the most mentioned first (ties by name, then id). */
export function toExportEntities(index: EntityIndex): Entity[] {
  return index.clusters()
    .map((c) => ({ id: c.id, name: c.name, type: c.type, aliases: c.aliases, roles: c.roles, article_ids: c.articleIds, mentions: c.mentions }))
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
}
