// The per-article language stage, in the order each step needs the previous one:
// sentences → named entities → linking within the article → quotes (speakers as local entities)
// → dates (resolved against the publication date) → events (who did what to whom, when).
// Pure and synchronous: it runs in the worker threads; nothing here looks at other articles.
import type { DateFinding } from './dates/index.js';
import { findDates } from './dates/index.js';
import { entityAt, linkArticleEntities } from './entities/index.js';
import type { LocalEntity } from './entities/index.js';
import type { EntityMention } from './ner/recognize-entities.js';
import { recognizeEntitiesInTokens } from './ner/recognize-entities.js';
import { findQuotes } from './quotes/index.js';
import type { QuoteMention } from './quotes/index.js';
import { splitSentencesFromTokens } from './sentences/split-sentences.js';
import type { Span } from './sentences/split-sentences.js';
import { tokenize } from './tokens/tokenize.js';
import { extractEvents } from '../stories/events/index.js';
import type { ArticleEvent, EventEntity } from '../stories/events/index.js';

/** A named or numeric mention, with the key of the local entity it belongs to (null for DATE, MONEY…). */
export interface KeyedMention extends EntityMention { key: string | null }

export interface ArticleLanguage {
  sentences: Span[];
  mentions: KeyedMention[];
  entities: LocalEntity[];
  /** Speakers carry `entityKey` = the local entity key of the person or organisation. */
  quotes: QuoteMention[];
  dates: DateFinding[];
  events: ArticleEvent[];
}

export interface AnnotateContext {
  /**
   * The date relative expressions resolve against: the original's publication date when the
   * article is a copy and it is known, else the article's own; null when neither is known.
   */
  published: string | null;
}

/** The steps of annotateText, in order (for per-stage timing). */
export type LanguageStage = 'tokens' | 'sentences' | 'ner' | 'linking' | 'quotes' | 'dates' | 'events';

/** Articles a worker annotates together (see annotateTexts); more gains little and holds more in memory. */
export const LANGUAGE_BATCH = 32;

/** `mark`, when given, is called as each stage ends (the speed bench times stages with it). */
export function annotateText(text: string, context: AnnotateContext, mark?: (stage: LanguageStage) => void): ArticleLanguage {
  return annotateTexts([{ text, context }], mark)[0];
}

/**
 * Several articles at once, one stage at a time across all of them: each result is exactly what
 * `annotateText` gives for that article alone (no stage carries state from one article to the next
 * that changes output). Why batch: a stage's working set (the tagger's weights, chrono's parsers,
 * the lexicons) stays in the CPU caches across articles instead of being evicted by the other stages
 * between two articles; on generated news the stage costs ~25% less CPU in batches of 32 or more.
 */
export function annotateTexts(items: readonly { text: string; context: AnnotateContext }[], mark?: (stage: LanguageStage) => void): ArticleLanguage[] {
  // One tokenisation serves the splitter, the tagger and the event rules.
  const tokens = items.map((d) => tokenize(d.text));
  mark?.('tokens');
  const sentences = items.map((d, i) => splitSentencesFromTokens(d.text, tokens[i]));
  mark?.('sentences');
  const lower = items.map((): string[] => []);
  const ner = items.map((d, i) => recognizeEntitiesInTokens(d.text, tokens[i], sentences[i], undefined, lower[i]));
  mark?.('ner');
  const linked = items.map((d, i) => {
    const l = linkArticleEntities(d.text, ner[i], sentences[i]);
    // The mention objects are this call's own: the key is added in place (no copy per mention).
    for (const m of ner[i] as KeyedMention[]) m.key = entityAt(l, m.start, m.end)?.key ?? null;
    return l;
  });
  const mentions = ner as KeyedMention[][];
  mark?.('linking');
  const quotes = items.map((d, i) => findQuotes(d.text, {
    sentences: sentences[i],
    // One object shape for all (an absent key reads as undefined either way): a spread of an optional
    // part made two shapes, and a temporary object per mention.
    entities: mentions[i].map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, key: m.key || undefined })),
  }));
  mark?.('quotes');
  const dates = items.map((d) => findDates(d.text, { published: d.context.published }));
  mark?.('dates');
  const events = items.map((d, i) => extractEvents(d.text, {
    published: d.context.published,
    sentences: sentences[i],
    tokens: tokens[i],
    lower: lower[i],
    entities: eventEntities(linked[i].entities),
    dates: dates[i],
    quotes: quotes[i].filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end })),
  }));
  mark?.('events');
  return items.map((_, i) => ({ sentences: sentences[i], mentions: mentions[i], entities: linked[i].entities, quotes: quotes[i], dates: dates[i], events: events[i] }));
}

/** Every mention of every linked entity (title-only and metonymic ones included), for events. */
function eventEntities(entities: readonly LocalEntity[]): EventEntity[] {
  const out: EventEntity[] = [];
  for (const e of entities) for (const m of e.mentions) out.push({ key: e.key, name: e.name, type: e.type, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The reference date for relative expressions in an article (see AnnotateContext). */
export function referenceDate(article: { published: string | null; original: { published: string | null } | null }): string | null {
  return article.original?.published ?? article.published;
}
