// Who is who inside one article: full names for surname-only mentions, pronoun and role-noun
// antecedents. Works on whatever entity spans it is given (the NER stage or the fallback).
import type { EntityInput, Span } from './types.js';
import { CONNECTOR_WORDS, NON_VERB_FOLLOWERS } from './lexicon-people.js';
import { completeNames } from './complete-names.js';
import { trailingWords } from './trailing-words.js';
import { HEADLINE_INSIDE_NAME } from './lexicon-patterns.js';
import { CASED, charClass, isBlank, isSurrogate, LETTER } from './char-class.js';
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
  /** Role nouns of the person here (null until the first role question: most articles ask none). */
  roles: Set<string> | null;
  /** Lower-case title words stripped from the front of the name. */
  titles: string[];
  /** The entity was tagged PERSON (context roles are read for persons only). */
  person: boolean;
  /** From a title or a known given name; null when unknown (agrees with he and she). */
  gender?: Gender;
  /** Set once the mention is the speaker of a quote. */
  spoke?: boolean;
}

/** Every field always set, in this order (undefined when absent): one object shape for all resolutions. */
export interface Resolved {
  name: string;
  key: string | undefined;
  type: string;
  /** The mention that names it, when the resolution went through one inside the phrase. */
  span: Span | undefined;
  gender: Gender | undefined;
}

export type Gender = 'f' | 'm';

/** The gender a person's title or given name shows ("Mrs. Clinton", "Hillary Clinton"), else undefined. */
export function genderOf(titles: string[], name: string): Gender | undefined {
  for (const t of titles) {
    if (FEMALE_TITLES.has(t)) return 'f';
    if (MALE_TITLES.has(t)) return 'm';
  }
  if (!name.includes(' ')) return undefined; // a surname alone tells nothing
  const first = name.slice(0, name.search(/\s/u)).toLowerCase();
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
const SPACES = /[\s\u00a0]+/u;
const NO_TITLES: string[] = [];

/** Whether `text` splits on single ASCII spaces exactly as on SPACES (no other blanks, no runs, none at the ends). */
function plainSpaced(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : isBlank(c)) return false;
  }
  return true;
}

const isTitleLike = (t: string): boolean =>
  TITLE_WORDS.has(t) || (t.endsWith('.') && TITLE_WORDS.has(t.slice(0, -1))) || DEMONYMS.has(t) || PLACES.has(t) || CONNECTOR_WORDS.has(t);

/** The name without the title words before it (never its last word) and those titles, lower case. */
function stripTitles(text: string): { name: string; titles: string[] } {
  if (!plainSpaced(text)) return stripTitlesSplit(text);
  // single spaces: the words are read in place, and most names have no title to strip
  let at = 0;
  let titles = NO_TITLES;
  for (let sp = text.indexOf(' '); sp >= 0; sp = text.indexOf(' ', at)) {
    const t = text.slice(at, sp).toLowerCase();
    if (!isTitleLike(t)) break;
    if (titles === NO_TITLES) titles = [];
    titles.push(t);
    at = sp + 1;
  }
  return { name: at === 0 ? text : text.slice(at), titles };
}

function stripTitlesSplit(text: string): { name: string; titles: string[] } {
  const toks = text.split(SPACES);
  let i = 0;
  while (i < toks.length - 1 && isTitleLike(toks[i].toLowerCase())) i++;
  return { name: toks.slice(i).join(' '), titles: toks.slice(0, i).map((t) => t.toLowerCase()) };
}

/** A person span that reads as a title-case headline; HEADLINE_INSIDE_NAME needs two blanks, most names have one. */
function headlineLike(text: string): boolean {
  let blanks = 0;
  for (let i = 0; i < text.length && blanks < 2; i++) if (isBlank(text.charCodeAt(i))) blanks++;
  return blanks >= 2 && HEADLINE_INSIDE_NAME.test(text);
}

