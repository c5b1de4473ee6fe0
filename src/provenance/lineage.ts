// Lineage of one article: its direct source (direct-parent.ts), followed up the chain while that source
// is itself a copy, so `original` names the root (the outlet that reported it) and a copy of a copy is
// not taken for the original; else its own credit, with article_id null.
import { MAX_CHAIN } from './config.js';
import { diffTexts } from './diff.js';
import type { LineageMeta } from './direction.js';
import { LineageContext } from './lineage-context.js';
import type { EditDiff, Original } from './model-types.js';
import type { LineageRecord, ProvenanceIndex } from './types.js';

export { LineageContext };

/**
 * `previous`: the article's stored record, if any. Its diff is kept when the root is the same article
 * (a diff is a function of the two texts alone): a batch recomputes the lineage of every copy linked
 * to it, and most keep their root.
 */
export function resolveLineage(id: string, ctx: LineageContext, previous?: LineageRecord): LineageRecord {
  const x = ctx.meta(id);
  const direct = ctx.parent(id);
  if (!direct) return { id, original: creditOnly(x.credit), diff: null, parent: null };
  let root = direct;
  const reasons = [...direct.reasons];
  const seen = new Set([id, direct.y.id]);
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const up = ctx.parent(root.y.id);
    if (!up || seen.has(up.y.id)) break;
    seen.add(up.y.id);
    reasons.push(`${root.y.id} is itself a copy of ${up.y.id} (${up.reasons.join('; ')})`);
    root = up;
  }
  const diff = previous?.original?.article_id === root.y.id ? previous.diff : diffAgainst(id, root.y.id, ctx.index);
  return { id, original: inCorpus(root.y, reasons, x), diff, parent: direct.y.id };
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

function diffAgainst(copyId: string, originalId: string, index: ProvenanceIndex): EditDiff | null {
  const c = index.getArticle(copyId);
  const o = index.getArticle(originalId);
  if (!c || !o) return null;
  return diffTexts(c, o);
}
