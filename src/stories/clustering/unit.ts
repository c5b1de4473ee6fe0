// A clustering unit (an article at the event level, an event at the story level): unit-length
// weighted vectors, dates, and how a pair of units is scored.
import { intersects } from './dates.js';
import { dot } from './sparse.js';
import type { LevelParams, SparseVector } from './types.js';

export interface Unit {
  id: string;
  /** Earliest day (publication, or first member's), for ordering and stable ids. */
  day: number | null;
  /** The day the unit speaks from: publication day, else the latest full day its text states. */
  anchor: number | null;
  terms: SparseVector;
  entities: SparseVector;
  eventDays: number[];
  year: number | null;
  monthDays: number[];
  short: boolean;
  /** Ids of `terms.keys` and `entities.keys` in the index's key table (computed by the index when absent). */
  tIds?: readonly number[];
  eIds?: readonly number[];
}

/** Parameters for a pair: the short-text profile when either side is a short text. */
export type ParamsFor = (a: Unit, b: Unit) => LevelParams;

/** The parameter-free parts of a pair's score: term cosine, entity cosine (null when a side has none). */
export interface PairFeatures { t: number; e: number | null }

export function pairFeatures(a: Unit, b: Unit): PairFeatures {
  const hasEntities = a.entities.keys.length > 0 && b.entities.keys.length > 0;
  return { t: dot(a.terms, b.terms), e: hasEntities ? dot(a.entities, b.entities) : null };
}

/** The score from precomputed features — the one formula both the clusterer and learning use. */
export function combineScore(f: PairFeatures, a: Unit, b: Unit, p: LevelParams): number {
  const s = f.e === null ? f.t : (1 - p.entityWeight) * f.t + p.entityWeight * f.e;
  return s + dateAdjustment(a, b, p);
}

export function pairScore(a: Unit, b: Unit, p: LevelParams): number {
  return combineScore(pairFeatures(a, b), a, b, p);
}

/** Date evidence: a day gap or year gap lowers the score, a shared stated month-day raises it. */
export function dateAdjustment(a: Unit, b: Unit, p: LevelParams): number {
  let s = 0;
  const gap = p.dateGapDays === null ? 0 : dayGap(a, b);
  if (p.dateGapDays !== null && Number.isFinite(gap) && gap > p.dateGapDays) s -= p.datePenalty; // undated: no evidence
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) >= p.yearGap) s -= p.yearPenalty;
  if (p.sameDayBonus && intersects(a.monthDays, b.monthDays)) s += p.sameDayBonus;
  return s;
}

/**
 * Days between the units' anchors (publication, else the latest stated day: an undated report is
 * written after everything it mentions); Infinity when a side has none. Shared background dates
 * (both mention an earlier summit) say nothing about whether two reports are of one happening.
 */
export function dayGap(a: Unit, b: Unit): number {
  return a.anchor !== null && b.anchor !== null ? Math.abs(a.anchor - b.anchor) : Infinity;
}

/**
 * The floor below which a scored pair is not kept; average-link counts a missing pair as 0. At the
 * merge threshold: whether a pair scoring below it is retrieved at all depends on which keys the
 * index happens to choose, so counting it would let retrieval noise lift averages (and merge
 * near-miss events); dropped, every such pair counts 0 alike. At least a quarter of the link
 * threshold so that a tiny merge threshold (short texts: components do the work) does not keep
 * every candidate pair in memory.
 */
export const keepFloor = (p: LevelParams): number => Math.max(p.mergeThreshold, p.linkThreshold / 4);