/** The entities in text order (the tagger's come sorted: no copy then). */
function sortedByStart(entities: EntityInput[]): EntityInput[] {
  for (let i = 1; i < entities.length; i++) if (entities[i].start < entities[i - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  return entities;
}

/** Skips "the " (any case) at the start of a non-person name. */
function withoutLeadingThe(text: string): string {
  return (text.charCodeAt(0) | 32) === 116 ? text.replace(LEADING_THE, '') : text;
}

function toMention(e: EntityInput): Mention {
  const person = e.type === 'PERSON';
  const { name, titles } = person ? stripTitles(e.text) : { name: withoutLeadingThe(e.text), titles: NO_TITLES };
  return { start: e.start, end: e.end, type: e.type, name, full: name, key: e.key ?? e.entity_id, roles: null, titles, person, gender: person ? genderOf(titles, name) : undefined, spoke: false };
}

const PAIRWISE_LIMIT = 2000;

/** The nearest earlier person of `multi` (in text order) whose name holds `m`'s name as a word, else the first one. */
function nearestHolding(multi: Mention[], m: Mention): Mention | null {
  let first: Mention | null = null;
  let hit: Mention | null = null;
  for (const h of multi) {
    if (!hasToken(h.name, m.name)) continue;
    first ??= h;
    if (h.start < m.start) hit = h;
    else break;
  }
  return hit ?? first;
}

/** Token -> multi-word persons holding it, in text order. */
function tokenIndex(multi: Mention[]): Map<string, Mention[]> {
  const byToken = new Map<string, Mention[]>();
  for (const m of multi) {
    for (const tok of new Set(m.name.split(' '))) {
      const list = byToken.get(tok);
      if (list) list.push(m);
      else byToken.set(tok, [m]);
    }
  }
  return byToken;
}

/** Index of the first of `sorted` (by start) that starts at or after `pos` (the length when none does). */
function firstStartingFrom(sorted: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `sorted` (by start) that starts before `at`, else the first. */
function nearestFull(sorted: Mention[] | undefined, at: number): Mention | null {
  if (!sorted?.length) return null;
  const lo = firstStartingFrom(sorted, at);
  return lo > 0 ? sorted[lo - 1] : sorted[0];
}

/** Whether `word` (no space in it) is one of the parts of `name` split on single spaces. */
function hasToken(name: string, word: string): boolean {
  if (word.length === 0) return name.split(' ').includes('');
  for (let p = name.indexOf(word); p >= 0; p = name.indexOf(word, p + 1)) {
    const end = p + word.length;
    if ((p === 0 || name.charCodeAt(p - 1) === 32) && (end === name.length || name.charCodeAt(end) === 32)) return true;
  }
  return false;
}

export class People {
  readonly mentions: Mention[];
  private readonly sentenceStarts: number[];
  private masked: string | null = null;

  constructor(private readonly text: string, entities: EntityInput[], private readonly sentences: Span[]) {
    this.sentenceStarts = sentences.map((s) => s.start);
    const named = entities.filter((e) => e.type !== 'DATE' && e.type !== 'MONEY' && e.type !== 'PERCENT' && e.type !== 'QUANTITY' && !(e.type === 'PERSON' && headlineLike(e.text)));
    this.mentions = completeNames(text, sortedByStart(named)).map((e) => toMention(e));
    this.constructed = this.mentions.slice();
    for (const m of this.mentions) this.longest = Math.max(this.longest, m.end - m.start);
    this.linkSurnames();
  }

  /** The mentions as constructed and the surname links between them, for the role nouns computed on first need. */
  private readonly constructed: Mention[];
  private readonly links: [from: Mention, to: Mention][] = [];
  private rolesReady = false;
  /** Length of the longest mention, so overlap searches can start near their span. */
  private longest = 0;

  /**
   * Role nouns of every constructed mention: its title words and, for a person, the words around it;
   * a linked surname's roles also go to the full name it was linked to.
   */
  private ensureRoles(): void {
    if (this.rolesReady) return;
    this.rolesReady = true;
    for (const m of this.constructed) {
      const roles = new Set<string>(m.titles.filter((t) => ROLE_NOUNS.has(t)));
      if (m.person) for (const r of this.contextRoles(m)) roles.add(r);
      m.roles = roles;
    }
    for (const [from, to] of this.links) for (const r of from.roles!) to.roles!.add(r);
  }

  /** Role nouns right before a name ("spokesman Zhao Lijian") or in an appositive (", the foreign minister,"). */
  private contextRoles(e: Span): string[] {
    const before = trailingWords(this.text, Math.max(0, e.start - 60), e.start);
    const after = this.text.charCodeAt(e.end) === 44 ? APPOSITIVE.exec(this.text.slice(e.end, e.end + 90)) : null; // it opens with a comma
    const words = [...(before !== null ? lowerWords(before).slice(-3) : []), ...(after ? lowerWords(after[1]) : [])];
    return words.filter((w) => ROLE_NOUNS.has(w));
  }

  /** Gives single-token and title-stripped mentions the fullest name of the nearest earlier person sharing the token. */
  private linkSurnames(): void {
    // Few names stand alone: each looks through the multi-word persons (in text order) for its token,
    // in place, instead of splitting every name into an index.
    const multi = this.mentions.filter((m) => m.type === 'PERSON' && m.name.includes(' '));
    const singles = this.mentions.filter((m) => !m.name.includes(' ') && (m.type === 'PERSON' || m.type === 'MISC'));
    // (a long article with many of both gets a token index: the pairwise look would be quadratic)
    const index = singles.length * multi.length > PAIRWISE_LIMIT ? tokenIndex(multi) : null;
    for (const m of singles) {
      const hit = index ? nearestFull(index.get(m.name), m.start) : nearestHolding(multi, m);
      if (hit) {
        m.full = hit.full;
        m.type = 'PERSON';
        m.key ??= hit.key;
        m.gender ??= hit.gender;
        this.links.push([m, hit]);
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
    const inside: Mention[] = [];
    for (let i = this.overlapFrom(span.start); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      const m = this.mentions[i];
      if (m.end > span.start) inside.push(m);
    }
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
        return { name, key: undefined, type: 'PERSON', span: { start: span.start, end: span.end }, gender: undefined };
      }
    }
    return { name: pick.full, key: pick.key, type: pick.type, span: { start: pick.start, end: pick.end }, gender: undefined };
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
    for (let i = this.firstFrom(sent.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= pos) break;
      if (m.type !== 'PERSON' || this.masked.charCodeAt(m.start) === 32 || (want && m.gender && m.gender !== want)) continue;
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
    for (let i = this.firstFrom(s.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= s.end) break;
      if (m.spoke && m.type === 'PERSON' && !(want && m.gender && m.gender !== want)) hit = m;
    }
    return hit ? this.asResolved(hit) : null;
  }

  /** Answers of aboutSpeaking by sentence start (pronouns look back over the same sentences). */
  private readonly speaking = new Map<number, boolean>();

  /** Whether a lower-case word (a run of \p{L}) of the sentence is a cue verb or a speech noun. */
  private aboutSpeaking(s: Span): boolean {
    const known = this.speaking.get(s.start);
    if (known !== undefined) return known;
    const answer = this.readSpeaking(s);
    this.speaking.set(s.start, answer);
    return answer;
  }

  private readSpeaking(s: Span): boolean {
    const text = this.text;
    let i = s.start;
    while (i < s.end) {
      const c = text.charCodeAt(i);
      if (isSurrogate(c)) return this.aboutSpeakingByRegex(s); // a pair is one code point to the regex
      const k = charClass(c);
      if ((k & LETTER) === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      let cased = k & CASED;
      for (; j < s.end; j++) {
        const d = text.charCodeAt(j);
        if (isSurrogate(d)) return this.aboutSpeakingByRegex(s);
        const kd = charClass(d);
        if ((kd & LETTER) === 0) break;
        cased |= kd & CASED;
      }
      // a word with a character that lower-casing changes is not lower case
      if (cased === 0) {
        const w = text.slice(i, j);
        if (CUE_VERBS.has(w) || SPEECH_NOUNS.has(w)) return true;
      }
      i = j;
    }
    return false;
  }

  private aboutSpeakingByRegex(s: Span): boolean {
    for (const w of this.text.slice(s.start, s.end).matchAll(WORD)) {
      const lw = w[0].toLowerCase();
      if (w[0] === lw && (CUE_VERBS.has(lw) || SPEECH_NOUNS.has(lw))) return true;
    }
    return false;
  }

  hasPersonIn(span: Span): boolean {
    for (let i = this.overlapFrom(span.start); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      const m = this.mentions[i];
      if (m.type === 'PERSON' && m.end > span.start) return true;
    }
    return false;
  }

  /** Marks the mention inside `span` as a speaker. */
  markSpoke(span: Span): void {
    for (let i = this.firstFrom(span.start); i < this.mentions.length && this.mentions[i].start <= span.end; i++) {
      const m = this.mentions[i];
      if (m.end <= span.end) m.spoke = true;
    }
  }

  private asResolved(m: Mention): Resolved {
    return { name: m.full, key: m.key, type: m.type, span: undefined, gender: m.gender };
  }

  /** The person last introduced with this role noun before `pos` (else the first one after). */
  resolveRole(role: string, pos: number): Resolved | null {
    this.ensureRoles();
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.type !== 'PERSON' || !this.hasRole(m, role)) continue;
      if (m.start < pos) best = m;
      else if (!best) best = m;
    }
    return best ? this.asResolved(best) : null;
  }

  private hasRole(m: Mention, role: string): boolean {
    if (m.roles?.has(role)) return true;
    for (const o of this.mentions) if (o !== m && o.full === m.full && o.roles?.has(role)) return true;
    return false;
  }

  /** Records that `span` (a pronoun or role noun) names `who`, so later pronouns can find it. */
  addMention(span: Span, who: Resolved): void {
    const m: Mention = { start: span.start, end: span.end, type: who.type, name: who.name, full: who.name, key: who.key, roles: new Set(), titles: NO_TITLES, person: false, gender: who.gender, spoke: true };
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1].start > m.start) i--;
    if (this.mentions[i - 1]?.start === m.start) return;
    this.mentions.splice(i, 0, m);
    this.longest = Math.max(this.longest, m.end - m.start);
  }

  /** The subject of a sentence: a name followed by a verb, else a he/she subject (resolved further back), else the first name. */
  private subjectIn(s: Span, depth: number): Resolved | null {
    let first: Mention | null = null;
    let subject: Mention | null = null;
    for (let i = this.firstFrom(s.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= s.end) break;
      if (m.type !== 'PERSON') continue;
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

  /** Index of the first mention (they are kept in text order) that starts at or after `pos`. */
  private firstFrom(pos: number): number {
    return firstStartingFrom(this.mentions, pos);
  }

  /** Index from which a mention may reach past `pos` (none before it is longer than the longest). */
  private overlapFrom(pos: number): number {
    return this.firstFrom(pos - this.longest + 1);
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
