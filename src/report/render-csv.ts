// CSV tables of one story for spreadsheets and pandas: the coverage matrix, the quotes and the timeline.
import { stringify } from 'csv-stringify/sync';
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
  return { 'matrix.csv': stringify(matrix), 'quotes.csv': stringify(quoteRows), 'timeline.csv': stringify(timeline) };
}
