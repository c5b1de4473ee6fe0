// One grouping level as an incremental index: key postings → candidate pairs (never all pairs) →
// scored edges → connected components of the edges at the link threshold → average-link inside
// each component. Every step is a function of the current unit set (no arrival order):
// - a pair is a candidate iff its partial term or entity cosine over shared retrieval keys whose
//   postings are not saturated reaches `minPartial` — symmetric, local to the pair and the key
//   counts, and independent of the learned thresholds (so learning sees exactly these pairs);
// - a change (new, changed or removed units, a key crossing the posting cap) marks units as
//   touched; only their edges are rescored and only the components they were or are in rebuilt;
// - with a bound on a group's days (`maxSpanDays`), a dated unit retrieves only units dated within
//   the bound (or undated): a pair further apart can never share a group, so its score could only
//   enter the average of two clusters that are never allowed to merge. Posting lists are kept in
//   day order and scanned in the window only: retrieval cost follows the corpus' density in time,
//   not its size (a common word's list grows with the corpus; its window does not).
import { averageLink, type ScoredPair } from './average-link.js';
import { groupId } from './stable-id.js';
import { grownTo } from '../../util/grow-typed.js';
import type { LevelParams, SparseVector } from './types.js';
import { ScatterDot, KeyIds } from './scatter-dot.js';
import { combineScore, keepFloor, type ParamsFor, type Unit } from './unit.js';

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
  /** The key table units' `tIds`/`eIds` refer to (default: the index's own). */
  keyIds?: KeyIds;
  /** Widest span of publication days one group may hold (null = unbounded). */
  maxSpanDays?: number | null;
  /**
   * Retrieve across the whole time range even with a span bound (threshold learning reads the
   * candidate pairs and tries other bounds on them); groups are the same either way.
   */
  fullRetrieval?: boolean;
}

/** Whether a key (by its id in the key table) of a space ('t' term, 'e' entity) can retrieve anything (another unit may hold it). */
export type Retrievable = (space: string, id: number) => boolean;

/**
 * A key's posting list: the units holding it among their retrieval keys, with their weights for it;
 * `inDayOrder` when the list is sorted by unit day, undated first (sorted lazily before a windowed scan).
 */
interface Posting { key: number; entity: boolean; nos: number[]; w: number[]; inDayOrder: boolean }

/**
 * A unit and what the index keeps for it: its number (`no`, its slot in the index's per-node typed
 * arrays), its postings and its weight in each (parallel: postings carry the weights, so retrieval
 * reads neighbours' weights without a per-unit map), and its scored edges as parallel arrays
 * (neighbour nodes, scores). One record per unit instead of a map per unit for edges: a Map entry
 * with a boxed score costs ~3x a slot in two packed arrays. Postings hold node numbers, not
 * pointers: retrieval scans small integers and reads days and accumulators from dense typed arrays
 * (no visit to each neighbour's record, and lists the garbage collector need not trace).
 */
interface Node {
  no: number; unit: Unit; postings: Posting[]; w: number[]; nb: Node[]; ns: number[];
  /** Key ids of the unit's term and entity vectors (in their key order), for ScatterDot. */
  tIds: Int32Array; eIds: Int32Array;
  /** The flush in which the node was last rescored. */
  rescored: number;
}

/** Top `n` retrievable keys of `v` (largest value first, ties by key) appended to `out` as ids with their weights. */
function addTopKeys(out: { keys: number[]; w: number[] }, v: SparseVector, ids: Int32Array, n: number, retrievable: (id: number) => boolean): void {
  const idx: number[] = [];
  for (let i = 0; i < v.keys.length; i++) if (retrievable(ids[i])) idx.push(i);
  idx.sort((a, b) => v.values[b] - v.values[a] || (v.keys[a] < v.keys[b] ? -1 : 1));
  for (let i = 0; i < idx.length && i < n; i++) { out.keys.push(ids[idx[i]]); out.w.push(v.values[idx[i]]); }
}

/** Removes `other` from a node's edge arrays (swap-remove: edge order is irrelevant to every reader). */
function dropEdge(n: Node, other: Node): void {
  const at = n.nb.indexOf(other);
  if (at < 0) return;
  n.nb[at] = n.nb[n.nb.length - 1];
  n.ns[at] = n.ns[n.ns.length - 1];
  n.nb.pop();
  n.ns.pop();
}

