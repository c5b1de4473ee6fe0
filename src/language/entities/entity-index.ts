// Cross-article entities. Local entities with the same canonical key (type class + alias-normalised
// name) are one entity. People are further merged per family name ("bucket"): a spelling variant
// joins the bucket's dominant spelling when the contexts agree, and a surname-only name joins the
// one full name of its bucket when the contexts agree. Clusters are recomputed from the bucket's
// current rows only, so the result depends on the set of articles, never on batches or order.
//
// Ids: sha256 of the cluster's anchor key — the name with the most articles (then mentions, then
// key order). Adding articles can change a cluster's anchor (a variant overtakes, a surname-only
// name joins or leaves); its id then changes, and addArticles reports the change in `renamed` so a
// store can rewrite stored references. Ids of unaffected entities never change.
import { createHash } from 'node:crypto';
import { EntityLookup } from './entity-lookup.js';
import { emptyContext, updateContext, type NameContext } from './group-context.js';
import { familyOf } from './person-name.js';
import { starAnchors, type FamilyName } from './star-anchors.js';
import type { EntityStoreState, LocalEntityRow } from './store-state.js';
import { clusterRecord, type ClusterRecord } from './cluster-record.js';
import type { ArticleEntities, LocalEntity } from './types.js';

interface Group {
  key: string;
  members: Map<string, LocalEntityRow>;
  /** Normalised name parts for people, else null. */
  parts: string[] | null;
  /** People only: role heads, countries and co-occurring entities over all members. */
  context: NameContext;
  mentions: number;
}

export interface AddResult {
  /** Local key → global entity id, per article added. */
  links: Map<string, Map<string, string>>;
  /** Entities whose id changed because a merge changed their anchor. */
  renamed: { from: string; to: string }[];
}

const PERSON_PREFIX = 'PERSON:';

/** The global id of a cluster whose anchor key is `key`. */
export function entityId(key: string): string {
  return createHash('sha256').update(`parallax-entity\n${key}`).digest('hex').slice(0, 16);
}

export class EntityIndex {
  private readonly articles = new Map<string, LocalEntityRow[]>();
  private readonly groups = new Map<string, Group>();
  private readonly buckets = new Map<string, Set<string>>();
  private readonly anchorOf = new Map<string, string>();

  /** Adds (or replaces) one article's local entities. */
  addArticle(articleId: string, entities: ArticleEntities | readonly LocalEntity[]): AddResult {
    return this.addArticles([[articleId, entities]]);
  }

  /** Adds (or replaces) several articles, reclustering once. */
  addArticles(batch: Iterable<readonly [string, ArticleEntities | readonly LocalEntity[]]>): AddResult {
    const rows: LocalEntityRow[] = [];
    const ids: string[] = [];
    for (const [articleId, entities] of batch) {
      ids.push(articleId);
      const list = 'entities' in entities ? entities.entities : entities;
      for (const e of list) {
        rows.push({ article_id: articleId, key: e.key, name: e.name, type: e.type, aliases: [...e.aliases], roles: [...e.roles], mentions: e.mentions.length, related: [...e.related] });
      }
    }
    return this.addRows(rows, ids);
  }

  /** Adds raw rows (as saved in EntityStoreState.locals); rows of an article replace all its old ones. */
  addRows(rows: readonly LocalEntityRow[], articleIds: Iterable<string> = rows.map((r) => r.article_id)): AddResult {
    const replaced = new Set(articleIds);
    const families = new Set<string>();
    const familyOfKey = (key: string) => (key.startsWith(PERSON_PREFIX) ? familyOf(key.slice(PERSON_PREFIX.length).split(' ')) : null);
    for (const key of [...rows.map((r) => r.key), ...[...replaced].flatMap((id) => (this.articles.get(id) ?? []).map((r) => r.key))]) {
      const f = familyOfKey(key);
      if (f !== null) families.add(f);
    }
    const before = new Map<string, string>();
    for (const f of families) for (const k of this.buckets.get(f) ?? []) before.set(k, this.anchorOf.get(k) ?? k);
    for (const id of replaced) this.removeArticle(id);
    for (const row of rows) this.insert(row);
    for (const f of families) this.recluster(f);
    return this.result(rows, before);
  }

  private insert(row: LocalEntityRow): void {
    const list = this.articles.get(row.article_id) ?? [];
    list.push(row);
    this.articles.set(row.article_id, list);
    let g = this.groups.get(row.key);
    if (!g) {
      const parts = row.key.startsWith(PERSON_PREFIX) ? row.key.slice(PERSON_PREFIX.length).split(' ') : null;
      this.groups.set(row.key, (g = { key: row.key, members: new Map(), parts, context: emptyContext(), mentions: 0 }));
      if (parts) this.bucketOf(familyOf(parts)).add(row.key);
      else this.anchorOf.set(row.key, row.key);
    }
    g.members.set(row.article_id, row);
    g.mentions += row.mentions;
    if (g.parts) updateContext(g.context, row, 1);
  }

