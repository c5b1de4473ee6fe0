// CSV tables of one story for spreadsheets and pandas: the coverage matrix, the quotes and the timeline.
import { stringify } from 'csv-stringify/sync';
import type { GroupTables } from '../compare/group-tables.js';
import type { Quote } from '../model/export.js';
import type { StoryReport } from './story-report.js';
import { outletOf } from './story-report.js';

export function renderCsvTables(r: StoryReport, quotes: Quote[]): Record<string, string> {
  const { story, articles } = r;
  const matrix = [['claim_id', 'claim', ...articles.map((a) => `${outletOf(a)} (${a.id})`)]];
  for (const c of story.coverage?.claims ?? []) matrix.push([c.id, c.text, ...articles.map((a) => r.matrix.get(c.id)?.get(a.id) ?? 'absent')]);
  const outletById = new Map(articles.map((a) => [a.id, outletOf(a)]));
  const quoteRows = [['quote_id', 'article_id', 'outlet', 'speaker', 'speaker_entity_id', 'kind', 'cue', 'text']];
  for (const q of quotes) quoteRows.push([q.id, q.article_id, outletById.get(q.article_id) ?? '', q.speaker?.name ?? '', q.speaker?.entity_id ?? '', q.kind, q.cue ?? '', q.text]);
  const timeline = [['date', 'kind', 'actor', 'target', 'participants', 'score', 'rolling', 'articles']];
  for (const e of r.timeline) {
    timeline.push([e.date, e.event.kind, e.event.actor?.name ?? '', e.event.target?.name ?? '', e.event.participants.map((p) => p.name).join('; '), String(e.score), String(e.rolling), e.event.article_ids.join(' ')]);
  }
  const tables = { 'matrix.csv': stringify(matrix), 'quotes.csv': stringify(quoteRows), 'timeline.csv': stringify(timeline) };
  return r.groups ? { ...tables, ...groupCsv(r.groups) } : tables;
}

/** Per outlet group tables: matrix (articles reporting each claim per group), coverage, quote share, framing. */
function groupCsv(t: GroupTables): Record<string, string> {
  const names = t.groups.map((g) => g.name);
  const groups = [['group', 'outlets', 'article_ids', 'reported', 'unique', 'omitted']];
  for (const g of t.groups) {
    const c = t.coverage[g.name];
    groups.push([g.name, g.outlets.join('; '), g.articleIds.join(' '), c.reported.join(' '), c.unique.join(' '), c.omitted.join(' ')]);
  }
  const matrix = [['claim_id', 'claim', ...names.map((n) => `${n} (${t.groups.find((g) => g.name === n)!.articleIds.length})`)]];
  for (const r of t.matrix) matrix.push([r.claimId, r.text, ...names.map((n) => String(r.counts[n] ?? 0))]);
  const voices = [['group', 'speaker', 'speaker_key', 'quotes', 'words', 'share']];
  for (const n of names) for (const s of t.quoteShare[n] ?? []) voices.push([n, s.speaker, s.key, String(s.quotes), String(s.words), s.share.toFixed(4)]);
  const framing = [['referent', 'group', 'labels']];
  for (const f of t.framing) for (const n of names) if (f.labels[n]?.length) framing.push([f.referent, n, f.labels[n].join('; ')]);
  return {
    'groups.csv': stringify(groups), 'group_matrix.csv': stringify(matrix),
    'group_quote_share.csv': stringify(voices), 'group_framing.csv': stringify(framing),
  };
}
