// The clusterer's article representations, held compactly by article number. Hand-written because
// holding ArticleRep objects (about ten heap objects, a names record with its own hidden class and
// four ~60-slot arrays each) made a million articles some ten million objects that every full
// collection traced: here an article is a few entries in arenas of doubles the collector never
// scans (see block-lists.ts) and a slot in typed columns, and an ArticleRep is rebuilt, equal to
// the one put, only when one is asked for (labels, relinking, the store).
import { grownTo } from '../../util/grow-typed.js';
import { BlockLists } from './block-lists.js';
import type { KeyIds } from './scatter-dot.js';
import type { ArticleRep, EntityMention, IdVector } from './types.js';

/**
 * Two string ids as one number, exact while each is below 2^26 (the product stays below 2^52): a
 * mention is one entry of two numbers, not two entries (at 93k generated articles, ~18 mentions
 * each, the mention lists were some 53 MB of the table).
 */
const PAIR = 2 ** 26;
function pair(a: number, b: number): number {
  if (a >= PAIR || b >= PAIR) throw new RangeError('RepTable: more distinct strings than a mention entry can hold');
  return a * PAIR + b;
}
const first = (p: number): number => Math.floor(p / PAIR);
const second = (p: number): number => p % PAIR;
/** Bits of a key's mark for `holdsMarked`: marked as a term key, as an entity key. */
export const TERM_MARK = 1, ENTITY_MARK = 2;
const EVENT_DAY = 0, MONTH_DAY = 1;

export class RepTable {
  private readonly idOf: string[] = [];
  private readonly numberOf = new Map<string, number>();
  /** Per article: (key id in the clusterer's key table, count), in key order. */
  private readonly terms = new BlockLists();
  private readonly entities = new BlockLists();
  /** Per article: (entity key, display name) as ids in `strings`, in the record's order. */
  private readonly names = new BlockLists();
  /** Per article, one entry a mention: (key, name) and (type, local key or none) as pairs of ids in `strings` (see `pair`). */
  private readonly mentions = new BlockLists();
  /** Per article: its event days, then its month-days (value, kind). */
  private readonly days = new BlockLists();
  /** Per article: publication day, year (NaN: null), body length, whether it keeps its mentions. */
  private dayOf = new Float64Array(1024);
  private yearOf = new Float64Array(1024);
  private lengthOf = new Float64Array(1024);
  private hasMentions = new Uint8Array(1024);

  /**
   * `keys`: the clusterer's key table (term and entity keys). `strings`: a second table for display
   * names, types and local keys, which must not grow the key table (scoring arrays are sized by it).
   */
  constructor(private readonly keys: KeyIds, private readonly strings: KeyIds) {}

  get size(): number { return this.idOf.length; }
  has(id: string): boolean { return this.numberOf.has(id); }
  number(id: string): number | undefined { return this.numberOf.get(id); }
  id(no: number): string { return this.idOf[no]; }

  /** Stores `r` (its keys' ids given, parallel to its vectors) under its article's number, new or kept; returns the number. */
  put(r: ArticleRep, termIds: readonly number[], entityIds: readonly number[]): number {
    let no = this.numberOf.get(r.id);
    if (no === undefined) {
      no = this.idOf.length;
      this.idOf.push(r.id);
      this.numberOf.set(r.id, no);
      this.dayOf = grownTo(this.dayOf, no + 1);
      this.yearOf = grownTo(this.yearOf, no + 1);
      this.lengthOf = grownTo(this.lengthOf, no + 1);
      this.hasMentions = grownTo(this.hasMentions, no + 1);
    }
    this.terms.set(no, termIds, r.terms.values);
    this.entities.set(no, entityIds, r.entities.values);
    const s = this.strings, names = Object.keys(r.names);
    this.names.clear(no);
    this.names.reserve(no, names.length);
    for (const k of names) this.names.push(no, s.id(k), s.id(r.names[k]));
    this.mentions.clear(no);
    if (r.mentions) {
      this.mentions.reserve(no, r.mentions.length);
      for (const m of r.mentions) {
        const key = s.id(m.key), name = s.id(m.name), type = s.id(m.type);
        this.mentions.push(no, pair(key, name), pair(type, m.local === undefined ? 0 : s.id(m.local) + 1));
      }
    }
    this.days.clear(no);
    this.days.reserve(no, r.eventDays.length + r.monthDays.length);
    for (const d of r.eventDays) this.days.push(no, d, EVENT_DAY);
    for (const d of r.monthDays) this.days.push(no, d, MONTH_DAY);
    this.dayOf[no] = r.day ?? NaN;
    this.yearOf[no] = r.year ?? NaN;
    this.lengthOf[no] = r.length;
    this.hasMentions[no] = r.mentions ? 1 : 0;
    return no;
  }

