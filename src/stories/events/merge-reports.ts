// The events step's merge: mergeEvents then toExportEvent, over the columns of EventReports. Each
// merged event keeps its parties' keys and its rows, not the article events; its export document
// (evidence sentences, article ids, story) is made when the store asks for it, one at a time, so the
// documents (209 MB of JSON at 200k generated articles) are never all in memory.
// test/stories-events/merge-reports.test.ts holds it to mergeEvents and toExportEvent.
import { createHash } from 'node:crypto';
import type { Event } from '../../model/export.js';
import { NONE, type EventReports } from './event-reports.js';
import { mode } from './merge-events.js';
import { groupReports } from './report-groups.js';
import { taxonomy } from './taxonomy.js';
import { storyOfEvent } from './timeline.js';

/** A merged event before export: parties by key, reports by row of the table. */
interface MergedReport {
  id: string;
  kind: string;
  score: number;
  date: string | null;
  actor: string | null;
  target: string | null;
  place: string | null;
  participants: string[];
  /** Its rows are `rows[from .. to - 1]`, in report order. */
  from: number;
  to: number;
}

export class MergedReports {
  /** In mergeEvents's order: by date (undated first), then id. */
  readonly events: MergedReport[];
  private readonly rows: Int32Array;

  constructor(private readonly reports: EventReports) {
    const groups = groupReports(reports);
    this.rows = groups.rows;
    const used = new Set<string>();
    this.events = [];
    for (let g = 0; g + 1 < groups.start.length; g++) this.events.push(this.summarise(groups.start[g], groups.start[g + 1], used));
    this.events.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  }

  /** mergeEvents's summarise, on rows. */
  private summarise(from: number, to: number, used: Set<string>): MergedReport {
    const r = this.reports;
    const rows = Array.from(this.rows.subarray(from, to));
    const keys = r.keys.list;
    const kindRow = mode(rows, (i) => r.kinds.list[r.kind[i]])!;
    const kind = r.kinds.list[r.kind[kindRow]];
    // The most frequent key of a party column (reports without that party, or with `skip`, left out).
    const party = (column: Int32Array, skip = NONE): number => {
      const row = mode(rows.filter((i) => column[i] !== NONE && column[i] !== skip), (i) => keys[column[i]]);
      return row === null ? NONE : column[row];
    };
    const actor = party(r.actor);
    const target = party(r.target, actor);
    const place = party(r.place);
    const key = (k: number): string | null => (k === NONE ? null : keys[k]);
    // Participant keys by first sight, counted with repeats.
    const count = new Map<string, number>();
    for (const i of rows) for (let j = r.partStart(i); j < r.partEnd[i]; j++) count.set(keys[r.parts[j]], (count.get(keys[r.parts[j]]) ?? 0) + 1);
    const participants = [...count.keys()].sort((a, b) => (count.get(b)! - count.get(a)!) || a.localeCompare(b));
    const date = this.eventDate(rows);
    const content = [kind, [...count.keys()].sort().join('|'), date ?? ''].join('\u0000');
    let id = 'ev_' + createHash('sha1').update(content).digest('hex').slice(0, 16);
    if (used.has(id)) id = 'ev_' + createHash('sha1').update(content + '\u0000' + this.order(rows[0])).digest('hex').slice(0, 16);
    used.add(id);
    return { id, kind, score: taxonomy().byKind.get(kind)?.score ?? r.score[kindRow], date, actor: key(actor), target: key(target), place: key(place), participants, from, to };
  }

  /** mergeEvents's eventDate: the most frequent stated date, else the most frequent date; ties to the finer. */
  private eventDate(rows: number[]): string | null {
    const whens = this.reports.whens.list, when = this.reports.when;
    const stated = rows.filter((i) => whens[when[i]].stated && whens[when[i]].date);
    const dateOf = (i: number): string => whens[when[i]].date!;
    const pick = mode(stated.length ? stated : rows.filter((i) => whens[when[i]].date), dateOf, (a, b) => dateOf(b).length - dateOf(a).length);
    return pick === null ? null : dateOf(pick);
  }

  /** mergeEvents's order key of a report (breaks an id collision). */
  private order(i: number): string {
    return `${this.reports.articleIds.list[this.reports.article[i]]}\u0000${String(this.reports.trigger[i]).padStart(10, '0')}`;
  }

  /** The export documents (toExportEvent's), made one at a time in this order. */
  *exportEvents(storyOf?: ReadonlyMap<string, string>): Generator<Event> {
    const r = this.reports;
    for (const e of this.events) {
      const evidence: Event['evidence'] = [];
      const seen = new Set<string>();
      const articles = new Set<string>();
      for (let x = e.from; x < e.to; x++) {
        const i = this.rows[x];
        const article_id = r.articleIds.list[r.article[i]];
        const key = `${article_id}\u0000${r.evidenceStart[i]}`;
        if (!seen.has(key)) { seen.add(key); evidence.push({ article_id, text: r.texts.list[r.evidenceText[i]] }); }
        articles.add(article_id);
      }
      const article_ids = [...articles].sort();
      yield {
        id: e.id,
        date: e.date,
        kind: e.kind,
        actor: e.actor,
        target: e.target,
        participants: e.participants,
        place: e.place,
        evidence,
        article_ids,
        story_id: storyOf ? storyOfEvent({ article_ids }, storyOf) : null,
        score: e.score,
      };
    }
  }
}
