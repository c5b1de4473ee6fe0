// Per-article event extraction: for each sentence with an action trigger, the actor, target,
// participants, place and date of the event, with its evidence sentence. Pure and linear in the
// text: it reuses the sentences, entities and dates computed upstream and never re-runs NER or chrono.
import { findQuotedSpans } from '../../language/quotes/quote-marks.js';
import { assignRoles, type PronounResolver } from './assign-roles.js';
import { findTriggers } from './find-triggers.js';
import { inPrepositionalPhrase } from './noun-phrases.js';
import { reportedAt } from './reported.js';
import { resolveDate } from './resolve-date.js';
import { sentenceTokens, sentenceView, type SentenceView } from './sentence-view.js';
import type { Token } from '../../language/tokens/tokenize.js';
import { taxonomy as shippedTaxonomy, type Taxonomy, type TriggerPattern } from './taxonomy.js';
import type { ArticleEvent, EventParty, ExtractEventsOptions } from './types.js';

const bySpan = <T extends { start: number; end: number }>(a: T, b: T): number => a.start - b.start || a.end - b.end;

/** Persons that stood as subjects so far: "he"/"she" stands for the most recent one. */
class PersonMemory {
  private last: EventParty | null = null;

  resolver(): PronounResolver {
    return (v, tok) => {
      for (let t = tok - 1; t >= 0; t--) {
        const e = v.entityAt[t];
        if (e >= 0 && v.entities[e].item.type === 'PERSON' && !inPrepositionalPhrase(v, v.entities[e].first) && !v.quoted[t]) {
          const { key, name, type } = v.entities[e].item;
          return { key, name, type, mention: { start: v.tokens[tok].start, end: v.tokens[tok].end } };
        }
      }
      return this.last && { ...this.last, mention: { start: v.tokens[tok].start, end: v.tokens[tok].end } };
    };
  }

  /** Remembers the sentence's last person in subject position (else its last person). */
  update(v: SentenceView): void {
    let fallback: EventParty | null = null;
    let subject: EventParty | null = null;
    for (const p of v.entities) {
      if (p.item.type !== 'PERSON' || v.quoted[p.first]) continue;
      const party: EventParty = { key: p.item.key, name: p.item.name, type: p.item.type };
      fallback = party;
      if (!inPrepositionalPhrase(v, p.first)) subject = party;
    }
    this.last = subject ?? fallback ?? this.last;
  }
}

