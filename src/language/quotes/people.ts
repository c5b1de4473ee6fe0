// Who is who inside one article: full names for surname-only mentions, pronoun and role-noun
// antecedents. Works on whatever entity spans it is given (the NER stage or the fallback).
import type { EntityInput, Span } from './types.js';
import { CONNECTOR_WORDS, NON_VERB_FOLLOWERS } from './lexicon-people.js';
import { completeNames } from './complete-names.js';
import { trailingWords } from './trailing-words.js';
import { HEADLINE_INSIDE_NAME } from './lexicon-patterns.js';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES } from './lexicon-gender.js';
import { CUE_VERBS, DEMONYMS, LIMITS, PLACES, ROLE_NOUNS, SPEECH_NOUNS, TITLE_WORDS } from './lexicon.js';

export interface Mention {
  start: number;
  end: number;
  type: string;
  /** Name tokens without titles ("Wang Yi" for "Chinese Foreign Minister Wang Yi"). */
  name: string;
  /** Fullest form of the same person in the article (set by resolve()). */
  full: string;
  key?: string;
  roles: Set<string>;
  /** From a title or a known given name; null when unknown (agrees with he and she). */
  gender?: Gender;
  /** Set once the mention is the speaker of a quote. */
  spoke?: boolean;
}

export interface Resolved {
  name: string;
  key?: string;
  type: string;
  /** The mention that names it, when the resolution went through one inside the phrase. */
  span?: Span;
  gender?: Gender;
}

export type Gender = 'f' | 'm';

/** The gender a person's title or given name shows ("Mrs. Clinton", "Hillary Clinton"), else undefined. */
export function genderOf(titles: string[], name: string): Gender | undefined {
  for (const t of titles) {
    if (FEMALE_TITLES.has(t)) return 'f';
    if (MALE_TITLES.has(t)) return 'm';
  }
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!name.includes(' ')) return undefined; // a surname alone tells nothing
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  return undefined;
}

const pronounGender = (word: string): Gender | undefined => (/^(?:she|her|hers)$/iu.test(word) ? 'f' : /^(?:he|him|his)$/iu.test(word) ? 'm' : undefined);
/** `who` when its gender fits the pronoun's: "she said" skips a Donald, "he said" a Hillary; unknown genders agree with both. */
const agreeing = (who: Resolved | null, want: Gender | undefined): Resolved | null => (who && want && who.gender && who.gender !== want ? null : who);

