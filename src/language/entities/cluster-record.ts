// One global entity summarised from all its local rows: canonical name, type, aliases, roles,
// articles and mention count. Pure function of the rows (order-independent).
import type { LocalEntityRow } from './store-state.js';
import type { LinkedType } from './types.js';

export interface ClusterRecord {
  id: string;
  anchorKey: string;
  name: string;
  type: LinkedType;
  aliases: string[];
  roles: string[];
  articleIds: string[];
  mentions: number;
}

const TYPE_ORDER: readonly LinkedType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'];

/** Items by how many rows have them (descending), then alphabetically. */
function byFrequency(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s);
}

function count(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export function clusterRecord(id: string, anchorKey: string, rows: readonly LocalEntityRow[]): ClusterRecord {
  const anchorNames = new Map<string, number>();
  const surfaces = new Map<string, number>();
  const roles = new Map<string, number>();
  const roleForm = new Map<string, string>();
  const types = new Map<string, number>();
  let mentions = 0;
  for (const r of rows) {
    mentions += r.mentions;
    count(types, r.type, r.mentions);
    if (r.key === anchorKey) count(anchorNames, r.name);
    for (const s of new Set([r.name, ...r.aliases])) count(surfaces, s);
    for (const role of r.roles) {
      const lower = role.toLowerCase();
      count(roles, lower);
      // Of differently capitalised forms, the one sorting first ("US Secretary of State" over "US secretary of state"): order-independent.
      const prev = roleForm.get(lower);
      if (!prev || role < prev) roleForm.set(lower, role);
    }
  }
  // Longer names win ties: "Wang Yi" over "Wang" when both are anchors' names.
  const name = [...anchorNames].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? rows[0]?.name ?? anchorKey;
  const type = TYPE_ORDER.reduce((best, t) => ((types.get(t) ?? 0) > (types.get(best) ?? 0) ? t : best), TYPE_ORDER[0]);
  return {
    id,
    anchorKey,
    name,
    type: (types.get(type) ?? 0) > 0 ? type : (rows[0]?.type ?? 'MISC'),
    aliases: byFrequency(surfaces).filter((s) => s !== name),
    roles: byFrequency(roles).map((r) => roleForm.get(r)!),
    articleIds: [...new Set(rows.map((r) => r.article_id))].sort(),
    mentions,
  };
}
