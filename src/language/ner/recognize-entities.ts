// The entity stage: tokens → sentences → trained tagger (PER/ORG/LOC/MISC) mapped to Parallax
// types, plus rule-based numeric and temporal expressions. Linear in the input length.
import { splitSentencesFromTokens, type Span } from '../sentences/split-sentences.js';
import { tokenize, type Token } from '../tokens/tokenize.js';
import { parallaxType, type EntityType } from './entity-types.js';
import { loadModel } from './model-io.js';
import { dropOverlaps, numericEntities } from './numeric-entities.js';
import { EntityTagger, type TokenRange } from './tagger.js';
import { TAG_IS_B, TAG_TYPE, type ConllType } from './tags.js';

export interface EntityMention {
  text: string;
  type: EntityType;
  /** Character offsets into the input text. */
  start: number;
  end: number;
}

let tagger: EntityTagger | null = null;

/** The tagger with the shipped model (loaded once, on first use). */
export function defaultTagger(): EntityTagger {
  return (tagger ??= new EntityTagger(loadModel().weights));
}

/**
 * Replaces the default tagger by a fresh one, with or without the memory of tagged sentences (the
 * speed bench measures text whose sentences were never seen before without it).
 */
export function resetDefaultTagger(opts: { sentenceCache?: boolean } = {}): void {
  tagger = new EntityTagger(loadModel().weights, undefined, opts.sentenceCache === false ? 0 : undefined);
}

// Names carry at least one capital letter: drops stray spans in caseless scripts (CJK, Arabic).
const NUMERIC_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'MONEY', 'PERCENT', 'QUANTITY']);
const HAS_UPPER_RE = /\p{Lu}/u;

/** Token ranges of the sentence spans: the tokens whose start lies in each span (empty ones left out). */
function sentenceRanges(tokens: readonly Token[], sentences: readonly Span[]): TokenRange[] {
  const out: TokenRange[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    const start = k;
    while (k < tokens.length && tokens[k].start < s.end) k++;
    if (k > start) out.push({ start, end: k });
  }
  return out;
}

function taggedMentions(text: string, tokens: readonly Token[], ranges: readonly TokenRange[], t: Uint8Array): EntityMention[] {
  const out: EntityMention[] = [];
  for (const r of ranges) {
    for (let i = r.start; i < r.end; i++) {
      if (t[i] === 0) continue;
      const type = TAG_TYPE[t[i]];
      let j = i + 1;
      while (j < r.end && t[j] !== 0 && !TAG_IS_B[t[j]] && TAG_TYPE[t[j]] === type) j++;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const surface = text.slice(start, end);
      if (HAS_UPPER_RE.test(surface)) out.push({ text: surface, type: parallaxType(type as ConllType, surface), start, end });
      i = j - 1;
    }
  }
  return out;
}

/**
 * Named, numeric and temporal entity mentions of `text`, sorted by offset. `sentences` (spans into
 * `text`) may be passed when already known; otherwise they are computed.
 */
export function recognizeEntities(text: string, sentences?: readonly Span[], entityTagger: EntityTagger = defaultTagger()): EntityMention[] {
  return recognizeEntitiesInTokens(text, tokenize(text), sentences, entityTagger);
}

/**
 * recognizeEntities over the tokens of `text` already computed (the language stage tokenises once).
 * `lowerOut`, when given, receives the lower-case form of every token (for the event rules).
 */
export function recognizeEntitiesInTokens(
  text: string, tokens: readonly Token[], sentences?: readonly Span[], entityTagger: EntityTagger = defaultTagger(), lowerOut?: string[],
): EntityMention[] {
  const ranges = sentenceRanges(tokens, sentences ?? splitSentencesFromTokens(text, tokens));
  const tags = entityTagger.tagTokens(tokens, ranges, lowerOut, text);
  const named = taggedMentions(text, tokens, ranges, tags);
  const numeric = numericEntities(text).map((s) => ({ type: s.type, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  // A rule span wins over a tagged name it overlaps ("Jan. 5" is a DATE, not a MISC).
  return dropOverlaps<EntityMention>([...named, ...numeric], (m) => (NUMERIC_TYPES.has(m.type) ? 1 : 0));
}
