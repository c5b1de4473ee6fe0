// Quotes and their speakers in one article's text: spans in marks (direct, partial, scare),
// reported speech (indirect), each with its cue and speaker resolved to the fullest name.
import type { QuoteContext, QuoteKind, QuoteMention, Span, Speaker } from './types.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { recognizeEntities } from '../ner/recognize-entities.js';
import { People } from './people.js';
import { cueAfter, cueBefore, cueFallback, cueLater, invertedCue, labelIntro, leadingSubject, outerSource, type Cue } from './attribution.js';
import { tokenize } from './tokens.js';
import { resolveCredit, resolveLabel, resolveSpeaker, speakerOf } from './speaker.js';
import { dashCredit, transcriptLabel } from './credit-line.js';
import { classify } from './classify.js';
import { mergeInterrupted, type Draft } from './merge.js';
import { findIndirect, reportedSpeech } from './indirect.js';
import { LIMITS, PERSON_PRONOUNS } from './lexicon.js';
import { charClass, isBlank, isSurrogate, LOWER } from './char-class.js';

export type { QuoteContext, QuoteMention, QuoteKind, Speaker, EntityInput } from './types.js';

/**
 * Quotes of `text` with kinds, cues and speakers. Sentences and entities default to the project's
 * splitter (language/sentences) and trained tagger (language/ner); pass them when already computed.
 */