/** Sorts a posting list (both parallel arrays) by unit day (`dayOf` by node number), undated first. */
function sortByDay(list: Posting, dayOf: Float64Array): void {
  const days = list.nos.map((n) => dayOf[n]);
  const order = list.nos.map((_, i) => i).sort((a, b) => (days[a] < days[b] ? -1 : days[a] > days[b] ? 1 : 0));
  list.nos = order.map((i) => list.nos[i]);
  list.w = order.map((i) => list.w[i]);
  list.inDayOrder = true;
}

/** First index of a day-ordered list whose day is ≥ `day` (the length when none is). */
function firstDayAtLeast(nos: readonly number[], dayOf: Float64Array, day: number): number {
  let lo = 0, hi = nos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf[nos[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LinkGraph {
  private readonly nodes = new Map<string, Node>();
  // Postings per space, indexed by key id (an array slot per key, not a hash lookup).
  private readonly termPostings: (Posting | undefined)[] = [];
  private readonly entityPostings: (Posting | undefined)[] = [];
  private readonly compOf = new Map<string, number>();
  private readonly comps = new Map<number, string[]>();
  private readonly groupOf = new Map<string, string>();
  private readonly groups = new Map<string, string[]>();
  private readonly touched = new Set<string>();
  private readonly removedSince = new Set<string>();
  private nextComp = 0;
  // Per node number: the node, its day (-Infinity: undated), and `candidates`' accumulators (valid
  // for the current call when the node's stamp equals `query`).
  private readonly byNo: (Node | undefined)[] = [];
  private readonly freeNos: number[] = [];
  private dayOf = new Float64Array(1024);
  private accT = new Float64Array(1024);
  private accE = new Float64Array(1024);
  private stampOf = new Int32Array(1024);
  private query = 0;
  // The current flush (a node with `rescored` equal to it was rescored in this flush).
  private flushNo = 0;
  private readonly keyIds: KeyIds;
  private readonly termDot = new ScatterDot();
  private readonly entityDot = new ScatterDot();

  /**
   * `retrievable` must change its answer for a key only together with a re-upsert of the units
   * holding it (the clusterer re-upserts holders of keys whose document frequency changes step).
   */
  private readonly retrievableTerm: (id: number) => boolean;
  private readonly retrievableEntity: (id: number) => boolean;
  readonly maxSpanDays: number | null;
  /** Half-width in days of the retrieval window (null: the whole list). */
  private readonly window: number | null;

  constructor(private readonly prefix: string, private readonly paramsFor: ParamsFor, private readonly retrieval: RetrievalParams, opts: GraphOptions = {}) {
    const retrievable = opts.retrievable ?? (() => true);
    this.retrievableTerm = (k) => retrievable(TERM, k);
    this.retrievableEntity = (k) => retrievable(ENTITY, k);
    this.keyIds = opts.keyIds ?? new KeyIds();
    this.maxSpanDays = opts.maxSpanDays ?? null;
    this.window = opts.fullRetrieval ? null : this.maxSpanDays;
  }

  get size(): number { return this.nodes.size; }
  unit(id: string): Unit | undefined { return this.nodes.get(id)?.unit; }
  groupMembers(id: string): string[] | undefined { return this.groups.get(id); }
  groupIdOf(unitId: string): string | undefined { return this.groupOf.get(unitId); }
  allGroups(): Group[] { return [...this.groups].map(([id, members]) => ({ id, members })); }
  edgeCount(): number { let n = 0; for (const node of this.nodes.values()) n += node.nb.length; return n / 2; }
  private node(id: string): Node { return this.nodes.get(id)!; }

  /** Adds new units or replaces changed ones. */
  upsert(units: readonly Unit[]): void {
    for (const u of units) {
      const old = this.nodes.get(u.id);
      if (old) this.unindex(old);
      this.index(u);
      this.touched.add(u.id);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const node = this.nodes.get(id);
      if (!node) continue;
      this.unindex(node);
      this.nodes.delete(id);
      this.byNo[node.no] = undefined;
      this.freeNos.push(node.no);
      this.touched.delete(id);
      this.removedSince.add(id);
    }
  }

  private index(u: Unit): void {
    const tIds = u.tIds ?? this.keyIds.of(u.terms.keys), eIds = u.eIds ?? this.keyIds.of(u.entities.keys);
    const chosen = { keys: [] as number[], w: [] as number[] };
    addTopKeys(chosen, u.terms, tIds, this.retrieval.termKeys, this.retrievableTerm);
    const terms = chosen.keys.length;
    addTopKeys(chosen, u.entities, eIds, this.retrieval.entityKeys, this.retrievableEntity);
    const no = this.numberFor(u);
    const node: Node = { no, unit: u, postings: [], w: chosen.w.slice(), nb: [], ns: [], tIds, eIds, rescored: 0 };
    this.byNo[no] = node;
    node.postings = chosen.keys.map((k, i) => {
      const entity = i >= terms, table = entity ? this.entityPostings : this.termPostings;
      let list = table[k];
      if (!list) {
        while (table.length < k) table.push(undefined); // dense up to k: no dictionary-mode array
        table[k] = list = { key: k, entity, nos: [no], w: [chosen.w[i]], inDayOrder: true };
      } else {
        list.inDayOrder = false;
        if (list.nos.length === this.retrieval.postingCap) this.touchAll(list.nos); // the key saturates now
        // Short lists are copied at their exact length (most keys are held by a few units; a pushed-to array reserves 16 more slots).
        if (list.nos.length < 16) { list.nos = [...list.nos, no]; list.w = [...list.w, chosen.w[i]]; }
        else { list.nos.push(no); list.w.push(chosen.w[i]); }
      }
      return list;
    });
    this.nodes.set(u.id, node);
  }

  /** A number for a new node of `u` (a replaced node's own, else a freed one, else the next), its day recorded. */
  private numberFor(u: Unit): number {
    const old = this.nodes.get(u.id);
    const no = old ? old.no : this.freeNos.pop() ?? this.byNo.length;
    this.dayOf = grownTo(this.dayOf, no + 1);
    this.accT = grownTo(this.accT, no + 1);
    this.accE = grownTo(this.accE, no + 1);
    this.stampOf = grownTo(this.stampOf, no + 1);
    this.dayOf[no] = u.day ?? -Infinity;
    return no;
  }

  /** Drops a node's postings and edges (the node record itself stays until replaced or removed). */
  private unindex(node: Node): void {
    for (const list of node.postings) {
      const at = list.nos.indexOf(node.no);
      // Swap-remove: posting order is irrelevant (retrieval sums per neighbour over the unit's own key order).
      list.nos[at] = list.nos[list.nos.length - 1];
      list.w[at] = list.w[list.w.length - 1];
      list.nos.pop();
      list.w.pop();
      list.inDayOrder = false;
      if (list.nos.length === this.retrieval.postingCap) this.touchAll(list.nos); // the key is usable again
      if (list.nos.length === 0) (list.entity ? this.entityPostings : this.termPostings)[list.key] = undefined;
    }
    node.postings = [];
    node.w = [];
    for (const other of node.nb) {
      dropEdge(other, node);
      this.removedSince.add(other.unit.id); // its component must be rebuilt
    }
    node.nb = [];
    node.ns = [];
  }

  private touchAll(nos: readonly number[]): void { for (const n of nos) this.touched.add(this.byNo[n]!.unit.id); }

  /** Units sharing unsaturated keys with `id` whose partial term or entity cosine reaches minPartial. */
  candidates(id: string): string[] {
    const own = this.nodes.get(id);
    if (!own) return [];
    return this.candidateNodes(own, true).map((n) => n.unit.id);
  }

  /** `candidates` as nodes (in id order when `inIdOrder`). */
  private candidateNodes(own: Node, inIdOrder: boolean): Node[] {
    const q = ++this.query;
    const cap = this.retrieval.postingCap;
    const day = this.window === null ? null : own.unit.day;
    const hit: number[] = [];
    const dayOf = this.dayOf;
    for (let i = 0; i < own.postings.length; i++) {
      const list = own.postings[i];
      if (list.nos.length > cap) continue;
      if (day === null) this.accumulate(own.no, q, list, own.w[i], 0, list.nos.length, hit);
      else {
        if (!list.inDayOrder) sortByDay(list, dayOf);
        const dated = firstDayAtLeast(list.nos, dayOf, -Number.MAX_VALUE);
        this.accumulate(own.no, q, list, own.w[i], 0, dated, hit);
        const from = Math.max(dated, firstDayAtLeast(list.nos, dayOf, day - this.window!));
        this.accumulate(own.no, q, list, own.w[i], from, firstDayAtLeast(list.nos, dayOf, day + this.window! + 1), hit);
      }
    }
    const min = this.retrieval.minPartial, accT = this.accT, accE = this.accE;
    const out: Node[] = [];
    for (const o of hit) if (accT[o] >= min || accE[o] >= min) out.push(this.byNo[o]!);
    return inIdOrder ? out.sort((a, b) => (a.unit.id < b.unit.id ? -1 : 1)) : out;
  }

  /** Adds `w` × each weight of `list.nos[from..to)` to the neighbours' accumulators of query `q`. */
  private accumulate(own: number, q: number, list: Posting, w: number, from: number, to: number, hit: number[]): void {
    const nos = list.nos, ws = list.w, stamp = this.stampOf, acc = list.entity ? this.accE : this.accT, other = list.entity ? this.accT : this.accE;
    for (let j = from; j < to; j++) {
      const o = nos[j];
      if (o === own) continue;
      if (stamp[o] !== q) { stamp[o] = q; acc[o] = 0; other[o] = 0; hit.push(o); }
      acc[o] += w * ws[j];
    }
  }

  /** Rescores `node` against its candidates, except units already rescored in this flush. */
  private rescore(node: Node, dirty: Set<string>): void {
    const f = this.flushNo;
    // Edges to units rescored earlier in this flush stay (scored from their side); the rest are redone.
    const nb: Node[] = [], ns: number[] = [];
    for (let i = 0; i < node.nb.length; i++) {
      const other = node.nb[i];
      if (other.rescored === f) { nb.push(other); ns.push(node.ns[i]); continue; }
      dropEdge(other, node);
      dirty.add(other.unit.id);
    }
    node.nb = nb;
    node.ns = ns;
    const u = node.unit, size = this.keyIds.size, hasEntities = u.entities.keys.length > 0;
    this.termDot.load(node.tIds, u.terms, size);
    this.entityDot.load(node.eIds, u.entities, size);
    // Candidates in retrieval order: edge order is irrelevant to every reader.
    for (const o of this.candidateNodes(node, false)) {
      if (o.rescored === f) continue;
      const v = o.unit, p = this.paramsFor(u, v);
      const e = hasEntities && v.entities.keys.length > 0 ? this.entityDot.dot(o.eIds, v.entities) : null;
      const s = combineScore({ t: this.termDot.dot(o.tIds, v.terms), e }, u, v, p); // = pairScore(u, v, p)
      // Kept: linking edges and everything average-link may need (a dropped pair counts as 0).
      // Both sides are fresh here: `node` dropped its edges to units not done, and `o` is not done.
      if (s >= keepFloor(p)) { nb.push(o); ns.push(s); o.nb.push(node); o.ns.push(s); dirty.add(v.id); }
    }
    this.termDot.unload(node.tIds);
    this.entityDot.unload(node.eIds);
    node.rescored = f;
  }

  /** Rescores touched units and rebuilds the components they touch; returns the group changes. */
  flush(): GraphChange {
    const dirty = new Set<string>(this.removedSince);
    this.flushNo++;
    for (const id of [...this.touched].sort()) { this.rescore(this.node(id), dirty); dirty.add(id); }
    this.touched.clear();
    this.removedSince.clear();
    const seeds = new Set<string>();
    const removed = new Set<string>();
    for (const id of dirty) {
      const c = this.compOf.get(id);
      if (c !== undefined) for (const m of this.dropComp(c, removed)) seeds.add(m);
      if (this.nodes.has(id)) seeds.add(id);
    }
    const added: Group[] = [];
    for (const id of [...seeds].sort()) {
      if (!this.nodes.has(id) || this.compOf.has(id)) continue;
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
      const node = this.node(queue[i]);
      for (let k = 0; k < node.nb.length; k++) {
        const o = node.nb[k], other = o.unit.id;
        if (seen.has(other) || node.ns[k] < this.paramsFor(node.unit, o.unit).linkThreshold) continue;
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
      const node = this.node(id);
      for (let k = 0; k < node.nb.length; k++) {
        const j = index.get(node.nb[k].unit.id);
        if (j !== undefined && i < j) pairs.push({ a: i, b: j, s: node.ns[k] });
      }
    }
    const out: Group[] = [];
    for (const members of groupComponentUnits(comp.map((id) => this.nodes.get(id)!.unit), pairs, this.paramsFor, this.maxSpanDays)) {
      const ids = members.map((i) => comp[i]).sort();
      const id = groupId(this.prefix, ids.map((m) => ({ id: m, day: this.nodes.get(m)!.unit.day })));
      this.groups.set(id, ids);
      for (const m of ids) this.groupOf.set(m, id);
      out.push({ id, members: ids });
    }
    return out;
  }
}

export type { LevelParams };
