// Quotes and their speakers in one article's text: spans in marks (direct, partial, scare),
// reported speech (indirect), each with its cue and speaker resolved to the fullest name.
import type { QuoteContext, QuoteMention, Span, Speaker } from './types.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { recognizeEntities } from '../ner/recognize-entities.js';
import { People } from './people.js';
import { cueAfter, cueBefore, cueFallback, cueLater, invertedCue, labelIntro, outerSource, type Cue } from './attribution.js';
import { resolveSpeaker } from './speaker.js';
import { classify } from './classify.js';
import { mergeInterrupted, type Draft } from './merge.js';
import { findIndirect } from './indirect.js';
import { LIMITS } from './lexicon.js';

export type { QuoteContext, QuoteMention, QuoteKind, Speaker, EntityInput } from './types.js';

/**
 * Quotes of `text` with kinds, cues and speakers. Sentences and entities default to the project's
 * splitter (language/sentences) and trained tagger (language/ner); pass them when already computed.
 */
export function findQuotes(text: string, context: QuoteContext = {}): QuoteMention[] {
  const sentences = context.sentences?.length ? [...context.sentences].sort((a, b) => a.start - b.start) : splitSentences(text);
  const people = new People(text, context.entities ?? recognizeEntities(text, sentences), sentences);
  const spans = findQuotedSpans(text);
  const masked = blankQuotes(text, spans);
  const drafts: Draft[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;
  for (const q of spans) {
    const d = draftQuote(text, masked, q, sentences, people, last);
    drafts.push(d);
    if (d.speaker && d.kind !== 'scare') last = { speaker: d.speaker, sentence: people.sentenceIndex(q.close) };
  }
  const quotes = mergeInterrupted(text, drafts).map(publish);
  const indirect = findIndirect(text, masked, sentences, spans, people);
  return [...quotes, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
}

function publish(d: Draft): QuoteMention {
  const q: QuoteMention = { text: d.text, kind: d.kind, start: d.start, end: d.end, cue: d.cue, speaker: d.speaker };
  if (d.cueStart !== undefined) q.cueStart = d.cueStart;
  return q;
}

/** Replaces the inside of every quote with spaces, so cue searches never read quoted words. */
function blankQuotes(text: string, spans: QuotedSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of spans) {
    parts.push(text.slice(at, q.innerStart), ' '.repeat(q.innerEnd - q.innerStart));
    at = q.innerEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function sentenceAt(sentences: Span[], people: People, pos: number): Span {
  return sentences[people.sentenceIndex(pos)] ?? { start: 0, end: pos };
}

function draftQuote(text: string, masked: string, q: QuotedSpan, sentences: Span[], people: People, last: { speaker: Speaker; sentence: number } | null): Draft {
  const inner = text.slice(q.innerStart, q.innerEnd);
  let sent = sentenceAt(sentences, people, q.open);
  if (sent.start > q.open) sent = { start: q.open, end: sent.end };
  let before = masked.slice(sent.start, q.open);
  const si = people.sentenceIndex(q.open);
  if (before.trim() === '' && si > 0 && /:\s*$/u.test(masked.slice(sentences[si - 1].start, sentences[si - 1].end))) {
    sent = { start: sentences[si - 1].start, end: sent.end }; // "He told Shoigu:\n“…”"
    before = masked.slice(sent.start, q.open);
  }
  const afterEnd = sentenceAt(sentences, people, nextNonSpace(text, q.close)).end;
  const ownEnd = Math.max(q.close, sentenceAt(sentences, people, q.close - 1).end);
  const cue = withOuterSource(masked, chooseCue(masked, q, inner, before, sent.start, afterEnd, ownEnd), sent.start, Math.max(afterEnd, ownEnd));
  const kind = classify({ inner, before, cue });
  const base = { text: inner, kind, start: q.innerStart, end: q.innerEnd, open: q.open, close: q.close };
  if (kind === 'scare') return { ...base, cue: null, speaker: null, ownCue: false, cueAfterEnd: null };
  let speaker = cue?.np ? resolveSpeaker(text, cue.np, people) : null;
  if (!cue && kind === 'direct') {
    // A quote standing alone continues the last speaker, else whoever the previous sentences put forward.
    const carried = last !== null && si - last.sentence <= LIMITS.carrySentences;
    speaker = carried && last ? last.speaker : pronounLike(people, q.open);
  }
  const cueAfterEnd = cue?.where === 'after' && cue.np ? Math.max(cue.np.end, cue.cueStart + cue.cue.length) : null;
  const ownCue = cue !== null && cue.cue !== '';
  return { ...base, cue: cue?.cue || null, ...(ownCue && cue ? { cueStart: cue.cueStart } : {}), speaker, ownCue, cueAfterEnd };
}

/**
 * A whole quote credited inside an "according to" frame ("“…,” Obama said, according to a pool
 * report") gives way to the outer source (PolNeAR's convention); a partial quote inside a reported
 * clause ("Wang urged them to “…”, according to a statement") keeps its own speaker.
 */
function withOuterSource(masked: string, cue: Cue | null, sentStart: number, sentEnd: number): Cue | null {
  if (!cue?.np || cue.cue === '' || cue.cue === 'according to') return cue;
  const outer = outerSource(masked, sentStart, sentEnd, cue.cueStart + cue.cue.length);
  if (!outer || (cue.where !== 'after' && outer.cueStart !== sentStart)) return cue;
  return { ...cue, np: outer.np };
}

function chooseCue(masked: string, q: QuotedSpan, inner: string, before: string, sentStart: number, afterEnd: number, ownEnd: number): Cue | null {
  const startsSentence = before.trim() === '';
  const label = startsSentence ? null : labelIntro(masked, sentStart, q.open);
  if (label) return label;
  const endsSentence = /[.!?]["”’]*$/u.test(inner);
  const after = !endsSentence || startsSentence ? cueAfter(masked, q.close, afterEnd) : null;
  const prior = startsSentence ? null : cueBefore(masked, sentStart, q.open);
  const later = () => (ownEnd > q.close ? cueLater(masked, q.close, ownEnd) : null);
  if (startsSentence) return after ?? (endsSentence ? null : later());
  if (prior?.where === 'intro' && prior.np) return prior;
  const found = prior?.np ? prior : (after ?? later() ?? prior);
  if (found?.np) return found;
  return invertedCue(masked, sentStart, q.open) ?? cueFallback(masked, sentStart, q.open) ?? found;
}

function pronounLike(people: People, at: number): Speaker | null {
  const who = people.resolvePronoun(at);
  return who ? { name: who.name, start: at, end: at, ...(who.key ? { entityKey: who.key } : {}) } : null;
}

function nextNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i])) i++;
  return Math.min(i, Math.max(0, text.length - 1));
}