const APPOSITIVE = /^,\s+(?:(?:the|a|an|his|her|its|their)\s+)?([^,.;:!?“”"]{2,70}?)(?=,|\.|;|\s+(?:said|says|told|who)\b)/u;
const AFTER_SUBJECT = /^(?:,[^,.!?;“”"]{1,70},)?\s*([\p{L}’']+)/u;

const LEADING_THE = /^the\s+/iu;
/** Capitalised words and initials only: "Sen. Ann Lee". */
const NAME_RUN = /^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,5}$/u;
const PRONOUN_SUBJECT = /\b(?:he|she|He|She)\s+(?!and\b|or\b)\p{Ll}/u;
const WORD = /\p{L}+/gu;
/** Sentences back a remembered speaker still beats a newly named non-speaker ("…,” he said). */
const SPEAKER_REACH = 2;
const lowerWords = (s: string): string[] => s.toLowerCase().split(/[\s\u00a0]+/u).filter(Boolean);

function stripTitles(text: string): { name: string; titles: string[] } {
  const toks = text.split(/[\s\u00a0]+/u);
  let i = 0;
  while (i < toks.length - 1) {
    const t = toks[i].toLowerCase();
    if (TITLE_WORDS.has(t) || TITLE_WORDS.has(t.replace(/\.$/, '')) || DEMONYMS.has(t) || PLACES.has(t) || CONNECTOR_WORDS.has(t)) i++;
    else break;
  }
  return { name: toks.slice(i).join(' '), titles: toks.slice(0, i).map((t) => t.toLowerCase()) };
}

/** The last of `sorted` (by start) that starts before `at`, else the first. */
function nearestFull(sorted: Mention[] | undefined, at: number): Mention | null {
  if (!sorted?.length) return null;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : sorted[0];
}

export class People {
  readonly mentions: Mention[];
  private readonly sentenceStarts: number[];
  private masked: string | null = null;

  constructor(private readonly text: string, entities: EntityInput[], private readonly sentences: Span[]) {
    this.sentenceStarts = sentences.map((s) => s.start);
    const named = entities.filter((e) => e.type !== 'DATE' && e.type !== 'MONEY' && e.type !== 'PERCENT' && e.type !== 'QUANTITY' && !(e.type === 'PERSON' && HEADLINE_INSIDE_NAME.test(e.text)));
    this.mentions = completeNames(text, [...named].sort((a, b) => a.start - b.start)).map((e) => this.toMention(e));
    this.linkSurnames();
  }

  private toMention(e: EntityInput): Mention {
    const isPerson = e.type === 'PERSON';
    const { name, titles } = isPerson ? stripTitles(e.text) : { name: e.text.replace(LEADING_THE, ''), titles: [] };
    const roles = new Set<string>(titles.filter((t) => ROLE_NOUNS.has(t)));
    if (isPerson) for (const r of this.contextRoles(e)) roles.add(r);
    const key = e.key ?? e.entity_id;
    const gender = isPerson ? genderOf(titles, name) : undefined;
    return { start: e.start, end: e.end, type: e.type, name, full: name, roles, ...(gender ? { gender } : {}), ...(key ? { key } : {}) };
  }

  /** Role nouns right before a name ("spokesman Zhao Lijian") or in an appositive (", the foreign minister,"). */
  private contextRoles(e: Span): string[] {
    const before = trailingWords(this.text, Math.max(0, e.start - 60), e.start);
    const after = APPOSITIVE.exec(this.text.slice(e.end, e.end + 90));
    const words = [...(before !== null ? lowerWords(before).slice(-3) : []), ...(after ? lowerWords(after[1]) : [])];
    return words.filter((w) => ROLE_NOUNS.has(w));
  }

  /** Gives single-token and title-stripped mentions the fullest name of the nearest earlier person sharing the token. */
  private linkSurnames(): void {
    // token -> multi-word persons holding it, in text order (one pass; a scan of all of them per mention was quadratic)
    const byToken = new Map<string, Mention[]>();
    for (const m of this.mentions) {
      if (m.type !== 'PERSON' || !m.name.includes(' ')) continue;
      for (const tok of new Set(m.name.split(' '))) {
        const list = byToken.get(tok);
        if (list) list.push(m);
        else byToken.set(tok, [m]);
      }
    }
    for (const m of this.mentions) {
      if (m.name.includes(' ') || (m.type !== 'PERSON' && m.type !== 'MISC')) continue;
      const hit = nearestFull(byToken.get(m.name), m.start);
      if (hit) {
        m.full = hit.full;
        m.type = 'PERSON';
        m.key ??= hit.key;
        m.gender ??= hit.gender;
        for (const r of m.roles) hit.roles.add(r);
      }
    }
  }

  /** The person whose name ends with `label`'s last word in any case ("HOLT" -> "Dana Holt"): the nearest before `pos`, else the first after. */
  byLabel(label: string, pos: number): Resolved | null {
    const last = label.toLowerCase().split(/\s+/u).pop() ?? '';
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.type !== 'PERSON' || m.full.toLowerCase().split(/\s+/u).pop() !== last) continue;
      if (m.start < pos || !best) best = m;
      else break;
    }
    return best ? this.asResolved(best) : null;
  }

  /** Resolves a name span to the person (or organisation) it names. */
  resolveSpan(span: Span): Resolved | null {
    const inside = this.mentions.filter((m) => m.start < span.end && m.end > span.start);
    // "Dean Johnson, a salesman from Sumter, South Carolina" names its head first; "campaign chairman John Podesta" last.
    const ordered = this.text.slice(span.start, span.end).includes(',') ? inside : [...inside].reverse();
    const pick = ordered.find((m) => m.type === 'PERSON') ?? ordered.find((m) => m.type === 'ORG' || m.type === 'GPE' || m.type === 'MISC');
    if (!pick) return null;
    if (pick.type === 'MISC') {
      // a bare capitalised phrase as the subject of a cue verb; when the tagger cut it short of the
      // phrase's name ("Democratic Sen. Ann" of "Democratic Sen. Ann Lee"), the whole name speaks
      pick.type = 'PERSON';
      const phrase = this.text.slice(span.start, span.end);
      if (span.end > pick.end && NAME_RUN.test(phrase)) {
        const name = stripTitles(phrase).name;
        pick.full = name;
        return { name, type: 'PERSON', span: { start: span.start, end: span.end } };
      }
    }
    return { name: pick.full, type: pick.type, span: { start: pick.start, end: pick.end }, ...(pick.key ? { key: pick.key } : {}) };
  }

  /**
   * The person a he/she at `pos` refers to: a recent speaker, or the subject of the nearest earlier
   * sentence that talks about speaking; a plain subject otherwise.
   */
  resolvePronoun(pos: number, depth = 0): Resolved | null {
    const si = this.sentenceIndex(pos);
    const want = pronounGender(/^\p{L}+/u.exec(this.text.slice(pos, pos + 4))?.[0] ?? '');
    const here = depth === 0 ? this.subjectBefore(si, pos, want) : null;
    if (here) return here;
    let fallback: { who: Resolved; s: number } | null = null;
    for (let s = si - 1; s >= Math.max(0, si - LIMITS.antecedentSentences); s--) {
      const sent = this.sentences[s];
      const spoke = this.speakerIn(sent, want);
      if (spoke) return spoke;
      if (fallback && fallback.s - s >= SPEAKER_REACH) break;
      const subj = agreeing(this.subjectIn(sent, depth), want);
      if (!subj) continue;
      if (this.aboutSpeaking(sent)) return fallback?.who ?? subj;
      fallback ??= { who: subj, s };
    }
    return fallback?.who ?? null;
  }

  /**
   * "Ruiz, her opponent, criticised the plan and said he …": the nearest person of the pronoun's
   * gender who is the subject of a verb earlier in its own sentence, outside quotes (a name inside
   * the quote before "…,” she said" is who she talks about).
   */
  private subjectBefore(si: number, pos: number, want: Gender | undefined): Resolved | null {
    const sent = this.sentences[si];
    if (!sent || !this.masked) return null;
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (m.start < sent.start || m.type !== 'PERSON' || this.masked.charCodeAt(m.start) === 32 || (want && m.gender && m.gender !== want)) continue;
      const next = AFTER_SUBJECT.exec(this.text.slice(m.end, Math.min(pos, m.end + 90)));
      if (next && /^\p{Ll}/u.test(next[1]) && !NON_VERB_FOLLOWERS.has(next[1])) hit = m; // the nearest subject
      else hit ??= m;
    }
    return hit ? this.asResolved(hit) : null;
  }

  /** The text with quote contents blanked, so mentions inside quotes are told apart. */
  setMasked(masked: string): void {
    this.masked = masked;
  }

  private speakerIn(s: Span, want?: Gender): Resolved | null {
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= s.end) break;
      if (m.start >= s.start && m.spoke && m.type === 'PERSON' && !(want && m.gender && m.gender !== want)) hit = m;
    }
    return hit ? this.asResolved(hit) : null;
  }

  private aboutSpeaking(s: Span): boolean {
    for (const w of this.text.slice(s.start, s.end).matchAll(WORD)) {
      const lw = w[0].toLowerCase();
      if (w[0] === lw && (CUE_VERBS.has(lw) || SPEECH_NOUNS.has(lw))) return true;
    }
    return false;
  }

  hasPersonIn(span: Span): boolean {
    return this.mentions.some((m) => m.type === 'PERSON' && m.start < span.end && m.end > span.start);
  }

  /** Marks the mention inside `span` as a speaker. */
  markSpoke(span: Span): void {
    for (const m of this.mentions) if (m.start >= span.start && m.end <= span.end) m.spoke = true;
  }

  private asResolved(m: Mention): Resolved {
    return { name: m.full, type: m.type, ...(m.gender ? { gender: m.gender } : {}), ...(m.key ? { key: m.key } : {}) };
  }

  /** The person last introduced with this role noun before `pos` (else the first one after). */
  resolveRole(role: string, pos: number): Resolved | null {
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.type !== 'PERSON' || !this.hasRole(m, role)) continue;
      if (m.start < pos) best = m;
      else if (!best) best = m;
    }
    return best ? this.asResolved(best) : null;
  }

  private hasRole(m: Mention, role: string): boolean {
    if (m.roles.has(role)) return true;
    for (const o of this.mentions) if (o !== m && o.full === m.full && o.roles.has(role)) return true;
    return false;
  }

  /** Records that `span` (a pronoun or role noun) names `who`, so later pronouns can find it. */
  addMention(span: Span, who: Resolved): void {
    const m: Mention = { start: span.start, end: span.end, type: who.type, name: who.name, full: who.name, roles: new Set(), spoke: true, ...(who.gender ? { gender: who.gender } : {}), ...(who.key ? { key: who.key } : {}) };
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1].start > m.start) i--;
    if (this.mentions[i - 1]?.start === m.start) return;
    this.mentions.splice(i, 0, m);
  }

  /** The subject of a sentence: a name followed by a verb, else a he/she subject (resolved further back), else the first name. */
  private subjectIn(s: Span, depth: number): Resolved | null {
    let first: Mention | null = null;
    let subject: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start < s.start || m.type !== 'PERSON') continue;
      if (m.start >= s.end) break;
      first ??= m;
      const next = AFTER_SUBJECT.exec(this.text.slice(m.end, Math.min(s.end, m.end + 90)));
      if (next && /^\p{Ll}/u.test(next[1]) && !NON_VERB_FOLLOWERS.has(next[1])) { subject = m; break; }
    }
    const pr = depth < 3 ? PRONOUN_SUBJECT.exec(this.text.slice(s.start, s.end)) : null;
    if (pr && (!subject || s.start + pr.index < subject.start) && !this.mentions.some((m) => m.start === s.start + pr.index)) {
      const who = this.resolvePronoun(s.start + pr.index, depth + 1);
      if (who) return who;
    }
    const pick = subject ?? first;
    return pick ? this.asResolved(pick) : null;
  }

  sentenceIndex(pos: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentenceStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}
