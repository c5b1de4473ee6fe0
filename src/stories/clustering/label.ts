// Short labels for events and stories: who (top entities), what (an action word the articles
// share, else their top term), when (the day most articles point to) — "Varga – Sandoval call, 6 Mar 2025".
import { isoDay } from './dates.js';
import { ACTION_WORDS } from './label-lexicon.js';
import type { ArticleRep } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERSON_FIRST = 2;

export function formatDay(day: number): string {
  const [y, m, d] = isoDay(day).split('-');
  return `${+d} ${MONTHS[+m - 1]} ${y}`;
}

/** What a label reads of an article's representation. */
export type LabelRep = Pick<ArticleRep, 'terms' | 'entities' | 'names' | 'day' | 'eventDays'>;

/** Per key: the number of articles holding it and its total count, summed in the order given. */
class KeyTally {
  private readonly docs = new Map<string, number>();
  private readonly total = new Map<string, number>();
  add(v: { keys: readonly string[]; values: readonly number[] }): void {
    v.keys.forEach((k, i) => { this.docs.set(k, (this.docs.get(k) ?? 0) + 1); this.total.set(k, (this.total.get(k) ?? 0) + v.values[i]); });
  }
  /** Keys by the number of articles holding them, then total count, then key. */
  ranked(): string[] {
    const docs = this.docs, total = this.total;
    return [...docs.keys()].sort((a, b) => docs.get(b)! - docs.get(a)! || total.get(b)! - total.get(a)! || (a < b ? -1 : 1));
  }
}

/** Days counted, with the most frequent (earliest on ties). */
class DayCount {
  readonly count = new Map<number, number>();
  add(d: number): void { this.count.set(d, (this.count.get(d) ?? 0) + 1); }
  modal(): number | null {
    const count = this.count;
    let best: number | null = null;
    for (const [d, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && d < best)) best = d;
    return best;
  }
  /** Earliest and latest day counted (null when none). */
  range(): [number, number] | null {
    let range: [number, number] | null = null;
    for (const d of this.count.keys()) range = range === null ? [d, d] : [Math.min(range[0], d), Math.max(range[1], d)];
    return range;
  }
}

/**
 * A group's label, from its members' representations taken one at a time (`add`, in member order):
 * what the label reads is tallied as they come, so a large story's representations (each with its
 * key strings) are never all held at once.
 */
export class LabelTally {
  private readonly entities = new KeyTally();
  private readonly terms = new KeyTally();
  /** Per entity key: its display name in the first member naming it. */
  private readonly names = new Map<string, string>();
  private readonly published = new DayCount();
  private readonly stated = new DayCount();
  /** Earliest and latest of each member's publication day, else first stated day (a story's span). */
  private first: number | null = null;
  private last: number | null = null;
  private size = 0;

  add(r: LabelRep): void {
    this.size++;
    this.entities.add(r.entities);
    this.terms.add(r.terms);
    for (const k of Object.keys(r.names)) if (r.names[k] && !this.names.has(k)) this.names.set(k, r.names[k]);
    if (r.day !== null) this.published.add(r.day);
    for (const d of r.eventDays) this.stated.add(d);
    const d = r.day ?? r.eventDays[0];
    if (d !== undefined && d !== null) {
      if (this.first === null || d < this.first) this.first = d;
      if (this.last === null || d > this.last) this.last = d;
    }
  }

  label(level: 'event' | 'story'): string {
    if (this.size === 0) return '';
    const who = this.entities.ranked().slice(0, PERSON_FIRST).map((k) => this.names.get(k) ?? k);
    const whoWords = new Set(who.flatMap((n) => n.toLowerCase().split(/\s+/)));
    const terms = this.terms.ranked().filter((t) => !whoWords.has(t));
    const what = terms.find((t) => ACTION_WORDS.has(t)) ?? terms[0] ?? '';
    const head = [who.join(' – '), what].filter(Boolean).join(' ');
    if (level === 'story') {
      const first = this.first, last = this.last;
      const span = first !== null && last !== null ? `, ${formatDay(first)}${last > first ? ` – ${formatDay(last)}` : ''}` : '';
      return head + span;
    }
    const day = this.dated().modal();
    return day === null ? head : `${head}, ${formatDay(day)}`;
  }

  /** The group's date range: its members' publication days, else (none published) their stated days. */
  dateRange(): [number, number] | null {
    return this.dated().range();
  }

  /** Publication days when any member has one, else stated days. */
  private dated(): DayCount {
    return this.published.count.size ? this.published : this.stated;
  }
}

export function labelGroup(reps: Iterable<LabelRep>, level: 'event' | 'story'): string {
  const tally = new LabelTally();
  for (const r of reps) tally.add(r);
  return tally.label(level);
}
