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

/** `mark`, when given, is called as each stage ends (the speed bench times stages with it). */
export function annotateText(text: string, context: AnnotateContext, mark?: (stage: LanguageStage) => void): ArticleLanguage {
  // One tokenisation serves the splitter, the tagger and the event rules.
  const tokens = tokenize(text);
  mark?.('tokens');
  const sentences = splitSentencesFromTokens(text, tokens);
  mark?.('sentences');
  const lower: string[] = [];
  const ner = recognizeEntitiesInTokens(text, tokens, sentences, undefined, lower);
  mark?.('ner');
  const linked = linkArticleEntities(text, ner, sentences);
  // The mention objects are this call's own: the key is added in place (no copy per mention).
  const mentions = ner as KeyedMention[];
  for (const m of mentions) m.key = entityAt(linked, m.start, m.end)?.key ?? null;
  mark?.('linking');
  const quotes = findQuotes(text, {
    sentences,
    entities: mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, ...(m.key ? { key: m.key } : {}) })),
  });
  mark?.('quotes');
  const dates = findDates(text, { published: context.published });
  mark?.('dates');
  const events = extractEvents(text, {
    published: context.published,
    sentences,
    tokens,
    lower,
    entities: eventEntities(linked.entities),
    dates,
    quotes: quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end })),
  });
  mark?.('events');
  return { sentences, mentions, entities: linked.entities, quotes, dates, events };
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
