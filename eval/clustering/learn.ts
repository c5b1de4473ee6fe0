// Threshold learning on exactly what the clusterer does: each fold is run through the real
// StoryClusterer once (its own document frequencies, its own index), its units and candidate pairs
// are read back from the level's LinkGraph, and a grid search re-groups them with the same shared
// code (components at the link threshold, then `groupComponentUnits`) for every parameter setting.
import { groupComponentUnits, type LinkGraph } from '../../src/stories/clustering/link-graph.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import type { ClusteringModel, LevelParams } from '../../src/stories/clustering/types.js';
import { combineScore, keepFloor, pairFeatures, type PairFeatures, type ParamsFor, type Unit } from '../../src/stories/clustering/unit.js';
import type { LabelledDoc } from './datasets.js';
import { bcubedSums, fromSums, nmi } from './metrics.js';

/** One fold at one level: units in id order, candidate pairs with their features, gold per unit. */
export interface FoldTable {
  fold: string;
  units: Unit[];
  a: Int32Array; b: Int32Array; f: PairFeatures[];
  /** Per unit, the gold labels of the articles it stands for (one for an article). */
  gold: string[][];
  /** The level's bound on a group's publication days (as the clusterer applies it). */
  maxSpanDays: number | null;
}

function tableOf(fold: string, graph: LinkGraph, ids: readonly string[], goldOf: (id: string) => string[]): FoldTable {
  const sorted = [...ids].sort();
  const units = sorted.map((id) => graph.unit(id)!);
  const pos = new Map(sorted.map((id, i) => [id, i]));
  const a: number[] = [], b: number[] = [], f: PairFeatures[] = [];
  units.forEach((u, i) => {
    for (const other of graph.candidates(u.id)) {
      const j = pos.get(other)!;
      if (j <= i) continue;
      a.push(i); b.push(j); f.push(pairFeatures(u, units[j]));
    }
  });
  return { fold, units, a: Int32Array.from(a), b: Int32Array.from(b), f, gold: sorted.map(goldOf), maxSpanDays: graph.maxSpanDays };
}

/** Runs each fold through the real clusterer with `model`; returns event-level tables and the clusterers. */
export function eventTables(docs: readonly LabelledDoc[], model: ClusteringModel, gold: 'gold' | 'family' = 'gold'): { tables: FoldTable[]; clusterers: Map<string, StoryClusterer> } {
  const tables: FoldTable[] = [];
  const clusterers = new Map<string, StoryClusterer>();
  for (const fold of [...new Set(docs.map((d) => d.fold))].sort()) {
    const mine = docs.filter((d) => d.fold === fold);
    const goldOf = new Map(mine.map((d) => [d.summary.id, d[gold]]));
    // Candidate pairs across all days: learning tries other span bounds on these tables.
    const c = new StoryClusterer(model, undefined, { fullRetrieval: true });
    c.add(mine.map((d) => d.summary));
    clusterers.set(fold, c);
    tables.push(tableOf(fold, c.events, mine.map((d) => d.summary.id), (id) => [goldOf.get(id)!]));
  }
  return { tables, clusterers };
}

/** Story-level tables: each fold's events (from its clusterer) as units, gold = the family of their articles. */
export function storyTables(docs: readonly LabelledDoc[], clusterers: Map<string, StoryClusterer>): FoldTable[] {
  const family = new Map(docs.map((d) => [d.summary.id, d.family]));
  return [...clusterers].map(([fold, c]) => {
    const events = c.eventGroups();
    const members = new Map(events.map((g) => [g.id, g.members]));
    return tableOf(fold, c.stories, events.map((g) => g.id), (id) => members.get(id)!.map((m) => family.get(m)!));
  });
}

/** Group labels per unit: the clusterer's grouping re-run from the table's features. */
export function groupTable(t: FoldTable, paramsFor: ParamsFor): Int32Array {
  const n = t.units.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  const kept: { a: number; b: number; s: number }[] = [];
  for (let k = 0; k < t.a.length; k++) {
    const u = t.units[t.a[k]], v = t.units[t.b[k]];
    const p = paramsFor(u, v);
    const s = combineScore(t.f[k], u, v, p);
    if (s < keepFloor(p)) continue;
    kept.push({ a: t.a[k], b: t.b[k], s });
    if (s >= p.linkThreshold) parent[find(t.a[k])] = find(t.b[k]);
  }
  const comps = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = find(i); const c = comps.get(r); if (c) c.push(i); else comps.set(r, [i]); }
  const local = new Int32Array(n);
  const byComp = new Map<number, { a: number; b: number; s: number }[]>();
  for (const pr of kept) { const r = find(pr.a); if (find(pr.b) !== r) continue; const l = byComp.get(r); if (l) l.push(pr); else byComp.set(r, [pr]); }
  const label = new Int32Array(n).fill(-1);
  let next = 0;
  for (const [r, members] of comps) {
    members.forEach((m, i) => { local[m] = i; });
    const ps = (byComp.get(r) ?? []).map((pr) => ({ a: local[pr.a], b: local[pr.b], s: pr.s }));
    for (const g of groupComponentUnits(members.map((m) => t.units[m]), ps, paramsFor, t.maxSpanDays)) {
      for (const i of g) label[members[i]] = next;
      next++;
    }
  }
  return label;
}

