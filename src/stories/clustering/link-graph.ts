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
import { averageLink, type PairSource, type ScoredPair } from './average-link.js';
import { groupId } from './stable-id.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import { grownTo } from '../../util/grow-typed.js';
import type { IdVector, LevelParams, SparseVector } from './types.js';
import { BlockLists } from './block-lists.js';
import { EdgeLog } from './edge-log.js';
import { PostingIndex } from './posting-index.js';
import { ScatterDot, KeyIds } from './scatter-dot.js';
import { combineScore, keepFloor, type PairFeatures, type ParamsFor, type Unit } from './unit.js';

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
export function groupComponentUnits(units: readonly Unit[], pairs: readonly ScoredPair[] | PairSource, paramsFor: ParamsFor, maxSpanDays: number | null = null, pairsRead?: () => void): number[][] {
  const span = maxSpanDays === null ? undefined : { days: units.map((u) => u.day), maxSpan: maxSpanDays };
  return averageLink(units.length, pairs, componentThreshold(units, paramsFor), span, pairsRead);
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

const NONE = -1;

/** Pairs of nodes with their scores, by node number. */
type NodePairs = (emit: (a: number, b: number, s: number) => void) => void;
const NO_VECTOR: SparseVector = { keys: [], values: [] };

/** What the index keeps of a unit: everything but its vectors, which live in the arena. */
const stub = (u: Unit): Unit => ({ id: u.id, day: u.day, anchor: u.anchor, terms: NO_VECTOR, entities: NO_VECTOR, eventDays: u.eventDays, year: u.year, monthDays: u.monthDays, short: u.short });

/**
 * Units are nodes numbered by small integers; what the index keeps per node lives in arrays indexed
 * by that number (typed where it is a number): postings (PostingIndex), scored edges as neighbour
 * numbers with scores (BlockLists), the flush a node was last rescored in, its component. Per-node
 * objects and arrays cost the garbage collector millions of objects and pointers at scale.
 */
export class LinkGraph {
  private readonly nodes = new Map<string, number>();
  /** Per node: its unit without vectors (`stub`); `unit` gives them back from `vecs`. */
  private units: (Unit | undefined)[] = [];
  private postings: PostingIndex;
  private edges = new BlockLists();
  /** The edges scored in the current flush, until it has scored them all (see EdgeLog). */
  private readonly fresh = new EdgeLog();
  /**
   * Each node's term and entity vector (key ids, values in key order), the only copy: scoring reads a
   * candidate's vectors from two dense runs in day order, and a unit costs the collector no arrays.
   */
  private vecs = [new BlockLists(), new BlockLists()];
  private nextNo = 0;
  /** Per node: the flush in which it was last rescored; its component (NONE: none); marks of the current flush. */
  private rescoredOf = new Int32Array(1024);
  private compOf = new Int32Array(1024).fill(NONE);
  private markOf = new Int32Array(1024);
  private seenOf = new Int32Array(1024);
  private localOf = new Int32Array(1024).fill(NONE);
  private seenNo = 0;
  private comps = new Map<number, number[]>();
  private readonly groupOfNo: (string | undefined)[] = [];
  private readonly groups = new Map<string, string[]>();
  /** Touched nodes (flag per node, list in touch order), nodes whose components must be rebuilt. */
  private touchedOf = new Uint8Array(1024);
  private touched: number[] = [];
  private removedSince: number[] = [];
  /** Numbers of removed nodes, reusable after the next flush (their component is rebuilt there). */
  private pendingFree: number[] = [];
  private readonly freeNos: number[] = [];
  private nextComp = 0;
  // The current flush (a node with `rescoredOf` equal to it was rescored in this flush).
  private flushNo = 0;
  private readonly keyIds: KeyIds;
  private termDot = new ScatterDot();
  private entityDot = new ScatterDot();
  /** Whether `seal` dropped the index (the groups stay readable; nothing can change them). */
  private sealed = false;
  /** Whether a `last` flush dropped the retrieval index, the vectors and the edges (only groups stay readable). */
  private finished = false;

  /**
   * `retrievable` must change its answer for a key only together with a re-upsert of the units
   * holding it (the clusterer re-upserts holders of keys whose document frequency changes step).
   */
  private readonly retrievable: (space: number, id: number) => boolean;
  readonly maxSpanDays: number | null;

  constructor(private readonly prefix: string, private readonly paramsFor: ParamsFor, retrieval: RetrievalParams, opts: GraphOptions = {}) {
    const retrievable = opts.retrievable ?? (() => true);
    this.retrievable = (s, k) => retrievable(s === 0 ? TERM : ENTITY, k);
    this.keyIds = opts.keyIds ?? new KeyIds();
    this.maxSpanDays = opts.maxSpanDays ?? null;
    this.postings = new PostingIndex(retrieval, opts.fullRetrieval ? null : this.maxSpanDays, (holders) => { for (const n of holders) this.touch(n); });
  }

  get size(): number { return this.nodes.size; }
  /** The unit as upserted (vectors with their keys and ids). */
  unit(id: string): Unit | undefined {
    this.changeable();
    const no = this.nodes.get(id);
    if (no === undefined) return undefined;
    const u = this.units[no]!, t = this.vector(no, 0), e = this.vector(no, 1), key = (k: number) => this.keyIds.key(k);
    return { ...u, terms: { keys: t.ids.map(key), values: t.values }, entities: { keys: e.ids.map(key), values: e.values }, tIds: t.ids, eIds: e.ids };
  }

  private vector(no: number, space: number): IdVector { return this.vecs[space].copy(no); }
  groupMembers(id: string): string[] | undefined { return this.groups.get(id); }
  groupIdOf(unitId: string): string | undefined { const no = this.nodes.get(unitId); return no === undefined ? undefined : this.groupOfNo[no]; }
  allGroups(): Group[] { return [...this.groups].map(([id, members]) => ({ id, members })); }
  edgeCount(): number { this.changeable(); let n = 0; for (const no of this.nodes.values()) n += this.edges.len(no); return n / 2; }
  private idOf(no: number): string { return this.units[no]!.id; }

  /**
   * Drops everything but the groups (which unit is in which group, each group's members): postings,
   * scored edges, vectors, unit records, components. For an index that will take no more changes:
   * a one-off clustering run reads the groups for a while after its last flush, and at 93k
   * generated articles the event level's index alone is some 600 MB of heap. Upserts, removals,
   * flushes and reads of units or candidates throw afterwards.
   */
  seal(): void {
    this.sealed = true;
    this.units = [];
    this.dropRetrieval();
    this.edges = new BlockLists();
    this.vecs = [new BlockLists(), new BlockLists()];
    this.comps = new Map();
    this.rescoredOf = new Int32Array(0);
    this.compOf = new Int32Array(0);
    this.markOf = new Int32Array(0);
    this.seenOf = new Int32Array(0);
    this.localOf = new Int32Array(0);
    this.touchedOf = new Uint8Array(0);
    this.touched = [];
    this.removedSince = [];
  }

  /** Drops the postings and the scoring accumulators (for an index that retrieves and scores nothing more). */
  private dropRetrieval(): void {
    this.postings = new PostingIndex({ termKeys: 0, entityKeys: 0, postingCap: 0, minPartial: 0 }, null, () => undefined);
    this.termDot = new ScatterDot();
    this.entityDot = new ScatterDot();
  }

  private open(): void {
    if (this.sealed) throw new Error('LinkGraph: sealed (its index was dropped); only its groups can be read');
  }
  /** For what changes, retrieves or reads vectors: refused after a `last` flush too. */
  private changeable(): void {
    this.open();
    if (this.finished) throw new Error('LinkGraph: its last flush dropped retrieval, vectors and edges; only groups can be read');
  }
  private readonly byId = (a: number, b: number): number => (this.idOf(a) < this.idOf(b) ? -1 : 1);

  /**
   * Adds new units or replaces changed ones, one at a time as `units` yields them (a unit is dropped
   * once indexed: a stream of a million is never held). New units are numbered in the order given:
   * callers give them in day order, so units near in time, which retrieve and score each other, get
   * their per-node data (typed tables, arena blocks) close in memory. Numbering affects memory
   * layout only, never a result.
   */
  upsert(units: Iterable<Unit>): void {
    this.changeable();
    for (const u of units) {
      const old = this.nodes.get(u.id);
      if (old !== undefined) this.unindex(old);
      this.touch(this.index(u, old ?? this.freeNos.pop() ?? this.nextNo++));
    }
  }

  remove(ids: readonly string[]): void {
    this.changeable();
    for (const id of ids) {
      const no = this.nodes.get(id);
      if (no === undefined) continue;
      this.unindex(no);
      this.vecs[0].clear(no);
      this.vecs[1].clear(no);
      this.nodes.delete(id);
      this.units[no] = undefined;
      this.pendingFree.push(no);
      this.touchedOf[no] = 0;
      this.removedSince.push(no);
    }
  }

  private touch(no: number): void {
    if (this.touchedOf[no]) return;
    this.touchedOf[no] = 1;
    this.touched.push(no);
  }

  private index(u: Unit, no: number): number {
    const tIds = u.tIds ?? this.keyIds.of(u.terms.keys), eIds = u.eIds ?? this.keyIds.of(u.entities.keys);
    this.units[no] = stub(u);
    this.rescoredOf = grownTo(this.rescoredOf, no + 1);
    this.compOf = grownTo(this.compOf, no + 1, NONE);
    this.markOf = grownTo(this.markOf, no + 1);
    this.seenOf = grownTo(this.seenOf, no + 1);
    this.localOf = grownTo(this.localOf, no + 1, NONE);
    this.touchedOf = grownTo(this.touchedOf, no + 1);
    this.vecs[0].set(no, tIds, u.terms.values);
    this.vecs[1].set(no, eIds, u.entities.values);
    this.postings.add(no, u.day, u.terms, tIds, u.entities, eIds, this.retrievable);
    this.nodes.set(u.id, no);
    return no;
  }


  /** Drops a node's postings and edges (the node itself stays until replaced or removed). */
  private unindex(no: number): void {
    this.postings.remove(no);
    const edges = this.edges, o = edges.off(no), n = edges.len(no), items = edges.items(no);
    for (let i = 0; i < n; i++) {
      const other = items[o + i];
      this.dropEdge(other, no);
      this.removedSince.push(other); // its component must be rebuilt
    }
    edges.clear(no);
  }

  /** Removes the edge to `other` from node `no`'s list. */
  private dropEdge(no: number, other: number): void {
    const at = this.edges.indexOf(no, other);
    if (at >= 0) this.edges.swapRemove(no, at);
  }

  /** Units sharing unsaturated keys with `id` whose partial term or entity cosine reaches minPartial. */
  candidates(id: string): string[] {
    this.changeable();
    const no = this.nodes.get(id);
    if (no === undefined) return [];
    return this.postings.candidates(no).sort(this.byId).map((n) => this.idOf(n));
  }

  /**
   * Rescores node `no` against its candidates, except nodes already rescored in this flush (their
   * edge to it is in `fresh`). Its listed edges are all to nodes not yet rescored (a rescored node
   * dropped its edges from the other side), so they all go: those nodes are redone.
   */
  private rescore(no: number, dirty: (n: number) => void): void {
    const f = this.flushNo, edges = this.edges, rescoredOf = this.rescoredOf;
    const items = edges.items(no);
    for (let i = 0, o = edges.off(no), n = edges.len(no); i < n; i++) {
      const other = items[o + i];
      this.dropEdge(other, no);
      dirty(other);
    }
    edges.clear(no);
    const u = this.units[no]!, size = this.keyIds.size, [tv, ev] = this.vecs;
    const to = tv.off(no), tn = tv.len(no), eo = ev.off(no), en = ev.len(no), hasEntities = en > 0;
    this.termDot.loadAt(tv.items(no), tv.vals(no), to, to + tn, size);
    this.entityDot.loadAt(ev.items(no), ev.vals(no), eo, eo + en, size);
    // Candidates in retrieval order: edge order is irrelevant to every reader.
    for (const o of this.postings.candidates(no)) {
      if (rescoredOf[o] === f) continue;
      const v = this.units[o]!, p = this.paramsFor(u, v);
      const s = combineScore(this.features(o, hasEntities), u, v, p); // = pairScore(u, v, p)
      // Kept: linking edges and everything average-link may need (a dropped pair counts as 0).
      if (s >= keepFloor(p)) { this.fresh.add(no, o, s); dirty(o); }
    }
    this.termDot.unloadAt(tv.items(no), to, to + tn);
    this.entityDot.unloadAt(ev.items(no), eo, eo + en);
    rescoredOf[no] = f;
  }

  /** `pairFeatures` of the loaded node and node `o`, from the arena. */
  private features(o: number, hasEntities: boolean): PairFeatures {
    const [tv, ev] = this.vecs, eo = ev.off(o), el = ev.len(o), to = tv.off(o);
    const e = hasEntities && el > 0 ? this.entityDot.dotAt(ev.items(o), ev.vals(o), eo, eo + el) : null;
    return { t: this.termDot.dotAt(tv.items(o), tv.vals(o), to, to + tv.len(o)), e };
  }

  /**
   * Rescores touched units and rebuilds the components they touch; returns the group changes.
   * `last`: nothing will change the index again (a one-off run; `seal` follows). It then drops its
   * postings and vectors once rescoring is done, groups the largest component last, and drops the
   * edges once average-link has read that component's pairs: at 186,701 generated articles the event
   * level was one component of 12.2M pairs, whose average-link graph and queue (960 MB of typed
   * arrays) stood beside the edge lists (390 MB), the postings and the vectors. A last flush that is
   * also the first (a one-off run) builds no edge lists at all (see `fromLog`).
   */
  flush(last = false): GraphChange {
    this.changeable();
    const f = ++this.flushNo, markOf = this.markOf;
    const dirtyList: number[] = [];
    const dirty = (n: number) => { if (markOf[n] !== f) { markOf[n] = f; dirtyList.push(n); } };
    for (const n of this.removedSince) dirty(n);
    // Node order (not id order): the edge set and the components do not depend on the order, and
    // consecutive nodes are near in time, so their candidates' data is still in cache.
    const touched = this.touched.filter((n) => this.touchedOf[n]).sort((a, b) => a - b);
    for (const n of touched) this.touchedOf[n] = 0;
    this.touched = [];
    this.removedSince = [];
    for (const n of touched) { this.rescore(n, dirty); dirty(n); }
    if (last) {
      // Collected before the edges are gathered: at 186,701 generated articles that was the event
      // level's peak while the postings and vectors it no longer reads awaited a collection.
      this.finished = true;
      this.dropRetrieval();
      this.vecs = [new BlockLists(), new BlockLists()];
      collectGarbage();
    }
    // Seeds: live dirty nodes and every member of the components they were in (marked -f).
    const seeds: number[] = [];
    const seed = (n: number) => { if (markOf[n] !== -f) { markOf[n] = -f; seeds.push(n); } };
    const removed = new Set<string>();
    for (const n of dirtyList) {
      const c = this.compOf[n];
      if (c !== NONE) for (const m of this.dropComp(c, removed)) seed(m);
      if (this.units[n]) seed(n);
    }
    const live = seeds.filter((m) => this.units[m]).sort((a, b) => a - b);
    // A one-off run's only flush: every edge is in the log, so components and pairs are read from it
    // and the edge lists are never built (at 200k generated articles they were 24.3M entries, 390 MB,
    // beside the log while they filled, and beside average-link's graph of the largest component
    // while it was read).
    const fromLog = last && this.comps.size === 0 && this.edges.entries() === 0 && live.length === this.nodes.size;
    if (!fromLog) {
      this.fresh.drainInto(this.edges, this.nextNo);
      // Removals leave spare room in lists; compacted only when it outweighs the entries.
      this.edges.compactIfSparse();
    }
    // Components never reach each other (edges and link thresholds are symmetric), so grouping them
    // after all are found, in any order, gives what grouping each as it is found gives.
    const found = fromLog ? this.loggedComponents(live) : this.listedComponents(live, removed);
    for (const comp of found) {
      const c = this.nextComp++;
      this.comps.set(c, comp);
      for (const m of comp) this.compOf[m] = c;
    }
    if (last) found.sort((a, b) => a.length - b.length);
    const logged = fromLog ? this.loggedPairs(found) : null;
    const added: Group[] = [];
    found.forEach((comp, i) => {
      const pairsRead = last && i === found.length - 1 ? () => { this.edges = new BlockLists(); logged?.release(); } : undefined;
      for (const g of this.groupComponent(comp, logged ? logged.sources[i] : this.listedPairs(comp), pairsRead)) added.push(g);
    });
    if (last) { this.edges = new BlockLists(); logged?.release(); }
    for (const g of added) removed.delete(g.id);
    for (const n of this.pendingFree) this.freeNos.push(n);
    this.pendingFree = [];
    return { removed: [...removed].sort(), added: added.sort((a, b) => (a.id < b.id ? -1 : 1)) };
  }

  private dropComp(c: number, removedGroups: Set<string>): number[] {
    const members = this.comps.get(c) ?? [];
    this.comps.delete(c);
    for (const m of members) {
      this.compOf[m] = NONE;
      const g = this.groupOfNo[m];
      if (g !== undefined && this.groups.delete(g)) removedGroups.add(g);
      this.groupOfNo[m] = undefined;
    }
    return members;
  }

  /** The components of the listed edges reached from `seeds` (node order), in the order their first seed comes. */
  private listedComponents(seeds: number[], removedGroups: Set<string>): number[][] {
    const found: number[][] = [];
    for (const n of seeds) {
      if (this.compOf[n] !== NONE) continue;
      const comp = this.component(n, removedGroups);
      for (const m of comp) this.compOf[m] = this.nextComp; // marks them found; numbered by the caller
      found.push(comp);
    }
    return found;
  }

  /** Breadth-first over linking edges; absorbs (and drops) components it reaches. Members in id order. */
  private component(start: number, removedGroups: Set<string>): number[] {
    const seen = ++this.seenNo, seenOf = this.seenOf, edges = this.edges;
    seenOf[start] = seen;
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const no = queue[i], u = this.units[no]!;
      const items = edges.items(no), vals = edges.vals(no);
      for (let k = 0, o = edges.off(no), n = edges.len(no); k < n; k++) {
        const other = items[o + k];
        if (seenOf[other] === seen || vals[o + k] < this.paramsFor(u, this.units[other]!).linkThreshold) continue;
        const c = this.compOf[other];
        if (c !== NONE) this.dropComp(c, removedGroups);
        seenOf[other] = seen;
        queue.push(other);
      }
    }
    return queue.sort(this.byId);
  }

  /**
   * The components of the logged linking edges over `nodes` (every live node, in node order): the
   * same sets, in the same order, as `listedComponents` finds once the log is in the lists.
   */
  private loggedComponents(nodes: number[]): number[][] {
    const root = Int32Array.from({ length: this.nextNo }, (_, i) => i);
    const find = (n: number) => { while (root[n] !== n) { root[n] = root[root[n]]; n = root[n]; } return n; };
    this.fresh.forEach((a, b, s) => {
      const u = this.units[a], v = this.units[b];
      if (u && v && s >= this.paramsFor(u, v).linkThreshold) root[find(a)] = find(b);
    });
    const byRoot = new Map<number, number[]>();
    for (const n of nodes) {
      const r = find(n);
      const comp = byRoot.get(r);
      if (comp) comp.push(n);
      else byRoot.set(r, [n]);
    }
    return [...byRoot.values()].map((comp) => comp.sort(this.byId));
  }

  /** A component's pairs from the edge lists, each once (looked up at each read: a last flush drops the lists). */
  private listedPairs(comp: number[]): NodePairs {
    return (emit) => {
      const edges = this.edges, localOf = this.localOf;
      for (const no of comp) {
        const items = edges.items(no), vals = edges.vals(no), i = localOf[no];
        for (let k = 0, o = edges.off(no), n = edges.len(no); k < n; k++) if (i < localOf[items[o + k]]) emit(no, items[o + k], vals[o + k]);
      }
    };
  }

  /**
   * The pairs of each of `found` from the log, gathered by component in one pass that drops the log
   * as it reads it (each edge is logged once; an edge between components belongs to none). Two ints
   * and a double an edge, where the edge lists took two entries of two doubles each. `release` drops
   * them (once the last component is read).
   */
  private loggedPairs(found: number[][]): { sources: NodePairs[]; release: () => void } {
    const slotOf = new Int32Array(this.nextNo).fill(NONE);
    found.forEach((comp, i) => { for (const m of comp) slotOf[m] = i; });
    const within = (a: number, b: number) => (slotOf[a] === slotOf[b] ? slotOf[a] : NONE);
    const start = new Float64Array(found.length + 1);
    this.fresh.forEach((a, b) => { const i = within(a, b); if (i !== NONE) start[i + 1]++; });
    for (let i = 0; i < found.length; i++) start[i + 1] += start[i];
    const at = start.slice(0, found.length);
    let ends = new Int32Array(2 * start[found.length]), scores = new Float64Array(start[found.length]);
    this.fresh.drain((a, b, s) => {
      const i = within(a, b);
      if (i === NONE) return;
      const k = at[i]++;
      ends[2 * k] = a; ends[2 * k + 1] = b; scores[k] = s;
    });
    const sources = found.map((_, i): NodePairs => (emit) => { for (let k = start[i]; k < start[i + 1]; k++) emit(ends[2 * k], ends[2 * k + 1], scores[k]); });
    return { sources, release: () => { ends = new Int32Array(0); scores = new Float64Array(0); } };
  }

  /** `pairs`: the component's pairs by node number, each once; `pairsRead`: see `averageLink`. */
  private groupComponent(comp: number[], pairs: NodePairs, pairsRead?: () => void): Group[] {
    const localOf = this.localOf;
    comp.forEach((no, i) => { localOf[no] = i; });
    // Read as average-link asks (a large component has millions: an array of pair objects cost more
    // than average-link itself); pairs reaching outside the component are skipped.
    const local: PairSource = (emit) => pairs((a, b, s) => {
      const i = localOf[a], j = localOf[b];
      if (i !== NONE && j !== NONE) emit(i, j, s);
    });
    const units = comp.map((no) => this.units[no]!);
    const groups = groupComponentUnits(units, local, this.paramsFor, this.maxSpanDays, pairsRead);
    for (const no of comp) localOf[no] = NONE;
    const out: Group[] = [];
    for (const members of groups) {
      const ids = members.map((i) => units[i].id).sort();
      const id = groupId(this.prefix, members.map((i) => ({ id: units[i].id, day: units[i].day })));
      this.groups.set(id, ids);
      for (const i of members) this.groupOfNo[comp[i]] = id;
      out.push({ id, members: ids });
    }
    return out;
  }
}

export type { LevelParams };
