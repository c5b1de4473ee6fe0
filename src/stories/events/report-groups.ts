// mergeEvents's grouping (see merge-events.ts for the rules) over the columns of EventReports:
// numbers and typed arrays where it builds a Report object, a Set of keys and a DaySpan per report
// and a Map of arrays per (family, participant). Same pairs, same unions, same groups in the same
// order (test/stories-events/merge-reports.test.ts compares the two).
import { compatibleSpans, isDay, type DaySpan } from './date-span.js';
import type { EventReports } from './event-reports.js';
import { StringTable } from '../../util/string-table.js';
import { taxonomy } from './taxonomy.js';
import { UnionFind } from './union-find.js';
import { bucketed } from '../../util/bucketed.js';

/** The reports' groups: group g's rows, in report order, are rows[start[g] .. start[g + 1] - 1]. */
export interface ReportGroups {
  start: Int32Array;
  rows: Int32Array;
}

/** What the matching reads of the report at each position of the report order. */
interface Positions {
  family: Int32Array;
  span: (DaySpan | null)[];
  precise: Uint8Array;
  /** Distinct participant keys of position p: keys[keyStart[p] .. keyStart[p + 1] - 1]. */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Key numbers are below this. */
  keyCount: number;
}

function positions(r: EventReports, order: Int32Array): Positions {
  const tax = taxonomy();
  const families = new StringTable();
  const familyOfKind = r.kinds.list.map((k) => families.add(tax.byKind.get(k)?.family ?? k));
  const n = order.length;
  const family = new Int32Array(n);
  const span: (DaySpan | null)[] = new Array(n);
  const precise = new Uint8Array(n);
  const keyStart = new Int32Array(n + 1);
  const keys = new Int32Array(r.partStart(r.size));
  let k = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p];
    family[p] = familyOfKind[r.kind[i]];
    const s = r.whens.list[r.when[i]].span;
    span[p] = s;
    precise[p] = s !== null && isDay(s) ? 1 : 0;
    keyStart[p] = k;
    for (let j = r.partStart(i), end = r.partEnd[i]; j < end; j++) {
      const key = r.parts[j];
      let seen = keyStart[p];
      while (seen < k && keys[seen] !== key) seen++;
      if (seen === k) keys[k++] = key;
    }
  }
  keyStart[n] = k;
  return { family, span, precise, keyStart, keys, keyCount: r.keys.list.length };
}

function minOverlap(at: Positions, a: number, b: number): boolean {
  const { keys, keyStart } = at;
  let shared = 0;
  for (let x = keyStart[a]; x < keyStart[a + 1]; x++) {
    for (let y = keyStart[b]; y < keyStart[b + 1]; y++) if (keys[x] === keys[y]) { shared++; break; }
  }
  return shared > 0 && shared >= Math.min(2, keyStart[a + 1] - keyStart[a], keyStart[b + 1] - keyStart[b]);
}

const match = (at: Positions, a: number, b: number): boolean =>
  at.family[a] === at.family[b] && compatibleSpans(at.span[a]!, at.span[b]!) && minOverlap(at, a, b);

/**
 * mergeEvents's candidate index: the dated positions under each (family, participant), each list by
 * span start then position. One index serves the three passes (each skips the positions it does not
 * use), where mergeEvents builds one per pass.
 */
function candidateLists(at: Positions): { start: Int32Array; lists: Int32Array } {
  const n = at.family.length;
  const dated: number[] = [];
  for (let p = 0; p < n; p++) if (at.span[p]) dated.push(p);
  dated.sort((a, b) => at.span[a]!.from - at.span[b]!.from || a - b);
  // Entries in that order, then grouped by list with a stable counting sort.
  const listOf = new Map<number, number>();
  const entryList = new Int32Array(at.keys.length);
  const entryPos = new Int32Array(at.keys.length);
  let entries = 0;
  for (const p of dated) {
    for (let x = at.keyStart[p]; x < at.keyStart[p + 1]; x++) {
      const id = at.family[p] * at.keyCount + at.keys[x];
      let l = listOf.get(id);
      if (l === undefined) listOf.set(id, (l = listOf.size));
      entryList[entries] = l;
      entryPos[entries++] = p;
    }
  }
  const { start, values: lists } = bucketed(entries, listOf.size, (e) => entryList[e], (e) => entryPos[e]);
  return { start, lists };
}

/** Pairs of used positions under one list whose spans may overlap (mergeEvents's candidatePairs). */
function visitPairs(at: Positions, index: { start: Int32Array; lists: Int32Array }, use: (p: number) => boolean, visit: (a: number, b: number) => void): void {
  const { start, lists } = index;
  for (let l = 0; l + 1 < start.length; l++) {
    for (let x = start[l]; x < start[l + 1]; x++) {
      const a = lists[x];
      if (!use(a)) continue;
      const to = at.span[a]!.to;
      for (let y = x + 1; y < start[l + 1] && at.span[lists[y]]!.from <= to; y++) if (use(lists[y])) visit(a, lists[y]);
    }
  }
}

const MANY = -2;

/** The groups mergeEvents makes of these reports, in its order (by first report). */
export function groupReports(r: EventReports): ReportGroups {
  const order = r.order();
  const at = positions(r, order);
  const index = candidateLists(at);
  const n = order.length;
  const precise = (p: number): boolean => at.precise[p] === 1;
  const uf = new UnionFind(n);
  visitPairs(at, index, precise, (a, b) => { if (match(at, a, b)) uf.union(a, b); });
  // Coarse reports: to the single fitting precise group, else among themselves.
  const fit = new Int32Array(n).fill(-1);
  visitPairs(at, index, () => true, (a, b) => {
    const [c, p] = precise(a) ? [b, a] : [a, b];
    if (precise(c) || !precise(p) || !match(at, c, p)) return;
    const root = uf.find(p);
    fit[c] = fit[c] === -1 || fit[c] === root ? root : MANY;
  });
  const coarse = new UnionFind(n);
  const loose = (p: number): boolean => fit[p] === -1;
  visitPairs(at, index, (p) => !precise(p), (a, b) => { if (loose(a) && loose(b) && match(at, a, b)) coarse.union(a, b); });
  // mergeEvents's group keys p<root>, s<position>, c<root> as numbers in [0, 3n), numbered by first sight.
  const groupOfKey = new Int32Array(3 * n).fill(-1);
  const groupOf = new Int32Array(n);
  let groups = 0;
  for (let p = 0; p < n; p++) {
    const key = precise(p) ? uf.find(p) : fit[p] >= 0 ? fit[p] : fit[p] === MANY ? n + p : 2 * n + coarse.find(p);
    if (groupOfKey[key] === -1) groupOfKey[key] = groups++;
    groupOf[p] = groupOfKey[key];
  }
  const { start, values: rows } = bucketed(n, groups, (p) => groupOf[p], (p) => order[p]);
  return { start, rows };
}
