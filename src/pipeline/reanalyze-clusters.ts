// What a reanalysis changed in the event and story groups, for its summary: groups compared by id
// and members before and after.
import type { Store } from '../store/repository.js';

export interface GroupDiff { before: number; after: number; unchanged: number; changed: number; added: number; removed: number }
export type ClusterSnapshot = Map<string, string>;

/** Every group as `level id` → its members (ids joined), read from the stored stories. */
export async function snapshotGroups(store: Store): Promise<ClusterSnapshot> {
  const out: ClusterSnapshot = new Map();
  for await (const s of store.stories.iterate()) out.set(`${s.level} ${s.id}`, s.article_ids.join(','));
  return out;
}

export function diffGroups(before: ClusterSnapshot, after: ClusterSnapshot): Record<'event' | 'story', GroupDiff> {
  const diff = () => ({ before: 0, after: 0, unchanged: 0, changed: 0, added: 0, removed: 0 });
  const out = { event: diff(), story: diff() };
  const levelOf = (key: string) => (key.startsWith('event ') ? out.event : out.story);
  for (const [key, members] of before) {
    const d = levelOf(key);
    d.before++;
    const now = after.get(key);
    if (now === undefined) d.removed++;
    else if (now === members) d.unchanged++;
    else d.changed++;
  }
  for (const key of after.keys()) {
    const d = levelOf(key);
    d.after++;
    if (!before.has(key)) d.added++;
  }
  return out;
}
