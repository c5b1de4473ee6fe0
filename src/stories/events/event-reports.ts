// The corpus's event reports in columns, for the events step: of each article event with
// participants only what the merge and the export read (kind and score, the parties' keys, date and
// its source, the trigger's offset for the report order, the evidence sentence), strings interned.
// The rest (trigger and date texts, mention offsets, names, the reported and irrealis flags) is
// dropped as each article is read. At 200k generated articles the 1.12M article events, kept as
// objects, were 810 MB of live heap once read; their 880k reports take 52 MB of typed columns here
// and 48 MB of heap, mostly the evidence sentences: 137k distinct among 687k (copies repeat them).
import { daySpan, type DaySpan } from './date-span.js';
import type { ArticleEvent, EventParty } from './types.js';
import { grownTo } from '../../util/grow-typed.js';
import { StringTable } from '../../util/string-table.js';

/** A report's date as the merge reads it. */
export interface EventWhen {
  date: string | null;
  /** The date was stated in the text (`date_source` 'stated'). */
  stated: boolean;
  span: DaySpan | null;
}

/** The distinct (date, date source) pairs, each with its day span (a few thousand in a corpus). */
class WhenTable {
  private readonly no = new Map<string | null, Map<string, number>>();
  readonly list: EventWhen[] = [];
  add(date: string | null, source: ArticleEvent['date_source']): number {
    let bySource = this.no.get(date);
    if (!bySource) this.no.set(date, (bySource = new Map()));
    let i = bySource.get(source);
    if (i === undefined) {
      bySource.set(source, (i = this.list.length));
      this.list.push({ date, stated: source === 'stated', span: daySpan(date, source) });
    }
    return i;
  }
}

/** No such party. */
export const NONE = -1;

export class EventReports {
  readonly articleIds = new StringTable();
  /** Party keys (entity ids once linked), kinds, evidence sentences. */
  readonly keys = new StringTable();
  readonly kinds = new StringTable();
  readonly texts = new StringTable();
  readonly whens = new WhenTable();
  /** Rows 0 .. size - 1, one per report, in the order added. */
  size = 0;
  article = new Int32Array(1024);
  kind = new Int32Array(1024);
  /** The event's own score (the merged event takes the taxonomy's when it knows the kind). */
  score = new Float64Array(1024);
  when = new Int32Array(1024);
  trigger = new Int32Array(1024);
  evidenceStart = new Int32Array(1024);
  evidenceText = new Int32Array(1024);
  /** Key numbers, NONE when the event has no such party. */
  actor = new Int32Array(1024);
  target = new Int32Array(1024);
  place = new Int32Array(1024);
  /** Row i's participants (repeats kept) are parts[partEnd[i - 1] .. partEnd[i] - 1]. */
  partEnd = new Int32Array(1024);
  parts = new Int32Array(1024);

  /** One article's events; `keyOf` gives a party's key (the step maps local keys to entity ids). */
  add(articleId: string, events: readonly ArticleEvent[], keyOf: (p: EventParty) => string): void {
    const article = this.articleIds.add(articleId);
    const party = (p: EventParty | null): number => (p ? this.keys.add(keyOf(p)) : NONE);
    for (const e of events) {
      if (e.participants.length === 0) continue; // not a report: nobody to compare (as mergeEvents)
      const i = this.size++;
      if (i === this.article.length) this.grow(i + 1);
      this.article[i] = article;
      this.kind[i] = this.kinds.add(e.kind);
      this.score[i] = e.score;
      this.when[i] = this.whens.add(e.date, e.date_source);
      this.trigger[i] = e.trigger.start;
      this.evidenceStart[i] = e.evidence.start;
      this.evidenceText[i] = this.texts.add(e.evidence.text);
      this.actor[i] = party(e.actor);
      this.target[i] = party(e.target);
      this.place[i] = party(e.place);
      let end = i === 0 ? 0 : this.partEnd[i - 1];
      this.parts = grownTo(this.parts, end + e.participants.length);
      for (const p of e.participants) this.parts[end++] = party(p);
      this.partEnd[i] = end;
    }
  }

  partStart(i: number): number { return i === 0 ? 0 : this.partEnd[i - 1]; }

  /**
   * The rows in report order, the order mergeEvents sorts its reports in (article id, then the
   * trigger's offset, then as added; its zero-padded offsets sort as these integers do): union
   * roots and the order of the groups depend on it.
   */
  order(): Int32Array {
    const ids = this.articleIds.list;
    const byId = ids.map((_, a) => a).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    const rank = new Int32Array(ids.length);
    byId.forEach((a, r) => { rank[a] = r; });
    const rows = new Int32Array(this.size);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    return rows.sort((x, y) => rank[this.article[x]] - rank[this.article[y]] || this.trigger[x] - this.trigger[y] || x - y);
  }

  private grow(n: number): void {
    this.article = grownTo(this.article, n);
    this.kind = grownTo(this.kind, n);
    this.score = grownTo(this.score, n);
    this.when = grownTo(this.when, n);
    this.trigger = grownTo(this.trigger, n);
    this.evidenceStart = grownTo(this.evidenceStart, n);
    this.evidenceText = grownTo(this.evidenceText, n);
    this.actor = grownTo(this.actor, n);
    this.target = grownTo(this.target, n);
    this.place = grownTo(this.place, n);
    this.partEnd = grownTo(this.partEnd, n);
  }
}
