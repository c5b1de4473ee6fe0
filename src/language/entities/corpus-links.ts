// The corpus linker: every local row of a corpus, held in a LocalRowTable, clustered into global
// entities exactly as an EntityIndex given the same rows clusters them (same anchors, ids, records
// and links), but from columns: rows are grouped by key with a counting sort, person contexts are
// made one family at a time, and row objects exist only for the cluster being summarised. The
// EntityIndex stays the incremental API (and this module's reference in the tests).
import type { Entity } from '../../model/export.js';
import { clusterRecord } from './cluster-record.js';
import { entityId } from './entity-index.js';
import { EntityLookup, type LocalLink } from './entity-lookup.js';
import { byExportOrder, exportEntity } from './export-entities.js';
import { emptyContext, updateContext } from './group-context.js';
import type { LocalRowTable } from './local-row-table.js';
import { familyOf } from './person-name.js';
import { starAnchors, type FamilyName } from './star-anchors.js';
import { bucketed } from '../../util/bucketed.js';

const PERSON_PREFIX = 'PERSON:';

export interface CorpusLinks {
  /** Export records, in the export's order. */
  entities: Entity[];
  /** Every (article, key) link, and each entity's name. */
  lookup: EntityLookup;
}

export function linkLocalRows(table: LocalRowTable): CorpusLinks {
  // Key k's rows are rows[start[k]] .. rows[start[k + 1] - 1], in table order.
  const { start, values: rows } = bucketed(table.size, table.keyCount, (i) => table.keyOf(i));
  const keyCount = table.keyCount;
  const mentions = new Float64Array(keyCount);
  for (let k = 0; k < keyCount; k++) for (let r = start[k]; r < start[k + 1]; r++) mentions[k] += table.mentionsOf(rows[r]);

  // Each key's anchor; a person's depends on the other names of its family.
  const anchor = Int32Array.from({ length: keyCount }, (_, k) => k);
  const families = new Map<string, number[]>();
  const partsOf = new Map<number, string[]>();
  for (let k = 0; k < keyCount; k++) {
    const key = table.keyText(k);
    if (!key.startsWith(PERSON_PREFIX)) continue;
    const parts = key.slice(PERSON_PREFIX.length).split(' ');
    partsOf.set(k, parts);
    const family = familyOf(parts);
    const list = families.get(family);
    if (list) list.push(k);
    else families.set(family, [k]);
  }
  for (const members of families.values()) {
    // A name alone in its family is its own anchor: no context to make.
    if (members.length < 2) continue;
    const numberOf = new Map<string, number>();
    const names: FamilyName[] = members.map((k) => {
      const context = emptyContext();
      for (let r = start[k]; r < start[k + 1]; r++) updateContext(context, { roles: table.rolesOf(rows[r]), related: table.relatedOf(rows[r]) }, 1);
      numberOf.set(table.keyText(k), k);
      return { key: table.keyText(k), parts: partsOf.get(k)!, articles: start[k + 1] - start[k], mentions: mentions[k], context };
    });
    for (const [key, a] of starAnchors(names)) anchor[numberOf.get(key)!] = numberOf.get(a)!;
  }
  partsOf.clear();

  // One cluster per anchor: its keys' rows, keys in the order first added (an EntityIndex's groups' order).
  const keysOf = new Map<number, number[]>();
  for (let k = 0; k < keyCount; k++) {
    const list = keysOf.get(anchor[k]);
    if (list) list.push(k);
    else keysOf.set(anchor[k], [k]);
  }
  const ids = new Map<number, string>();
  const entities: Entity[] = [];
  for (const [a, keys] of keysOf) {
    const id = entityId(table.keyText(a));
    ids.set(a, id);
    const members = keys.flatMap((k) => Array.from(rows.subarray(start[k], start[k + 1]), (i) => table.row(i)));
    entities.push(exportEntity(clusterRecord(id, table.keyText(a), members)));
  }
  entities.sort(byExportOrder);

  function* links(): Generator<LocalLink> {
    for (let i = 0; i < table.size; i++) {
      yield { article_id: table.articleId(table.articleOf(i)), key: table.keyText(table.keyOf(i)), entity_id: ids.get(anchor[table.keyOf(i)])! };
    }
  }
  return { entities, lookup: new EntityLookup(links(), entities.map((e) => [e.id, e.name] as const)) };
}
