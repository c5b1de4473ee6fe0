// One grouping level as an incremental index: key postings → candidate pairs (never all pairs) →
// scored edges → connected components of the edges at the link threshold → average-link inside
// each component. Every step is a function of the current unit set (no arrival order):
// - a pair is a candidate iff its partial term or entity cosine over shared retrieval keys whose
//   postings are not saturated reaches `minPartial` — symmetric, local to the pair and the key
//   counts, and independent of the learned thresholds (so learning sees exactly these pairs);
// - a change (new, changed or removed units, a key crossing the posting cap) marks units as
//   touched; only their edges are rescored and only the components they were or are in rebuilt.
import { averageLink, type ScoredPair } from './average-link.js';
import { groupId } from './stable-id.js';
import { topKeys } from './sparse.js';
import type { LevelParams, SparseVector } from './types.js';
import { keepFloor, pairScore, type ParamsFor, type Unit } from './unit.js';

export interface Group { id: string; members: string[] }
export interface RetrievalParams { termKeys: number; entityKeys: number; postingCap: number; minPartial: number }
export interface GraphChange { removed: string[]; added: Group[] }

const TERM = 't', ENTITY = 'e';

/** The merge threshold of a component: the short-text profile when most of its units are short. */
export function componentThreshold(units: readonly Unit[], paramsFor: ParamsFor): number {
  const short = units.filter((u) => u.short).length * 2 > units.length;
  const probe = { ...units[0], short };
  return paramsFor(probe, probe).mergeThreshold;
}

/** Average-link groups of one component (units in id order; pairs index into it); `maxSpanDays` bounds a group's publication days. */
export function groupComponentUnits(units: readonly Unit[], pairs: readonly ScoredPair[], paramsFor: ParamsFor, maxSpanDays: number | null = null): number[][] {
  const span = maxSpanDays === null ? undefined : { days: units.map((u) => u.day), maxSpan: maxSpanDays };
  return averageLink(units.length, pairs, componentThreshold(units, paramsFor), span);
}

export interface GraphOptions {
  /** See `Retrievable`; default: every key. */
  retrievable?: Retrievable;
  /** Widest span of publication days one group may hold (null = unbounded). */
  maxSpanDays?: number | null;
}

/** Whether a key of a space ('t' term, 'e' entity) can retrieve anything (another unit may hold it). */
export type Retrievable = (space: string, key: string) => boolean;

/** A key's posting list: the units holding it among their retrieval keys, with their weights for it. */
interface Posting { key: string; ids: string[]; w: number[] }

/** A unit's retrieval keys (prefixed) and weights, in choice order: top terms, then top entities. */
function retrievalKeys(u: Unit, r: RetrievalParams, retrievable: Retrievable): { keys: string[]; w: number[] } {
  const out = { keys: [] as string[], w: [] as number[] };
  const add = (prefix: string, v: SparseVector, n: number) => {
    const keys: string[] = [], values: number[] = [];
    v.keys.forEach((k, i) => { if (retrievable(prefix, k)) { keys.push(k); values.push(v.values[i]); } });
    const pos = new Map(keys.map((k, i) => [k, i]));
    for (const k of topKeys({ keys, values }, n)) { out.keys.push(prefix + k); out.w.push(values[pos.get(k)!]); }
  };
  add(TERM, u.terms, r.termKeys);
  add(ENTITY, u.entities, r.entityKeys);
  return out;
}

export class LinkGraph {
  private readonly units = new Map<string, Unit>();
  // unit → its postings and its weight in each (parallel): postings carry the weights, so
  // retrieval reads neighbours' weights without a per-unit map, and keys are not copied per unit.
  private readonly keysOf = new Map<string, { postings: Posting[]; w: number[] }>();
  private readonly postings = new Map<string, Posting>();
  private readonly edges = new Map<string, Map<string, number>>();
  private readonly compOf = new Map<string, number>();
  private readonly comps = new Map<number, string[]>();
  private readonly groupOf = new Map<string, string>();
  private readonly groups = new Map<string, string[]>();
  private readonly touched = new Set<string>();
  private readonly removedSince = new Set<string>();
  private nextComp = 0;
  // Scratch accumulators of `candidates` (reused: one allocation instead of two maps per unit).
  private readonly accTerms = new Map<string, number>();
  private readonly accEntities = new Map<string, number>();

