// Builds compare inputs for evaluation: a record or a plain text through extraction (when a
// record), sentences, NER, quotes and the garbled-text check — the stages the pipeline runs.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extract/index.js';
import type { OutletRegistry } from '../../src/extract/outlets/index.js';
import type { InputRecord } from '../../src/model/input.js';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import { recognizeEntities } from '../../src/language/ner/recognize-entities.js';
import { findQuotes } from '../../src/language/quotes/index.js';
import { qualityFlags } from '../../src/provenance/index.js';
import type { CompareArticle } from '../../src/compare/types.js';

export interface TextInput {
  id: string;
  text: string;
  outlet: string | null;
  title?: string | null;
  published?: string | null;
  flags?: { flag: string; evidence: string }[];
  groups?: string[];
}

/** Sentences, entities and quotes of a clean text (entity keys left to the compare stage). */
export function analyseText(input: TextInput): CompareArticle {
  const { id, text } = input;
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, sentences).map((e) => ({ text: e.text, type: e.type, start: e.start, end: e.end }));
  const quotes = findQuotes(text, { sentences, entities }).map((q, i) => ({
    id: `${id}#q${i}`,
    text: q.text,
    kind: q.kind,
    start: q.start,
    end: q.end,
    cue: q.cue,
    speaker: q.speaker ? { name: q.speaker.name, entity_id: q.speaker.entityKey ?? null } : null,
  }));
  const flags = [...(input.flags ?? [])];
  for (const f of qualityFlags(text)) if (!flags.some((g) => g.flag === f.flag)) flags.push(f);
  return {
    id,
    outlet: input.outlet ? { name: input.outlet } : null,
    outletGroups: input.groups ?? [],
    title: input.title ?? null,
    text,
    published: input.published ?? null,
    flags,
    sentences,
    entities,
    quotes,
  };
}

/** A plain-text file as one record (the text extractor takes it from there). */
export function textRecord(path: string): InputRecord {
  const body = readFileSync(path, 'utf8');
  return { source: path, externalId: null, format: 'text', bodyType: 'text', body, fields: {}, recordIndex: 0, fileSha256: '' };
}

/** A record through extraction, then analysed; `id` names it in the eval (file name or key). */
export function analyseRecord(id: string, record: InputRecord, outlets: OutletRegistry): CompareArticle {
  const a = extractArticle(record, { outlets });
  const outlet = a.outlet?.name ?? null;
  return analyseText({
    id, text: a.text, outlet, title: a.title, published: a.published, flags: a.flags,
    groups: outlet ? outlets.groupsOf(outlet) : [],
  });
}
