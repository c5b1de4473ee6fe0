// The compact per-article summary clustering consumes, computed from text with the language
// stages (NER surface forms as entity keys until the cross-article linker provides ids).
import { findDates } from '../../language/dates/index.js';
import { recognizeEntities } from '../../language/ner/recognize-entities.js';
import { NAMED_TYPES, surfaceKey } from './entity-key.js';
import type { ArticleSummary } from './types.js';

/**
 * In-article name coreference: a one-word PERSON mention ("Lohan", "Wang") takes the key of the
 * longer PERSON name of the same article that ends or starts with it, when exactly one does.
 */
function foldShortNames(entities: { key: string; type: string }[]): void {
  const full = [...new Set(entities.filter((e) => e.type === 'PERSON' && e.key.includes(' ')).map((e) => e.key))];
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.key.includes(' ')) continue;
    const hits = full.filter((f) => f.endsWith(' ' + e.key) || f.startsWith(e.key + ' '));
    if (hits.length === 1) e.key = hits[0];
  }
}

export interface SummaryInput { id: string; title: string | null; text: string; published: string | null; outlet: string | null }

export function summarizeArticle(a: SummaryInput): ArticleSummary {
  const full = a.title ? `${a.title}\n\n${a.text}` : a.text;
  const mentions = recognizeEntities(full).filter((m) => NAMED_TYPES.has(m.type));
  const entities = mentions.map((m) => ({ key: surfaceKey(m.text), name: m.text, type: m.type }));
  foldShortNames(entities);
  let dates: { value: string }[] = [];
  try {
    dates = findDates(a.text, { published: a.published }).map((d) => ({ value: d.value }));
  } catch {
    dates = []; // the date stage is optional for clustering
  }
  return { ...a, entities, dates };
}