  /**
   * `retrievable` must change its answer for a key only together with a re-upsert of the units
   * holding it (the clusterer re-upserts holders of keys whose document frequency changes step).
   */
  private readonly retrievable: Retrievable;
  readonly maxSpanDays: number | null;

  constructor(private readonly prefix: string, private readonly paramsFor: ParamsFor, private readonly retrieval: RetrievalParams, opts: GraphOptions = {}) {
    this.retrievable = opts.retrievable ?? (() => true);
    this.maxSpanDays = opts.maxSpanDays ?? null;
  }

  get size(): number { return this.units.size; }
  unit(id: string): Unit | undefined { return this.units.get(id); }
  groupMembers(id: string): string[] | undefined { return this.groups.get(id); }
  groupIdOf(unitId: string): string | undefined { return this.groupOf.get(unitId); }
  allGroups(): Group[] { return [...this.groups].map(([id, members]) => ({ id, members })); }
  edgeCount(): number { let n = 0; for (const m of this.edges.values()) n += m.size; return n / 2; }

  /** Adds new units or replaces changed ones. */
  upsert(units: readonly Unit[]): void {
    for (const u of units) {
      if (this.units.has(u.id)) this.unindex(u.id);
      this.units.set(u.id, u);
      this.index(u);
      this.touched.add(u.id);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.units.has(id)) continue;
      this.unindex(id);
      this.units.delete(id);
      this.touched.delete(id);
      this.removedSince.add(id);
    }
  }

  private index(u: Unit): void {
    const { keys, w } = retrievalKeys(u, this.retrieval, this.retrievable);
    const mine: Posting[] = [];
    keys.forEach((k, i) => {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = { key: k, ids: [], w: [] }));
      if (list.ids.length === this.retrieval.postingCap) this.touchAll(list.ids); // the key saturates now
      list.ids.push(u.id);
      list.w.push(w[i]);
      mine.push(list);
    });
    this.keysOf.set(u.id, { postings: mine, w });
  }

  private unindex(id: string): void {
    for (const list of this.keysOf.get(id)?.postings ?? []) {
      const at = list.ids.indexOf(id);
      // Swap-remove: posting order is irrelevant (retrieval sums per neighbour over the unit's own key order).
      list.ids[at] = list.ids[list.ids.length - 1];
      list.w[at] = list.w[list.w.length - 1];
      list.ids.pop();
      list.w.pop();
      if (list.ids.length === this.retrieval.postingCap) this.touchAll(list.ids); // the key is usable again
      if (list.ids.length === 0) this.postings.delete(list.key);
    }
    this.keysOf.delete(id);
    for (const other of this.edges.get(id)?.keys() ?? []) {
      this.edges.get(other)?.delete(id);
      this.removedSince.add(other); // its component must be rebuilt
    }
    this.edges.delete(id);
  }

  private touchAll(ids: Iterable<string>): void { for (const id of ids) this.touched.add(id); }

  /** Units sharing unsaturated keys with `id` whose partial term or entity cosine reaches minPartial. */
  candidates(id: string): string[] {
    const terms = this.accTerms, entities = this.accEntities;
    terms.clear();
    entities.clear();
    const own = this.keysOf.get(id);
    const cap = this.retrieval.postingCap;
    own?.postings.forEach((list, i) => {
      if (list.ids.length > cap) return;
      const acc = list.key[0] === TERM ? terms : entities;
      const w = own.w[i], ids = list.ids, ws = list.w;
      for (let j = 0; j < ids.length; j++) {
        const other = ids[j];
        if (other !== id) acc.set(other, (acc.get(other) ?? 0) + w * ws[j]);
      }
    });
    const min = this.retrieval.minPartial;
    const out = new Set<string>();
    for (const [other, s] of terms) if (s >= min) out.add(other);
    for (const [other, s] of entities) if (s >= min) out.add(other);
    return [...out].sort();
  }

  private setEdge(a: string, b: string, s: number): void {
    let m = this.edges.get(a);
    if (!m) this.edges.set(a, (m = new Map()));
    m.set(b, s);
    let n = this.edges.get(b);
    if (!n) this.edges.set(b, (n = new Map()));
    n.set(a, s);
  }

  /** Rescores `id` against its candidates, except units already rescored in this flush (`done`). */
  private rescore(id: string, dirty: Set<string>, done: ReadonlySet<string>): void {
    const mine = this.edges.get(id);
    if (mine) {
      for (const other of [...mine.keys()]) {
        if (done.has(other)) continue; // just scored from the other side
        mine.delete(other);
        this.edges.get(other)?.delete(id);
        dirty.add(other);
      }
    }
    const u = this.units.get(id)!;
    for (const other of this.candidates(id)) {
      if (done.has(other)) continue;
      const v = this.units.get(other)!;
      const p = this.paramsFor(u, v);
      const s = pairScore(u, v, p);
      // Kept: linking edges and everything average-link may need (a dropped pair counts as 0).
      if (s >= keepFloor(p)) { this.setEdge(id, other, s); dirty.add(other); }
    }
  }

  /** Rescores touched units and rebuilds the components they touch; returns the group changes. */
  flush(): GraphChange {
    const dirty = new Set<string>(this.removedSince);
    const done = new Set<string>();
    for (const id of [...this.touched].sort()) { this.rescore(id, dirty, done); done.add(id); dirty.add(id); }
    this.touched.clear();
    this.removedSince.clear();
    const seeds = new Set<string>();
    const removed = new Set<string>();
    for (const id of dirty) {
      const c = this.compOf.get(id);
      if (c !== undefined) for (const m of this.dropComp(c, removed)) seeds.add(m);
      if (this.units.has(id)) seeds.add(id);
    }
    const added: Group[] = [];
    for (const id of [...seeds].sort()) {
      if (!this.units.has(id) || this.compOf.has(id)) continue;
      const comp = this.component(id, removed);
      const c = this.nextComp++;
      this.comps.set(c, comp);
      for (const m of comp) this.compOf.set(m, c);
      for (const g of this.groupComponent(comp)) added.push(g);
    }
    for (const g of added) removed.delete(g.id);
    return { removed: [...removed].sort(), added: added.sort((a, b) => (a.id < b.id ? -1 : 1)) };
  }

  private dropComp(c: number, removedGroups: Set<string>): string[] {
    const members = this.comps.get(c) ?? [];
    this.comps.delete(c);
    for (const m of members) {
      this.compOf.delete(m);
      const g = this.groupOf.get(m);
      if (g !== undefined && this.groups.delete(g)) removedGroups.add(g);
      this.groupOf.delete(m);
    }
    return members;
  }

  /** Breadth-first over linking edges; absorbs (and drops) components it reaches. */
  private component(start: string, removedGroups: Set<string>): string[] {
    const seen = new Set<string>([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const u = this.units.get(queue[i])!;
      for (const [other, s] of this.edges.get(queue[i]) ?? []) {
        if (seen.has(other) || s < this.paramsFor(u, this.units.get(other)!).linkThreshold) continue;
        const c = this.compOf.get(other);
        if (c !== undefined) this.dropComp(c, removedGroups);
        seen.add(other);
        queue.push(other);
      }
    }
    return queue.sort();
  }

  private groupComponent(comp: string[]): Group[] {
    const index = new Map(comp.map((id, i) => [id, i]));
    const pairs: ScoredPair[] = [];
    for (const [i, id] of comp.entries()) {
      for (const [other, s] of this.edges.get(id) ?? []) {
        const j = index.get(other);
        if (j !== undefined && i < j) pairs.push({ a: i, b: j, s });
      }
    }
    const out: Group[] = [];
    for (const members of groupComponentUnits(comp.map((id) => this.units.get(id)!), pairs, this.paramsFor, this.maxSpanDays)) {
      const ids = members.map((i) => comp[i]).sort();
      const id = groupId(this.prefix, ids.map((m) => ({ id: m, day: this.units.get(m)!.day })));
      this.groups.set(id, ids);
      for (const m of ids) this.groupOf.set(m, id);
      out.push({ id, members: ids });
    }
    return out;
  }
}

export type { LevelParams };