export function extractEvents(text: string, options: ExtractEventsOptions, tax: Taxonomy = shippedTaxonomy()): ArticleEvent[] {
  const entities = inSpanOrder(options.entities);
  const dates = inSpanOrder(options.dates);
  const quotes = inSpanOrder(options.quotes ?? findQuotedSpans(text).map((q) => ({ start: q.innerStart, end: q.innerEnd })));
  const sentences = inSpanOrder(options.sentences);
  const memory = new PersonMemory();
  const resolve = memory.resolver();
  const out: ArticleEvent[] = [];
  const allTokens = options.tokens;
  const allLower = allTokens && options.lower && options.lower.length === allTokens.length ? options.lower : null;
  let e0 = 0, d0 = 0, q0 = 0, t0 = 0;
  for (const s of sentences) {
    while (e0 < entities.length && entities[e0].end <= s.start) e0++;
    while (d0 < dates.length && dates[d0].end <= s.start) d0++;
    while (q0 < quotes.length && quotes[q0].end <= s.start) q0++;
    let tokens: Token[];
    let lower: string[];
    if (allTokens) {
      while (t0 < allTokens.length && allTokens[t0].start < s.start) t0++;
      // The sentence's tokens are allTokens[t0 .. t1) but for any running past its end (rare): the
      // words are checked for a trigger in place, and the arrays made only for sentences kept.
      let t1 = t0, contiguous = true;
      for (; t1 < allTokens.length && allTokens[t1].start < s.end; t1++) if (allTokens[t1].end > s.end) contiguous = false;
      let anyTrigger = false;
      for (let i = t0; i < t1 && !anyTrigger; i++) {
        if (contiguous || allTokens[i].end <= s.end) anyTrigger = tax.byFirst.has(allLower ? allLower[i] : allTokens[i].text.toLowerCase());
      }
      // Sentences with no trigger word and no person are skipped before any further work.
      if (!anyTrigger && !anyPerson(entities, e0, s.end)) continue;
      if (contiguous) {
        tokens = allTokens.slice(t0, t1) as Token[];
        lower = allLower ? allLower.slice(t0, t1) : tokens.map((t) => t.text.toLowerCase());
      } else {
        tokens = [];
        lower = [];
        for (let i = t0; i < t1; i++) {
          const t = allTokens[i];
          if (t.end > s.end) continue;
          tokens.push(t);
          lower.push(allLower ? allLower[i] : t.text.toLowerCase());
        }
      }
    } else {
      tokens = sentenceTokens(text, s);
      lower = tokens.map((t) => t.text.toLowerCase());
    }
    // Each token's trigger patterns, looked up once (findTriggers reads them from the view).
    const patterns = new Array<readonly TriggerPattern[] | undefined>(lower.length);
    let anyTrigger = false;
    for (let i = 0; i < lower.length; i++) {
      const list = tax.byFirst.get(lower[i]);
      if (list) anyTrigger = true;
      patterns[i] = list;
    }
    const sentenceEntities = upTo(entities, e0, s.end);
    // (the same skip, for sentences tokenised here)
    if (!anyTrigger && !sentenceEntities.some((e) => e.type === 'PERSON')) continue;
    const v = sentenceView(s, tokens, lower, sentenceEntities, upTo(dates, d0, s.end), overlapping(quotes, q0, s.start, s.end));
    v.patterns = patterns;
    for (const trig of findTriggers(v, tax)) out.push(buildEvent(text, v, trig, options.published, resolve));
    memory.update(v);
  }
  return out;
}

/** `items` by span: themselves when already in that order (as the language stage passes them), else a sorted copy. */
function inSpanOrder<T extends { start: number; end: number }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) if (bySpan(items[i - 1], items[i]) > 0) return [...items].sort(bySpan);
  return items;
}

/** Whether a PERSON is among items[from ..] that start before `end`. */
function anyPerson(items: readonly { start: number; type: string }[], from: number, end: number): boolean {
  for (let i = from; i < items.length && items[i].start < end; i++) if (items[i].type === 'PERSON') return true;
  return false;
}

function upTo<T extends { start: number }>(items: readonly T[], from: number, end: number): T[] {
  const out: T[] = [];
  for (let i = from; i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}

function overlapping<T extends { start: number; end: number }>(items: readonly T[], from: number, start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = from; i < items.length && items[i].start < end; i++) if (items[i].end > start) out.push(items[i]);
  return out;
}

function buildEvent(text: string, v: SentenceView, trig: ReturnType<typeof findTriggers>[number], published: string | null, resolve: PronounResolver): ArticleEvent {
  const kind = trig.pattern.kind;
  const statement = kind.family === 'statement';
  const roles = assignRoles(v, trig, kind.family, trig.pattern.lemma, statement, resolve);
  const when = resolveDate(v, trig, published);
  const start = v.tokens[trig.first].start;
  const end = v.tokens[trig.last].end;
  const evidenceStart = v.tokens[0]?.start ?? v.start;
  const evidenceEnd = v.tokens[v.tokens.length - 1]?.end ?? v.end;
  return {
    kind: kind.kind,
    cameo: kind.cameo,
    score: kind.score,
    trigger: { text: text.slice(start, end), start, end },
    actor: roles.actor,
    target: roles.target,
    participants: roles.participants,
    place: roles.place,
    date: when.date,
    date_source: when.source,
    date_expression: when.span ? { text: text.slice(when.span.start, when.span.end), ...when.span } : null,
    evidence: { text: text.slice(evidenceStart, evidenceEnd), start: evidenceStart, end: evidenceEnd },
    reported: reportedAt(v, trig, statement),
    irrealis: trig.irrealis,
  };
}