/** Pooled B-cubed sums of a table's grouping, over the articles its units stand for. */
export function tableSums(t: FoldTable, paramsFor: ParamsFor): { p: number; r: number; n: number } {
  const label = groupTable(t, paramsFor);
  const pred: string[] = [], gold: string[] = [];
  t.gold.forEach((gs, i) => { for (const g of gs) { pred.push(`${t.fold}:${label[i]}`); gold.push(`${t.fold}:${g}`); } });
  return bcubedSums(pred, gold);
}

/** B-cubed F1 pooled over tables. */
export function tablesF1(tables: readonly FoldTable[], paramsFor: ParamsFor): number {
  let acc = { p: 0, r: 0, n: 0 };
  for (const t of tables) { const s = tableSums(t, paramsFor); acc = { p: acc.p + s.p, r: acc.r + s.r, n: acc.n + s.n }; }
  return fromSums(acc).f1;
}

/** Mean NMI of the tables' groupings (for short texts, where NMI is the published measure). */
export function tablesNmi(tables: readonly FoldTable[], paramsFor: ParamsFor): number {
  let sum = 0;
  for (const t of tables) {
    const label = groupTable(t, paramsFor);
    const pred: number[] = [], gold: string[] = [];
    t.gold.forEach((gs, i) => { for (const g of gs) { pred.push(label[i]); gold.push(g); } });
    sum += nmi(pred, gold);
  }
  return tables.length ? sum / tables.length : 0;
}

export interface Task { tables: FoldTable[]; weight: number; paramsFor: (p: LevelParams) => ParamsFor; metric?: 'bcubed' | 'nmi' }

const taskScore = (t: Task, p: LevelParams): number => (t.metric === 'nmi' ? tablesNmi : tablesF1)(t.tables, t.paramsFor(p));

export const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 1000) / 1000);
  return out;
};

export interface Grid { entityWeights: number[]; links: number[]; merges: number[]; dates: boolean }

/** Coordinate grid search maximising the weighted mean F1 of the tasks; ties keep the earlier setting. */
export function learnLevel(tasks: readonly Task[], base: LevelParams, grid: Grid): { params: LevelParams; f1: number } {
  const wsum = tasks.reduce((s, t) => s + t.weight, 0);
  const score = (p: LevelParams) => tasks.reduce((s, t) => s + t.weight * taskScore(t, p), 0) / wsum;
  let best = base, bestF1 = -1; // the start only fills the parameters the grid does not vary
  const tryAll = (cands: LevelParams[]) => { for (const c of cands) { const f = score(c); if (f > bestF1 + 1e-9) { best = c; bestF1 = f; } } };
  // A link threshold below the merge threshold changes nothing (every average-link merge holds a
  // pair at the merge threshold, hence in one component): only link ≥ merge is searched.
  const joint = () => grid.entityWeights.flatMap((entityWeight) => grid.merges.flatMap((mergeThreshold) => [mergeThreshold, ...grid.links.filter((l) => l > mergeThreshold)]
    .map((linkThreshold) => ({ ...best, entityWeight, linkThreshold, mergeThreshold }))));
  tryAll(joint());
  if (grid.dates) {
    tryAll([2, 4, 7, 14, 30].flatMap((dateGapDays) => [0, 0.05, 0.1, 0.2, 0.3].map((datePenalty) => ({ ...best, dateGapDays, datePenalty }))));
    tryAll([1, 2, 3].flatMap((yearGap) => [0, 0.05, 0.1, 0.2, 0.3].flatMap((yearPenalty) => [0, 0.05, 0.1].map((sameDayBonus) => ({ ...best, yearGap, yearPenalty, sameDayBonus })))));
    tryAll(joint());
  }
  return { params: best, f1: bestF1 };
}
