// Small shared caches so repeated names and titles (entity ids in profiles, article ids in
// lineage) cost one request each per page load.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';

const titles = new Map<string, Promise<{ title: string | null; outlet: string | null } | null>>();
const names = new Map<string, Promise<string | null>>();
let outletOrder: Promise<string[]> | null = null;

function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) map.set(key, (p = load()));
  return p;
}

function usePromise<T>(get: () => Promise<T>, key: string, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    get().then((v) => { if (live) setValue(v); }, () => undefined);
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}

export function useArticleHead(id: string) {
  return usePromise(() => cached(titles, id, () => api.article(id).then((a) => ({ title: a.title, outlet: a.outlet?.name ?? null }), () => null)), id, null);
}

export function useEntityName(id: string): string | null {
  return usePromise(() => (id ? cached(names, id, () => api.entity(id).then((e) => e.entity.name, () => null)) : Promise.resolve(null)), id, null);
}

/** Every outlet name in a stable order, so an outlet keeps its colour on every page. */
export function useOutletOrder(): string[] {
  return usePromise(() => (outletOrder ??= api.outlets({ limit: 200 }).then((r) => r.items.map((o) => o.name).sort(), () => [])), 'outlets', []);
}

/** Names of several entities at once (one cached request per id). */
export function useEntityNames(ids: string[]): Map<string, string> {
  const key = [...new Set(ids)].sort().join(',');
  return usePromise(async () => {
    const list = key ? key.split(',') : [];
    const got = await Promise.all(list.map((id) => cached(names, id, () => api.entity(id).then((e) => e.entity.name, () => null))));
    return new Map(list.map((id, i) => [id, got[i] ?? id]));
  }, key, new Map<string, string>());
}
