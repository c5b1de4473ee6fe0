// Lineage of one article: among the heads of its own exact-duplicate group and of the groups it is a
// copy pair with (plus members whose outlet its credit names), the one with the strongest evidence of
// being its original; else its own credit, with article_id null. Groups are summarised once per pass
// (LineageContext), so thousands of exact copies stay linear.
import { DIRECTION_MARGIN } from './config.js';
import { detectCredit } from './credits.js';
import { diffTexts } from './diff.js';
import { directionScore, type LineageMeta, type TextEvidence } from './direction.js';
import type { Original } from './model-types.js';
import { canonicalOutlet } from './outlet-names.js';
import { nameKey } from '../extract/outlets/normalise.js';
import type { CopyLink, LineageRecord, ProvenanceIndex } from './types.js';

interface GroupInfo {
  rep: string;
  members: string[];
  head: LineageMeta;
  byOutlet: Map<string, string[]>;
}

export class LineageContext {
  private readonly metas = new Map<string, LineageMeta>();
  private readonly groups = new Map<string, GroupInfo>();

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
      credit: a.original ?? detectCredit(a.text, a.dateline),
      garbled: [...(a.flags ?? []), ...s.quality].some((f) => f.flag === 'garbled'),
      boilerplateTokens: s.boilerplateTokens,
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
      const k = nameKey(canonicalOutlet(m.outlet.name));
      byOutlet.set(k, [...(byOutlet.get(k) ?? []), m.id]);
    }
    g = { rep: members[0], members, head: metas.reduce((best, m) => (originalityKey(m) < originalityKey(best) ? m : best)), byOutlet };
    this.groups.set(textHash, g);
    return g;
  }
}

/** Lower is more likely the original: no credit, not garbled, least boilerplate, earliest date, then id. */
function originalityKey(m: LineageMeta): string {
  const boiler = String(Math.min(m.boilerplateTokens, 9999)).padStart(4, '0');
  return `${m.credit ? 1 : 0}${m.garbled ? 1 : 0}${boiler}${m.published?.slice(0, 10) ?? '9999-99-99'}\u0000${m.id}`;
}

const NONE = { bodyTokens: 0, boilerplateTokens: 0, truncated: false };
/** Within an exact-duplicate group the bodies are equal: only added boilerplate tells them apart. */
const SAME_TEXT: TextEvidence = { x: NONE, y: NONE, xInY: 1 };

/** Adds each article's own recognised boilerplate (member-specific, unlike the group's body) to the evidence. */
function withBoilerplate(t: TextEvidence, x: LineageMeta, y: LineageMeta): TextEvidence {
  return {
    x: { ...t.x, boilerplateTokens: t.x.boilerplateTokens + Math.max(0, x.boilerplateTokens - y.boilerplateTokens) },
    y: { ...t.y, boilerplateTokens: t.y.boilerplateTokens + Math.max(0, y.boilerplateTokens - x.boilerplateTokens) },
    xInY: t.xInY,
  };
}

export function resolveLineage(id: string, ctx: LineageContext): LineageRecord {
  const index = ctx.index;
  const x = ctx.meta(id);
  const summary = index.getSummary(id);
  if (!summary || summary.textHash === '') return { id, original: creditOnly(x.credit), diff: null };
  const own = ctx.group(summary.textHash);
  const candidates: { y: LineageMeta; text: TextEvidence | null }[] = [];
  const addGroup = (g: GroupInfo, link: CopyLink | null): void => {
    const ids = new Set<string>([g.head.id]);
    if (x.credit?.outlet) for (const m of g.byOutlet.get(nameKey(canonicalOutlet(x.credit.outlet))) ?? []) ids.add(m);
    for (const m of [...ids].sort()) {
      if (m === id) continue;
      const y = ctx.meta(m);
      candidates.push({ y, text: withBoilerplate(link ? orient(link, own.rep) : SAME_TEXT, x, y) });
    }
  };
  addGroup(own, null);
  for (const link of index.linksOf(own.rep)) {
    if (link.kind === 'reuse') continue;
    const other = link.a === own.rep ? link.b : link.a;
    const otherSummary = index.getSummary(other);
    if (otherSummary) addGroup(ctx.group(otherSummary.textHash), link);
  }
  let best: { y: LineageMeta; score: number; reasons: string[] } | null = null;
  for (const c of candidates) {
    const d = directionScore(c.y, x, c.text);
    if (d.score < DIRECTION_MARGIN) continue;
    if (!best || d.score > best.score || (d.score === best.score && preferred(c.y, best.y, index))) {
      best = { y: c.y, score: d.score, reasons: d.reasons };
    }
  }
  if (!best) return { id, original: creditOnly(x.credit), diff: null };
  return { id, original: inCorpus(best.y, best.reasons, x), diff: diffAgainst(id, best.y.id, index) };
}

/** Tie-break between equally supported originals: the fuller text (copies cut), then originalityKey. */
function preferred(a: LineageMeta, b: LineageMeta, index: ProvenanceIndex): boolean {
  const ta = index.getSummary(a.id)?.tokenCount ?? 0;
  const tb = index.getSummary(b.id)?.tokenCount ?? 0;
  return ta !== tb ? ta > tb : originalityKey(a) < originalityKey(b);
}

function orient(link: CopyLink, xRep: string): TextEvidence {
  return link.a === xRep
    ? { x: link.extraA, y: link.extraB, xInY: link.aInB }
    : { x: link.extraB, y: link.extraA, xInY: link.bInA };
}

function creditOnly(credit: Original | null): Original | null {
  if (!credit) return null;
  return { ...credit, article_id: null, evidence: `${credit.evidence} (credit line; the original is not in the corpus)` };
}

function inCorpus(y: LineageMeta, reasons: string[], x: LineageMeta): Original {
  return {
    outlet: y.outlet?.name ?? x.credit?.outlet ?? null,
    published: y.published,
    evidence: reasons.join('; '),
    article_id: y.id,
  };
}

function diffAgainst(copyId: string, originalId: string, index: ProvenanceIndex) {
  const c = index.getArticle(copyId);
  const o = index.getArticle(originalId);
  if (!c || !o) return null;
  return diffTexts(c, o);
}
