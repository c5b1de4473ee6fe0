// Test helpers: NER-style mentions for listed surfaces (fictional fixtures, no tagger needed).
import type { EntityMention } from '../../src/language/ner/recognize-entities.js';
import type { EntityType } from '../../src/language/ner/entity-types.js';
import { linkArticleEntities } from '../../src/language/entities/index.js';
import type { ArticleEntities, LocalEntity } from '../../src/language/entities/index.js';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of each surface as a mention of its type (longer surfaces win overlaps). */
export function mentionsOf(text: string, surfaces: [string, EntityType][]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [surface, type] of [...surfaces].sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![\\p{L}])${escape(surface)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + surface.length;
      if (found.some((f) => f.start < end && f.end > start)) continue;
      found.push({ text: surface, type, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function link(text: string, surfaces: [string, EntityType][]): ArticleEntities {
  return linkArticleEntities(text, mentionsOf(text, surfaces), splitSentences(text));
}

/** The entity with a mention starting at the n-th occurrence of `surface`. */
export function entityOf(ae: ArticleEntities, text: string, surface: string, nth = 0): LocalEntity | undefined {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  return ae.entities.find((e) => e.mentions.some((m) => m.start === at));
}
