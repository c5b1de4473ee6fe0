// Threshold learning for the clustering levels: pair features are computed once per data set
// (term cosine, entity cosine, day gap) over the index's candidate pairs, then a grid search picks
// the parameters that maximise pooled B-cubed F1 of the fast graph clustering on the training docs.
import { averageLink } from '../../src/stories/clustering/average-link.js';
import { DocFreq } from '../../src/stories/clustering/doc-freq.js';
import { LinkGraph } from '../../src/stories/clustering/link-graph.js';
import { representArticle } from '../../src/stories/clustering/represent.js';
import { dot } from '../../src/stories/clustering/sparse.js';
import type { ClusteringModel, LevelParams } from '../../src/stories/clustering/types.js';
import { dateAdjustment, type Unit } from '../../src/stories/clustering/unit.js';
import { weighRep } from '../../src/stories/clustering/weigh.js';
import { bcubedSums, fromSums } from './metrics.js';
import type { LabelledDoc } from './datasets.js';

export interface PairTable { a: Int32Array; b: Int32Array; t: Float64Array; e: Float64Array; units: readonly Unit[]; n: number }

/** Units weighted over the given docs (as the clusterer would weigh them). */
export function unitsOf(docs: readonly LabelledDoc[], model: ClusteringModel): Unit[] {
  const reps = docs.map((d) => representArticle(d.summary, { titleBoost: model.titleBoost }));
  const tdf = new DocFreq(), edf = new DocFreq();
  for (const r of reps) { tdf.update(r.terms.keys, 1); edf.update(r.entities.keys, 1); }
  return reps.map((r) => {
    const w = weighRep(r, tdf, edf);
    return { id: r.id, day: r.day, terms: w.terms, entities: w.entities, eventDays: r.eventDays, year: r.year, monthDays: r.monthDays, short: r.length < model.shortTextTokens };
  });
}

/** Candidate pairs through the inverted index, with their score components. */
export function pairTable(units: readonly Unit[], model: ClusteringModel, minPartial = 0.01): PairTable {
  const probe: LevelParams = { entityWeight: 0.5, linkThreshold: 1, mergeThreshold: 1, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 };
  const graph = new LinkGraph('x', () => probe, { ...model.retrieval, minPartial });
  graph.upsert(units);
  const pos = new Map(units.map((u, i) => [u.id, i]));
  const a: number[] = [], b: number[] = [], t: number[] = [], e: number[] = [];
  units.forEach((u, i) => {
    for (const id of graph.candidates(u.id)) {
      const j = pos.get(id)!;
      if (j <= i) continue;
      const v = units[j];
      a.push(i); b.push(j); t.push(dot(u.terms, v.terms));
      e.push(u.entities.keys.length && v.entities.keys.length ? dot(u.entities, v.entities) : -1);
    }
  });
  return { a: Int32Array.from(a), b: Int32Array.from(b), t: Float64Array.from(t), e: Float64Array.from(e), units, n: a.length };
}

export function scoreOf(p: LevelParams, t: number, e: number, a: Unit, b: Unit): number {
  return (e < 0 ? t : (1 - p.entityWeight) * t + p.entityWeight * e) + dateAdjustment(a, b, p);
}