  private bucketOf(family: string): Set<string> {
    let b = this.buckets.get(family);
    if (!b) this.buckets.set(family, (b = new Set()));
    return b;
  }

  private removeArticle(articleId: string): void {
    for (const row of this.articles.get(articleId) ?? []) {
      const g = this.groups.get(row.key);
      if (!g) continue;
      g.members.delete(articleId);
      g.mentions -= row.mentions;
      if (g.parts) updateContext(g.context, row, -1);
      if (g.members.size) continue;
      this.groups.delete(row.key);
      this.anchorOf.delete(row.key);
      if (g.parts) this.buckets.get(familyOf(g.parts))?.delete(row.key);
    }
    this.articles.delete(articleId);
  }

  /** Star clustering of one family's names (star-anchors.ts). */
  private recluster(family: string): void {
    const names: FamilyName[] = [];
    for (const key of this.buckets.get(family) ?? []) {
      const g = this.groups.get(key);
      if (g) names.push({ key, parts: g.parts!, articles: g.members.size, mentions: g.mentions, context: g.context });
    }
    for (const [key, anchor] of starAnchors(names)) this.anchorOf.set(key, anchor);
  }

  private result(rows: readonly LocalEntityRow[], before: Map<string, string>): AddResult {
    const links = new Map<string, Map<string, string>>();
    for (const row of rows) {
      let m = links.get(row.article_id);
      if (!m) links.set(row.article_id, (m = new Map()));
      m.set(row.key, this.idOf(row.key)!);
    }
    const seen = new Set<string>();
    const renamed: { from: string; to: string }[] = [];
    for (const [key, oldAnchor] of before) {
      const now = this.anchorOf.get(key);
      if (!now || now === oldAnchor || seen.has(`${oldAnchor}\n${now}`)) continue;
      seen.add(`${oldAnchor}\n${now}`);
      renamed.push({ from: entityId(oldAnchor), to: entityId(now) });
    }
    return { links, renamed: renamed.sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1)) };
  }

  /** The global id of a local key, or null when no article has it. */
  idOf(key: string): string | null {
    const anchor = this.anchorOf.get(key);
    return anchor ? entityId(anchor) : null;
  }

  /** The global id of an article's local entity. */
  idOfLocal(articleId: string, key: string): string | null {
    return this.articles.get(articleId)?.some((r) => r.key === key) ? this.idOf(key) : null;
  }

  /**
   * The index's local-key links and entity names, without its rows (see entity-lookup.ts); `names`
   * (entity id → name) when the caller has the clusters already.
   */
  lookup(names: Iterable<readonly [string, string]> = this.clusters().map((c) => [c.id, c.name] as const)): EntityLookup {
    return new EntityLookup(this.localLinks(), names);
  }

  /** Each local row's link to its entity, one at a time (a corpus has millions; one hash per anchor). */
  private *localLinks(): Generator<{ article_id: string; key: string; entity_id: string }> {
    const ids = new Map<string, string>();
    for (const [article_id, rows] of this.articles) {
      for (const r of rows) {
        const anchor = this.anchorOf.get(r.key)!;
        let id = ids.get(anchor);
        if (id === undefined) ids.set(anchor, (id = entityId(anchor)));
        yield { article_id, key: r.key, entity_id: id };
      }
    }
  }

  /** Every cluster with all its rows, sorted by id. */
  clusters(): ClusterRecord[] {
    const byAnchor = new Map<string, LocalEntityRow[]>();
    for (const g of this.groups.values()) {
      const anchor = this.anchorOf.get(g.key)!;
      const list = byAnchor.get(anchor) ?? [];
      list.push(...g.members.values());
      byAnchor.set(anchor, list);
    }
    return [...byAnchor].map(([anchor, rows]) => clusterRecord(entityId(anchor), anchor, rows)).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The index as plain rows (see EntityStoreState). */
  state(): EntityStoreState {
    const locals = [...this.articles.keys()].sort().flatMap((id) => this.articles.get(id)!.map((r) => structuredClone(r)));
    const clusters = this.clusters();
    return {
      locals,
      entities: clusters.map((c) => ({ id: c.id, anchor_key: c.anchorKey, name: c.name, type: c.type, roles: c.roles, mentions: c.mentions })),
      aliases: clusters.flatMap((c) => c.aliases.map((alias) => ({ entity_id: c.id, alias }))),
      links: locals.map((r) => ({ article_id: r.article_id, key: r.key, entity_id: this.idOf(r.key)! })),
    };
  }

  /** An index rebuilt from saved rows (only `locals` is read; the rest is derived again). */
  static fromState(state: EntityStoreState): EntityIndex {
    const index = new EntityIndex();
    index.addRows(state.locals);
    return index;
  }
}
