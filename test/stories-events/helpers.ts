// Fixture helpers: entities and dates laid over hand-written text by name, so tests do not depend
// on the NER model.
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import { extractEvents } from '../../src/stories/events/extract-events.js';
import { nameKey } from '../../src/stories/events/entities-from-ner.js';
import type { ArticleEvent, EventDateInput, EventEntity } from '../../src/stories/events/types.js';

/** Every occurrence of each [surface, type, canonical name?] in `text`. */
export function entities(text: string, names: [string, string, string?][]): EventEntity[] {
  const out: EventEntity[] = [];
  for (const [surface, type, canonical] of names) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
      const name = canonical ?? surface;
      out.push({ key: nameKey(name), name, type, start: i, end: i + surface.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function dates(text: string, found: [string, string][]): EventDateInput[] {
  return found.map(([surface, value]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no "${surface}" in fixture`);
    return { start, end: start + surface.length, value, type: 'DATE' };
  });
}

export function events(text: string, names: [string, string, string?][], found: [string, string][] = [], published: string | null = '2024-03-15'): ArticleEvent[] {
  return extractEvents(text, { published, sentences: splitSentences(text), entities: entities(text, names), dates: dates(text, found) });
}

/** A compact view of an event for assertions. */
export function brief(e: ArticleEvent): { kind: string; actor: string | null; target: string | null; participants: string[] } {
  return { kind: e.kind, actor: e.actor?.name ?? null, target: e.target?.name ?? null, participants: e.participants.map((p) => p.name) };
}