/** Cluster labels (per unit index) for the units where `keep` is true. */
export function fastCluster(nUnits: number, ids: readonly string[], pairs: PairTable, p: LevelParams, keep: (i: number) => boolean): Int32Array {
  const parent = Int32Array.from({ length: nUnits }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  const kept: { a: number; b: number; s: number }[] = [];
  const floor = Math.min(p.linkThreshold, p.mergeThreshold) / 2;
  for (let k = 0; k < pairs.n; k++) {
    const a = pairs.a[k], b = pairs.b[k];
    if (!keep(a) || !keep(b)) continue;
    const s = scoreOf(p, pairs.t[k], pairs.e[k], pairs.units[a], pairs.units[b]);
    if (s < floor) continue;
    kept.push({ a, b, s });
    if (s >= p.linkThreshold) parent[find(a)] = find(b);
  }
  const comps = new Map<number, number[]>();
  for (let i = 0; i < nUnits; i++) if (keep(i)) { const r = find(i); const c = comps.get(r); if (c) c.push(i); else comps.set(r, [i]); }
  const label = new Int32Array(nUnits).fill(-1);
  const local = new Map<number, number>();
  const byComp = new Map<number, { a: number; b: number; s: number }[]>();
  for (const pr of kept) { const r = find(pr.a); if (find(pr.b) !== r) continue; const l = byComp.get(r); if (l) l.push(pr); else byComp.set(r, [pr]); }
  let next = 0;
  for (const [r, members] of comps) {
    members.forEach((m, i) => local.set(m, i));
    const ps = (byComp.get(r) ?? []).map((pr) => ({ a: local.get(pr.a)!, b: local.get(pr.b)!, s: pr.s }));
    for (const g of averageLink(members.length, members.map((m) => ids[m]), ps, p.mergeThreshold)) {
      for (const i of g) label[members[i]] = next;
      next++;
    }
  }
  return label;
}

/** Pooled B-cubed F1 over folds (each fold clustered on its own). */
export function foldF1(docs: readonly LabelledDoc[], ids: readonly string[], pairs: PairTable, p: LevelParams, folds: readonly string[]): number {
  let sums = { p: 0, r: 0, n: 0 };
  for (const f of folds) {
    const keep = (i: number) => docs[i].fold === f;
    const label = fastCluster(docs.length, ids, pairs, p, keep);
    const idx = docs.map((_, i) => i).filter(keep);
    const s = bcubedSums(idx.map((i) => label[i]), idx.map((i) => docs[i].gold));
    sums = { p: sums.p + s.p, r: sums.r + s.r, n: sums.n + s.n };
  }
  return fromSums(sums).f1;
}

export interface Task { docs: LabelledDoc[]; ids: string[]; pairs: PairTable; folds: string[]; weight: number }

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 1000) / 1000);
  return out;
};

/** Grid search (coarse joint grid, then date terms, then a finer pass) maximising weighted F1. */
export function learnLevel(tasks: readonly Task[], base: LevelParams, useDates: boolean, useEntities: boolean, grid0?: { links: number[]; merges: number[] }): { params: LevelParams; f1: number } {
  const score = (p: LevelParams) => tasks.reduce((s, t) => s + t.weight * foldF1(t.docs, t.ids, t.pairs, p, t.folds), 0) / tasks.reduce((s, t) => s + t.weight, 0);
  let best = base, bestF1 = score(base);
  const tryAll = (cands: LevelParams[]) => { for (const c of cands) { const f = score(c); if (f > bestF1 + 1e-9) { best = c; bestF1 = f; } } };
  const ews = useEntities ? [0.2, 0.4, 0.6] : [0];
  const links = grid0?.links ?? range(0.02, 0.42, 0.05), merges = grid0?.merges ?? range(0.02, 0.34, 0.04);
  const grid = () => ews.flatMap((entityWeight) => links.flatMap((linkThreshold) => merges.map((mergeThreshold) => ({ ...best, entityWeight, linkThreshold, mergeThreshold }))));
  tryAll(grid());
  if (useDates) {
    tryAll([3, 7, 30].flatMap((dateGapDays) => [0, 0.1, 0.2, 0.4].map((datePenalty) => ({ ...best, dateGapDays, datePenalty }))));
    tryAll([1, 2].flatMap((yearGap) => [0, 0.1, 0.2, 0.4].flatMap((yearPenalty) => [0, 0.1, 0.2].map((sameDayBonus) => ({ ...best, yearGap, yearPenalty, sameDayBonus })))));
    tryAll(grid());
  }
  const b = best;
  if (!grid0) tryAll(range(Math.max(0, b.linkThreshold - 0.02), b.linkThreshold + 0.02, 0.01).flatMap((linkThreshold) => range(Math.max(0, b.mergeThreshold - 0.02), b.mergeThreshold + 0.02, 0.01).map((mergeThreshold) => ({ ...b, linkThreshold, mergeThreshold }))));
  return { params: best, f1: bestF1 };
}
