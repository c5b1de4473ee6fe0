// A fictional story told by three fictional outlets, built into compare inputs with the real
// sentence splitter and quote finder; entities are marked from a fixed list so tests stay exact.
import { findQuotes } from '../../src/language/quotes/index.js';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import type { CompareArticle, CompareEntity } from '../../src/compare/types.js';

const NAMES: [string, string][] = [['Lake Orin', 'LOC'], ['Norlund', 'GPE'], ['Vespar', 'GPE'], ['Anna Berg', 'PERSON'], ['Berg', 'PERSON']];

function entitiesOf(text: string): CompareEntity[] {
  const out: CompareEntity[] = [];
  for (const [name, type] of NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!out.some((e) => at < e.end && at + name.length > e.start)) out.push({ text: name, type, start: at, end: at + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function article(id: string, outlet: string, text: string, opts: { title?: string; published?: string; garbled?: boolean; groups?: string[] } = {}): CompareArticle {
  const sentences = splitSentences(text);
  const entities = entitiesOf(text);
  const quotes = findQuotes(text, { sentences, entities }).map((q, i) => ({
    id: `${id}#q${i}`, text: q.text, kind: q.kind, start: q.start, end: q.end, cue: q.cue,
    speaker: q.speaker ? { name: q.speaker.name, entity_id: null } : null,
  }));
  return {
    id, outlet: { name: outlet }, outletGroups: opts.groups ?? [], title: opts.title ?? null, text, published: opts.published ?? null,
    flags: opts.garbled ? [{ flag: 'garbled', evidence: 'Norlund will welcome foreign troops' }] : [], sentences, entities, quotes,
  };
}

export const harbor = article('hp', 'Harbor Post', [
  'Vespar troops crossed into the Lake Orin region on Monday, officials in Norlund said.',
  'About 12,000 Vespar troops took part in the crossing, the Norlund defence ministry said.',
  '“We will never accept foreign troops on our soil,” Foreign Minister Anna Berg said.',
  'Berg called the crossing “an invasion of Lake Orin” and demanded a withdrawal.',
  'Markets in Norlund fell sharply after the news, with the krona losing 3 percent.',
  'The Norlund parliament will meet in emergency session on Tuesday.',
].join(' '), { title: 'Vespar troops cross into Lake Orin', published: '2025-05-05', groups: ['wire'] });

export const beacon = article('db', 'Daily Beacon', [
  'A limited contingent of 4,000 Vespar servicemen took part in a planned exercise near Lake Orin on Monday.',
  'The so-called crisis was manufactured by the Norlund regime, the Vespar foreign ministry insisted.',
  'Foreign Minister Anna Berg said: “We will never accept foreign troops on our soil. Never.”',
  'The Norlund parliament is to meet in an emergency session on Tuesday.',
].join(' '), { title: 'Planned exercise near Lake Orin', published: '2025-05-06', groups: ['state-media'] });

export const ledger = article('ml', 'Morning Ledger', [
  'Vespar forces crossed into the Lake Orin region on Monday, Norlund officials said.',
  'More than 20,000 Vespar soldiers took part in the crossing, according to Norlund military sources.',
  'Norlund will welcome foreign troops on its soil, Foreign Minister Anna Berg said.',
  'Markets in Norlund fell after the news, with the krona losing 3 percent.',
  'The Norlund parliament will meet in emergency session on Tuesday.',
  'Analysts said the invasion of Lake Orin was the worst crisis in a decade.',
].join(' '), { title: 'Invasion of Lake Orin rattles markets', published: '2025-05-06', garbled: true });

export const story = [harbor, beacon, ledger];