  termVector(no: number): IdVector { return this.terms.copy(no); }
  entityVector(no: number): IdVector { return this.entities.copy(no); }
  entityIds(no: number): number[] { return this.entities.copyItems(no); }
  day(no: number): number | null { const d = this.dayOf[no]; return Number.isNaN(d) ? null : d; }
  year(no: number): number | null { const y = this.yearOf[no]; return Number.isNaN(y) ? null : y; }
  length(no: number): number { return this.lengthOf[no]; }
  eventDays(no: number): number[] { return this.dayList(no, EVENT_DAY); }
  monthDays(no: number): number[] { return this.dayList(no, MONTH_DAY); }
  keepsMentions(no: number): boolean { return this.hasMentions[no] === 1; }

  /** Whether article `no` holds a term key marked TERM_MARK or an entity key marked ENTITY_MARK in `marks` (by key id). */
  holdsMarked(no: number, marks: Uint8Array): boolean {
    return holds(this.terms, no, marks, TERM_MARK) || holds(this.entities, no, marks, ENTITY_MARK);
  }

  /** The mentions kept for relinking (undefined when the article keeps none). */
  mentionsOf(no: number): EntityMention[] | undefined {
    if (!this.hasMentions[no]) return undefined;
    const l = this.mentions, o = l.off(no), n = l.len(no), it = l.items(no), va = l.vals(no), s = this.strings, out: EntityMention[] = [];
    for (let i = o; i < o + n; i++) {
      const m: EntityMention = { key: s.key(first(it[i])), name: s.key(second(it[i])), type: s.key(first(va[i])) };
      const local = second(va[i]);
      if (local !== 0) m.local = s.key(local - 1);
      out.push(m);
    }
    return out;
  }

  /** The representation put last for article `no`, rebuilt (equal to it, properties in the same order). */
  rep(no: number): ArticleRep {
    const t = this.termVector(no), e = this.entityVector(no), s = this.strings;
    const names: Record<string, string> = {};
    const l = this.names, o = l.off(no), it = l.items(no), va = l.vals(no);
    for (let i = o; i < o + l.len(no); i++) names[s.key(it[i])] = s.key(va[i]);
    const mentions = this.mentionsOf(no);
    return {
      id: this.idOf[no],
      terms: { keys: t.ids.map((k) => this.keys.key(k)), values: t.values },
      entities: { keys: e.ids.map((k) => this.keys.key(k)), values: e.values },
      names,
      day: this.day(no),
      eventDays: this.eventDays(no),
      year: this.year(no),
      monthDays: this.monthDays(no),
      length: this.length(no),
      ...(mentions ? { mentions } : {}),
    };
  }

  private dayList(no: number, kind: number): number[] {
    const l = this.days, o = l.off(no), it = l.items(no), va = l.vals(no), out: number[] = [];
    for (let i = o; i < o + l.len(no); i++) if (va[i] === kind) out.push(it[i]);
    return out;
  }
}

function holds(lists: BlockLists, no: number, marks: Uint8Array, bit: number): boolean {
  const items = lists.items(no);
  for (let i = lists.off(no), end = i + lists.len(no); i < end; i++) if (marks[items[i]] & bit) return true;
  return false;
}
