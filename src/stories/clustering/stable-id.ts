// Group ids from the earliest member by (day, id): the same set gives the same id, a group that
// grows keeps its id, and on a merge the older group's earliest member (hence its id) survives.
import { createHash } from 'node:crypto';

export interface Dated { id: string; day: number | null }

/** Earliest first: by day (undated last), then by id. */
export function compareDated(a: Dated, b: Dated): number {
  const da = a.day ?? Number.MAX_SAFE_INTEGER, db = b.day ?? Number.MAX_SAFE_INTEGER;
  return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function groupId(prefix: string, members: readonly Dated[]): string {
  let first = members[0];
  for (const m of members) if (compareDated(m, first) < 0) first = m;
  return prefix + createHash('sha256').update(first.id).digest('hex').slice(0, 12);
}
