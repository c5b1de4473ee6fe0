// Outlet profiles: what each outlet published, whom it quotes, the labels it uses (from the
// comparison stage's framing), its copies and flags.
import type { OutletProfile, Story } from '../model/export.js';
import type { Store } from '../store/repository.js';

export interface OutletRow { name: string; domain: string | null; articles: number }

export async function outletProfiles(store: Store, groupsOf: (name: string) => string[] = () => []): Promise<OutletProfile[]> {
  const byOutlet = new Map<string, { domain: string | null; ids: string[] }>();
  for await (const a of store.articles.iterate({ provenanceLists: false })) {
    const name = a.outlet?.name ?? 'unknown';
    const entry = byOutlet.get(name) ?? { domain: a.outlet?.domain ?? null, ids: [] };
    entry.ids.push(a.id);
    byOutlet.set(name, entry);
  }
  const outletOfArticle = new Map<string, string>();
  for (const [name, { ids }] of byOutlet) for (const id of ids) outletOfArticle.set(id, name);
  const quoted = new Map<string, Map<string, number>>();
  for await (const q of store.quotes.iterate()) {
    const id = q.speaker?.entity_id;
    if (!id || q.kind === 'scare') continue;
    const outlet = outletOfArticle.get(q.article_id) ?? 'unknown';
    const m = quoted.get(outlet) ?? new Map<string, number>();
    m.set(id, (m.get(id) ?? 0) + 1);
    quoted.set(outlet, m);
  }
  const labels = new Map<string, Record<string, string[]>>();
  for await (const s of store.stories.iterate()) addLabels(s, outletOfArticle, labels);
  return [...byOutlet]
    .map(([name, { domain, ids }]) => ({
      name, domain, groups: groupsOf(name), article_ids: ids.sort(),
      quoted: [...(quoted.get(name) ?? new Map<string, number>())].map(([entity_id, count]) => ({ entity_id, count }))
        .sort((a, b) => b.count - a.count || (a.entity_id < b.entity_id ? -1 : 1)),
      labels: labels.get(name) ?? {},
    }))
    .sort((a, b) => b.article_ids.length - a.article_ids.length || (a.name < b.name ? -1 : 1));
}

function addLabels(story: Story, outletOf: Map<string, string>, into: Map<string, Record<string, string[]>>): void {
  for (const f of story.framing) {
    for (const [articleId, list] of Object.entries(f.labels)) {
      const outlet = outletOf.get(articleId);
      if (!outlet) continue;
      const rec = into.get(outlet) ?? {};
      rec[f.referent] = [...new Set([...(rec[f.referent] ?? []), ...list])].sort();
      into.set(outlet, rec);
    }
  }
}
