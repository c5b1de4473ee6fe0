// Corpus merge: the same happening reported by several articles becomes one event with several
// mentions (GDELT's Mentions table). Two reports match when their kinds share a family, their
// participants overlap (both of a pair, or the single one) and their dates are compatible.
// Deterministic and batch-invariant: the result depends only on the set of reports, never on order.
// Day-precise reports are linked first; a coarser or publication-dated report joins a group only
// when exactly one group fits it, so "January 2022" cannot chain two different days together.
// The events step runs these rules over columns (report-groups.ts, merge-reports.ts): a change here
// is a change there (test/stories-events/merge-reports.test.ts compares the two).
import { createHash } from 'node:crypto';
import { compatibleSpans, daySpan, isDay, type DaySpan } from './date-span.js';
import { taxonomy } from './taxonomy.js';
import type { ArticleEvent, ArticleEvents, EventMention, EventParty, MergedEvent } from './types.js';
import { UnionFind } from './union-find.js';

interface Report {
  mention: EventMention;
  family: string;
  keys: Set<string>;
  span: DaySpan | null;
  order: string;
}

function minOverlap(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared > 0 && shared >= Math.min(2, a.size, b.size);
}

const match = (a: Report, b: Report): boolean =>
  a.family === b.family && a.span !== null && b.span !== null && compatibleSpans(a.span, b.span) && minOverlap(a.keys, b.keys);

function reportsOf(articles: readonly ArticleEvents[]): Report[] {
  const tax = taxonomy();
  const out: Report[] = [];
  for (const a of articles) {
    for (const event of a.events) {
      if (event.participants.length === 0) continue; // nobody to compare or to put on a timeline
      const family = tax.byKind.get(event.kind)?.family ?? event.kind;
      const order = `${a.article_id}\u0000${String(event.trigger.start).padStart(10, '0')}`;
      out.push({ mention: { article_id: a.article_id, event }, family, keys: new Set(event.participants.map((p) => p.key)), span: daySpan(event.date, event.date_source), order });
    }
  }
  return out.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
}

/** Candidate pairs through a (family, participant) index, never all pairs. */
function candidatePairs(reports: Report[], use: (r: Report) => boolean, visit: (i: number, j: number) => void): void {
  const index = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (!use(r) || !r.span) return;
    for (const k of r.keys) {
      const key = r.family + '\u0000' + k;
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });
  for (const list of index.values()) {
    list.sort((a, b) => reports[a].span!.from - reports[b].span!.from || a - b);
    for (let x = 0; x < list.length; x++) {
      const sx = reports[list[x]].span!;
      for (let y = x + 1; y < list.length && reports[list[y]].span!.from <= sx.to; y++) visit(list[x], list[y]);
    }
  }
}

export function mergeEvents(articles: readonly ArticleEvents[]): MergedEvent[] {
  const reports = reportsOf(articles);
  const uf = new UnionFind(reports.length);
  const precise = (r: Report): boolean => r.span !== null && isDay(r.span);
  candidatePairs(reports, precise, (i, j) => { if (match(reports[i], reports[j])) uf.union(i, j); });
  // Coarse reports: to the single fitting precise group, else among themselves.
  const fits = new Map<number, Set<number>>();
  candidatePairs(reports, (r) => r.span !== null, (i, j) => {
    const [c, p] = precise(reports[i]) ? [j, i] : [i, j];
    if (precise(reports[c]) || !precise(reports[p]) || !match(reports[c], reports[p])) return;
    const set = fits.get(c) ?? new Set<number>();
    set.add(uf.find(p));
    fits.set(c, set);
  });
  const coarse = new UnionFind(reports.length);
  const loose = (i: number): boolean => (fits.get(i)?.size ?? 0) === 0;
  candidatePairs(reports, (r) => r.span !== null && !precise(r), (i, j) => {
    if (loose(i) && loose(j) && match(reports[i], reports[j])) coarse.union(i, j);
  });
  const groups = new Map<string, Report[]>();
  reports.forEach((r, i) => {
    const fit = fits.get(i);
    const key = precise(r) ? `p${uf.find(i)}` : fit?.size === 1 ? `p${[...fit][0]}` : fit && fit.size > 1 ? `s${i}` : `c${coarse.find(i)}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  });
  const used = new Set<string>();
  return [...groups.values()].map((g) => summarise(g, used)).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

/** The most frequent value (ties: `tie` order, then the smallest key). */
export function mode<T>(items: readonly T[], key: (t: T) => string, tie: (a: T, b: T) => number = () => 0): T | null {
  const counts = new Map<string, { n: number; item: T }>();
  for (const it of items) {
    const k = key(it);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, item: it });
  }
  let best: { n: number; item: T; k: string } | null = null;
  for (const [k, c] of counts) {
    if (!best || c.n > best.n || (c.n === best.n && (tie(c.item, best.item) < 0 || (tie(c.item, best.item) === 0 && k < best.k)))) best = { ...c, k };
  }
  return best?.item ?? null;
}

function eventDate(events: readonly ArticleEvent[]): string | null {
  const stated = events.filter((e) => e.date_source === 'stated' && e.date);
  const finer = (a: ArticleEvent, b: ArticleEvent): number => b.date!.length - a.date!.length;
  const pick = mode(stated.length ? stated : events.filter((e) => e.date), (e) => e.date!, finer);
  return pick?.date ?? null;
}

/** Parties without their per-article mention offsets. */
const bare = (p: EventParty | null): EventParty | null => (p ? { key: p.key, name: p.name, type: p.type } : null);

function summarise(group: Report[], used: Set<string>): MergedEvent {
  const events = group.map((r) => r.mention.event);
  const kindEvent = mode(events, (e) => e.kind)!;
  const kind = taxonomy().byKind.get(kindEvent.kind);
  const actor = mode(events.map((e) => e.actor).filter((p): p is EventParty => p !== null), (p) => p.key);
  const target = mode(events.map((e) => e.target).filter((p): p is EventParty => p !== null && p.key !== actor?.key), (p) => p.key);
  const place = mode(events.map((e) => e.place).filter((p): p is EventParty => p !== null), (p) => p.key);
  const all = events.flatMap((e) => e.participants);
  const count = new Map<string, number>();
  for (const p of all) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  const participants = [...new Map(all.map((p) => [p.key, bare(p)!])).values()]
    .sort((a, b) => (count.get(b.key)! - count.get(a.key)!) || a.key.localeCompare(b.key));
  const date = eventDate(events);
  const content = [kindEvent.kind, [...count.keys()].sort().join('|'), date ?? ''].join('\u0000');
  let id = 'ev_' + createHash('sha1').update(content).digest('hex').slice(0, 16);
  if (used.has(id)) id = 'ev_' + createHash('sha1').update(content + '\u0000' + group[0].order).digest('hex').slice(0, 16);
  used.add(id);
  return {
    id, kind: kindEvent.kind, family: group[0].family, score: kind?.score ?? kindEvent.score, date, actor: bare(actor), target: bare(target), participants, place: bare(place),
    mentions: group.map((r) => r.mention),
    article_ids: [...new Set(group.map((r) => r.mention.article_id))].sort(),
  };
}
