// Export records (the `entities` array of `parallax export`) from an EntityIndex, or from clusters
// made elsewhere (the corpus linker).
import type { Entity } from '../../model/export.js';
import type { ClusterRecord } from './cluster-record.js';
import type { EntityIndex } from './entity-index.js';

/** One record per global entity, the most mentioned first (ties by name, then id). */
export function toExportEntities(index: EntityIndex): Entity[] {
  return index.clusters().map(exportEntity).sort(byExportOrder);
}

export function exportEntity(c: ClusterRecord): Entity {
  return { id: c.id, name: c.name, type: c.type, aliases: c.aliases, roles: c.roles, article_ids: c.articleIds, mentions: c.mentions };
}

/** The export's order of entities: the most mentioned first, ties by name, then id. */
export function byExportOrder(a: Entity, b: Entity): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);
}