export function findQuotes(text: string, context: QuoteContext = {}): QuoteMention[] {
  const sentences = joinBrokenSentences(text, context.sentences?.length ? sortedByStart(context.sentences) : splitSentences(text));
  const people = new People(text, context.entities ?? recognizeEntities(text, sentences), sentences);
  const spans = findQuotedSpans(text);
  const masked = blankQuotes(text, spans);
  people.setMasked(masked);
  const drafts: Draft[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;
  for (const q of spans) {
    const d = draftQuote(text, masked, q, sentences, people, last);
    drafts.push(d);
    if (d.speaker && d.kind !== 'scare') last = { speaker: d.speaker, sentence: people.sentenceIndex(q.close) };
  }
  const quotes = mergeInterrupted(text, drafts).map(publish);
  const indirect = findIndirect(text, masked, sentences, spans, people);
  return mergeByOffset(quotes, indirect);
}

const byOffset = (a: QuoteMention, b: QuoteMention): number => a.start - b.start || a.end - b.end;

/** [...a, ...b] sorted by offsets (stable); both come in text order, so a merge does it. */
function mergeByOffset(a: QuoteMention[], b: QuoteMention[]): QuoteMention[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort(byOffset);
  const out: QuoteMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byOffset(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function inOrder(list: QuoteMention[]): boolean {
  for (let i = 1; i < list.length; i++) if (byOffset(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** The sentences in text order (the splitter's come sorted: no copy then). */
function sortedByStart(sentences: Span[]): Span[] {
  for (let i = 1; i < sentences.length; i++) if (sentences[i].start < sentences[i - 1].start) return [...sentences].sort((a, b) => a.start - b.start);
  return sentences;
}

/** A sentence cannot open with a comma or a lower-case word: the split after "R-Ky." or "Sen." was wrong, so the two are one. */
const BROKEN_START = /^\s*[,;:)\p{Ll}]/u;

function joinBrokenSentences(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && brokenStart(text, s.start)) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** BROKEN_START on the sentence's first 8 characters, read in place. */
function brokenStart(text: string, start: number): boolean {
  const end = Math.min(text.length, start + 8);
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (isSurrogate(c)) return BROKEN_START.test(text.slice(start, end));
  return c === 44 || c === 59 || c === 58 || c === 41 || (charClass(c) & LOWER) !== 0;
}

function publish(d: Draft): QuoteMention {
  const q: QuoteMention = { text: d.text, kind: d.kind, start: d.start, end: d.end, cue: d.cue, speaker: d.speaker };
  if (d.cueStart !== undefined) q.cueStart = d.cueStart;
  return q;
}

/** Replaces the inside of every quote with spaces, so cue searches never read quoted words. */
function blankQuotes(text: string, spans: QuotedSpan[]): string {
  if (spans.length === 0) return text;
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
  const label = transcriptLabel(text, q.innerStart, q.innerEnd);
  const cue = label ?? withOuterSource(masked, chooseCue(masked, q, inner, before, sent.start, afterEnd, ownEnd), sent.start, Math.max(afterEnd, ownEnd));
  const kind = label ? 'direct' : classify({ inner, before, cue });
  if (kind === 'scare') return draft(inner, kind, q, null, undefined, null, false, null);
  let speaker = label?.np ? resolveLabel(text, label.np, people) : cue?.np ? (cue.credit ? resolveCredit(text, cue.np, people) : resolveSpeaker(text, cue.np, people)) : null;
  if (!cue && kind === 'direct') speaker = standaloneSpeaker(text, masked, sentences, si, people, last, q.open);
  const cueAfterEnd = cue?.where === 'after' && cue.np && !cue.credit ? Math.max(cue.np.end, cue.cueStart + cue.cue.length) : null;
  const ownCue = cue !== null && (cue.cue !== '' || cue === label || cue.credit === true);
  return draft(inner, kind, q, cue?.cue || null, ownCue && cue ? cue.cueStart : undefined, speaker, ownCue, cueAfterEnd);
}

/** One shape for every draft: object spreads with optional parts were the costliest line of the stage. */
function draft(text: string, kind: QuoteKind, q: QuotedSpan, cue: string | null, cueStart: number | undefined, speaker: Speaker | null, ownCue: boolean, cueAfterEnd: number | null): Draft {
  return { text, kind, start: q.innerStart, end: q.innerEnd, cue, cueStart, speaker, open: q.open, close: q.close, ownCue, cueAfterEnd };
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
  const credit = dashCredit(masked, q.close);
  if (credit && startsSentence) return credit;
  const label = startsSentence ? null : labelIntro(masked, sentStart, q.open);
  if (label) return label;
  const endsSentence = /[.!?]["”’]*$/u.test(inner);
  const after = !endsSentence || startsSentence ? cueAfter(masked, q.close, afterEnd) : null;
  const prior = startsSentence ? null : cueBefore(masked, sentStart, q.open);
  // (No closure for the later cue: tsx keeps function names, which makes each closure costly to create.)
  if (startsSentence) return after ?? (endsSentence ? null : laterCue(masked, q, ownEnd));
  if (prior?.where === 'intro' && prior.np) return prior;
  if (credit) return credit;
  // "Sen. Ann Lee scolded him: “…,” she said": a colon intro names whom the pronoun after the quote stands for
  if (after?.np && /:\s*$/u.test(before) && isPronoun(masked, after.np)) {
    const intro = cueFallback(masked, sentStart, q.open);
    if (intro?.np) return { ...after, np: intro.np };
  }
  const found = prior?.np ? prior : (after ?? laterCue(masked, q, ownEnd) ?? prior);
  if (found?.np) return found;
  // "Holt urged voters to “…” and said …": a cue after the quote with no subject of its own shares the sentence's
  const shared = found?.where === 'after' ? leadingSubject(tokenize(masked, sentStart, q.open)) : null;
  if (found && shared) return { ...found, np: shared };
  return invertedCue(masked, sentStart, q.open) ?? cueFallback(masked, sentStart, q.open) ?? found;
}

/** A cue later in the quote's own sentence, when the sentence goes on after the quote. */
const laterCue = (masked: string, q: QuotedSpan, ownEnd: number): Cue | null => (ownEnd > q.close ? cueLater(masked, q.close, ownEnd) : null);

/**
 * A quote standing alone continues the speaker of a quote in the sentence just before; else the
 * speaker of reported speech there ("…, Holt said. “…”"); else the last speaker a sentence or two
 * back; else whoever the previous sentences put forward.
 */
function standaloneSpeaker(text: string, masked: string, sentences: Span[], si: number, people: People, last: { speaker: Speaker; sentence: number } | null, open: number): Speaker | null {
  if (last && si - last.sentence <= 1) return last.speaker;
  const prev = si > 0 ? reportedSpeech(masked, sentences[si - 1]) : null;
  const named = prev?.np && (/^\p{Lu}/u.test(text.slice(prev.np.start, prev.np.start + 1)) || isPronoun(masked, prev.np));
  const reporter = named && prev?.np ? resolveSpeaker(text, prev.np, people) : null;
  if (reporter) return reporter;
  if (last && si - last.sentence <= LIMITS.carrySentences) return last.speaker;
  return pronounLike(people, open);
}

const isPronoun = (masked: string, np: Span): boolean => PERSON_PRONOUNS.has(masked.slice(np.start, np.end).toLowerCase());

function pronounLike(people: People, at: number): Speaker | null {
  const who = people.resolvePronoun(at);
  return who ? speakerOf(who.name, at, at, who.key) : null;
}

function nextNonSpace(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return Math.min(i, Math.max(0, text.length - 1));
}
