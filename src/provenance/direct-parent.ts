// The direct source of one article: among the heads of its own exact-duplicate group and of the groups
// it is a copy pair with (plus members whose outlet its credit names), a candidate with enough evidence
// of being its original; the credited one first, then the one holding most of its text, then the
// strongest evidence.
import { DIRECTION_MARGIN, NEAREST_TOLERANCE } from './config.js';
import { directionScore, type LineageMeta, type TextEvidence } from './direction.js';
import type { GroupInfo, LineageContext } from './lineage-context.js';
import { originalityKey } from './lineage-context.js';
import { outletKey } from './outlet-names.js';
import type { CopyLink, ProvenanceIndex } from './types.js';

interface Candidate {
  y: LineageMeta;
  text: TextEvidence;
  /** Share of the copy's 5-grams found in the candidate (1 within an exact-duplicate group). */
  similarity: number;
  /** Partial reuse: only a credit naming the candidate's outlet makes it the original. */
  reuse: boolean;
}

export interface Scored extends Candidate {
  score: number;
  reasons: string[];
  credited: boolean;
}

const NONE = { bodyTokens: 0, boilerplateTokens: 0, truncated: false };
/** Within an exact-duplicate group the bodies are equal: only added boilerplate tells them apart. */
const SAME_TEXT: TextEvidence = { x: NONE, y: NONE, xInY: 1 };

export function directParent(id: string, ctx: LineageContext): Scored | null {
  const index = ctx.index;
  const summary = index.getSummary(id);
  if (!summary || summary.textHash === '') return null;
  const x = ctx.meta(id);
  // Most articles are alone in their group and have no copy pair: nothing to compare with.
  const members = index.groupOf(summary.textHash);
  if (members.length === 1 && members[0] === id && index.linksOf(id).length === 0) return null;
  const own = ctx.group(summary.textHash);
  const candidates: Candidate[] = [];
  const addGroup = (g: GroupInfo, link: CopyLink | null): void => {
    const ids = new Set<string>(link?.kind === 'reuse' ? [] : [g.head.id]);
    if (x.credit?.outlet) for (const m of g.byOutlet.get(outletKey(x.credit.outlet)) ?? []) ids.add(m);
    for (const m of [...ids].sort()) {
      if (m === id) continue;
      const y = ctx.meta(m);
      const text = withBoilerplate(link ? orient(link, own.rep) : SAME_TEXT, x, y);
      candidates.push({ y, text, similarity: text.xInY, reuse: link?.kind === 'reuse' });
    }
  };
  addGroup(own, null);
  for (const link of index.linksOf(own.rep)) {
    const other = link.a === own.rep ? link.b : link.a;
    const otherSummary = index.getSummary(other);
    // Partial reuse gives no original, unless the credit names that article's outlet.
    if (otherSummary && (link.kind !== 'reuse' || x.credit?.outlet)) addGroup(ctx.group(otherSummary.textHash), link);
  }
  let best: Scored | null = null;
  for (const c of candidates) {
    const d = directionScore(c.y, x, c.text);
    if (d.score < DIRECTION_MARGIN || (c.reuse && !d.credited)) continue;
    const scored = { ...c, score: d.score, reasons: d.reasons, credited: d.credited };
    if (!best || better(scored, best, index)) best = scored;
  }
  return best;
}

/** Adds each article's own recognised boilerplate (member-specific, unlike the group's body) to the evidence. */
function withBoilerplate(t: TextEvidence, x: LineageMeta, y: LineageMeta): TextEvidence {
  return {
    x: { ...t.x, boilerplateTokens: t.x.boilerplateTokens + Math.max(0, x.boilerplateTokens - y.boilerplateTokens) },
    y: { ...t.y, boilerplateTokens: t.y.boilerplateTokens + Math.max(0, y.boilerplateTokens - x.boilerplateTokens) },
    xInY: t.xInY,
  };
}

function orient(link: CopyLink, xRep: string): TextEvidence {
  return link.a === xRep
    ? { x: link.extraA, y: link.extraB, xInY: link.aInB }
    : { x: link.extraB, y: link.extraA, xInY: link.bInA };
}

/**
 * Among candidates with enough evidence of being the original: one the credit names first; then the
 * candidate holding most of the copy's text (its source has all of it; a sibling copy lacks what the
 * sibling cut or reworded); then the strength of the evidence; then the one adding the least
 * boilerplate, the fuller text (copies cut) and originalityKey.
 */
function better(a: Scored, b: Scored, index: ProvenanceIndex): boolean {
  if (a.credited !== b.credited) return a.credited;
  if (Math.abs(a.similarity - b.similarity) > NEAREST_TOLERANCE) return a.similarity > b.similarity;
  if (a.score !== b.score) return a.score > b.score;
  if (a.text.y.boilerplateTokens !== b.text.y.boilerplateTokens) return a.text.y.boilerplateTokens < b.text.y.boilerplateTokens;
  const ta = index.getSummary(a.y.id)?.tokenCount ?? 0;
  const tb = index.getSummary(b.y.id)?.tokenCount ?? 0;
  return ta !== tb ? ta > tb : originalityKey(a.y) < originalityKey(b.y);
}
