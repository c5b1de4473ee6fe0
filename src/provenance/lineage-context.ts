// Per-pass caches of lineage: each article's metadata (credit, outlet, date, garbling), each
// exact-duplicate group's summary, and each article's direct source, so that thousands of exact copies
// and long copy chains stay linear within one addArticles call.
import { detectCredit } from './credits.js';
import { directParent, type Scored } from './direct-parent.js';
import type { LineageMeta } from './direction.js';
import { extendsHeadline } from './headline.js';
import { outletKey } from './outlet-names.js';
import type { Flag } from './model-types.js';
import type { ProvenanceIndex } from './types.js';

const isGarbled = (f: Flag): boolean => f.flag === 'garbled';

export interface GroupInfo {
  rep: string;
  members: string[];
  head: LineageMeta;
  byOutlet: Map<string, string[]>;
}

export class LineageContext {
  private readonly metas = new Map<string, LineageMeta>();
  private readonly groups = new Map<string, GroupInfo>();
  private readonly parents = new Map<string, Scored | null>();

  constructor(readonly index: ProvenanceIndex) {}

  meta(id: string): LineageMeta {
    let m = this.metas.get(id);
    if (m) return m;
    const a = this.index.getArticle(id);
    const s = this.index.getSummary(id);
    if (!a || !s) throw new Error(`provenance: article ${id} is not in the index`);
    m = {
      id,
      outlet: a.outlet,
      published: a.published,
      // The credit found on the worker thread, when the summary has it: the text is not read again.
      credit: a.original ?? (s.credit !== undefined ? s.credit : detectCredit(a.text, a.dateline)),
      garbled: s.quality.some(isGarbled) || (a.flags?.some(isGarbled) ?? false),
      boilerplateTokens: s.boilerplateTokens,
      title: a.title,
    };
    this.metas.set(id, m);
    return m;
  }

  group(textHash: string): GroupInfo {
    let g = this.groups.get(textHash);
    if (g) return g;
    const members = this.index.groupOf(textHash);
    const metas = members.map((id) => this.meta(id));
    const byOutlet = new Map<string, string[]>();
    for (const m of metas) {
      if (!m.outlet) continue;
      const k = outletKey(m.outlet.name);
      byOutlet.set(k, [...(byOutlet.get(k) ?? []), m.id]);
    }
    g = { rep: members[0], members, head: groupHead(metas), byOutlet };
    this.groups.set(textHash, g);
    return g;
  }

  /** The article's direct source among its copy pairs (null when none has enough evidence). */
  parent(id: string): Scored | null {
    let p = this.parents.get(id);
    if (p === undefined) {
      p = directParent(id, this);
      this.parents.set(id, p);
    }
    return p;
  }
}

/**
 * The member most likely the original of an exact-duplicate group (each member is compared with it):
 * lowest originalityKey; but a member with no more credit, garbling or boilerplate whose headline the
 * head's extends (the head added a site name or a label) takes its place.
 */
function groupHead(metas: LineageMeta[]): LineageMeta {
  const head = metas.reduce((best, m) => (originalityKey(m) < originalityKey(best) ? m : best));
  const plainer = metas.filter((m) => !m.credit === !head.credit && m.garbled === head.garbled && m.boilerplateTokens <= head.boilerplateTokens && extendsHeadline(head.title, m.title));
  return plainer.length ? plainer.reduce((best, m) => (originalityKey(m) < originalityKey(best) ? m : best)) : head;
}

/** Lower is more likely the original: no credit, not garbled, least boilerplate, earliest date, then id. */
export function originalityKey(m: LineageMeta): string {
  const boiler = String(Math.min(m.boilerplateTokens, 9999)).padStart(4, '0');
  return `${m.credit ? 1 : 0}${m.garbled ? 1 : 0}${boiler}${m.published?.slice(0, 10) ?? '9999-99-99'}\u0000${m.id}`;
}
