// Finds the cue verb and the speaker phrase of a quote: after it ("…,” Wang said / said Wang),
// before it ("Wang said: “…” / warned Washington not to “…”"), or later in the same sentence.
import type { Span } from './types.js';
import { CAPITALISED_STOPWORDS, CLAUSE_BOUNDARIES, CUE_FILLERS, CUE_VERBS, DETERMINERS, INTRO_WORDS, LIMITS, NOUN_MARKERS, NP_STOPS, PREPOSITIONS, PRONOUNS } from './lexicon.js';
import { isCap, isLow, isWord, tokenIn, tokenize, type Token } from './tokens.js';
import { charClass, UPPER } from './char-class.js';
import { NON_VERB_FOLLOWERS } from './lexicon-people.js';
import { OBJECT_CUES, PHRASAL_CUES } from './lexicon-cues.js';

export interface Cue {
  cue: string;
  cueStart: number;
  /** The speaker phrase, or null when the cue has no subject in reach. */
  np: Span | null;
  /** Where the cue sits relative to the quote. */
  where: 'after' | 'intro' | 'before' | 'later';
  /**
   * A credit line (“…” ― Ana Ortiz): the phrase is the name itself. Always set: one object shape
   * for every cue (an optional field gave cues two hidden classes, and their readers deoptimised).
   */
  credit: boolean;
}

/** A lower-case word that may be a finite verb: "-ed", "-s", or an auxiliary / adverb before one. */
const VERB_LIKE = /^(?:\p{Ll}+(?:ed|s|ew|ote|old|ent|ave|ade|aid|ook|ought|ame)|is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|also|then|later|again|still|never|once|now|just|first|recently|repeatedly)$/u;
const PARTICIPLE = /ing$/u;
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'of', 'at']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet']);
/** Tokens that are quote marks (/^[“”"‘’«»]$/u, as a set: it is tested token by token). */
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', '«', '»']);
/** Tokens a cue after the closing mark may follow (/^[,―—–\-:]$/u). */
const AFTER_MARK_PUNCTUATION = new Set([',', '―', '—', '–', '-', ':']);
const ADVERB = /^\p{Ll}+ly$/u;
/** Tokens at most between a cue and the participle that continues it ("said on Tuesday, adding"). */
const ADJACENT_CUE = 4;

const isAccording = (toks: Token[], i: number): boolean => toks[i]?.lower === 'according' && toks[i + 1]?.lower === 'to';

/** Length in tokens of the cue starting at `i` ("said" 1, "according to" / "shot back" 2), else 0. */
const isCueAt = (toks: Token[], i: number): number => {
  const t = toks[i];
  if (!t) return 0;
  if (isAccording(toks, i)) return 2;
  if (!isLow(t)) return 0;
  const f = cueFlags(t);
  if (f & PHRASAL_HEAD && toks[i + 1]?.lower === PHRASAL_CUES.get(t.lower)) return 2;
  return f & CUE_VERB ? 1 : 0;
};

// The cue searches of neighbouring quotes read the same tokens again: a token's own cue lookups are
// kept in spare bits of its flags (the next token differs between ranges, so that part is not kept).
const CUE_KNOWN = 4;
const CUE_VERB = 8;
const PHRASAL_HEAD = 16;

function cueFlags(t: Token): number {
  let f = t.flags;
  if ((f & CUE_KNOWN) === 0) {
    f |= CUE_KNOWN | (CUE_VERBS.has(t.lower) ? CUE_VERB : 0) | (PHRASAL_CUES.has(t.lower) ? PHRASAL_HEAD : 0);
    t.flags = f;
  }
  return f;
}

/** "…,” Wang said" / "…,” said the spokesman": the pattern right after the closing mark. */
export function cueAfter(masked: string, from: number, sentenceEnd: number): Cue | null {
  const toks = tokenize(masked, from, Math.min(sentenceEnd + 1, from + LIMITS.cueWindow));
  let i = 0;
  while (toks[i] && AFTER_MARK_PUNCTUATION.has(toks[i].text)) i++;
  if (!toks[i] || masked.slice(from, toks[i].start).includes('\n')) return null;
  const head = isCueAt(toks, i);
  if (head > 0) {
    if (PARTICIPLE.test(toks[i].lower)) return null; // "…,” saying the city …: content, not a speaker
    const np = phraseAfter(toks, i + head);
    return np ? { cue: cueText(toks, i, head), cueStart: toks[i].start, np, where: 'after', credit: false } : null;
  }
  const barked = nameThenVerb(toks, i);
  if (barked) return barked;
  const appositive = nameWithAppositive(toks, i);
  if (appositive) return appositive;
  for (let j = i; j < toks.length && j - i <= LIMITS.maxSpeakerWords; j++) {
    const t = toks[j];
    if (SENTENCE_END.has(t.text) || QUOTE_MARKS.has(t.text)) return null;
    const n = isCueAt(toks, j);
    if (n > 0 && j > i) {
      // "…” about fixing inequality, said Marla Kilfoyle": the speaker follows the cue
      // (not after a name: "…,” Sarandon, 69, told MSNBC" — MSNBC is the addressee)
      const canInvert = toks[j - 1]?.text === ',' && !PARTICIPLE.test(toks[j].lower) && !OBJECT_CUES.has(toks[j].lower) && !startsWithName(toks[i]);
      const inverted = canInvert ? phraseAfter(toks, j + n) : null;
      const np = inverted && (charClass(masked.charCodeAt(inverted.start)) & UPPER) !== 0 ? inverted : plausible(toks, trimFillers(toks, i, j));
      if (np) return { cue: cueText(toks, j, n), cueStart: toks[j].start, np, where: 'after', credit: false };
      // "… and said": a coordinated cue, whose subject is the sentence's (found by the caller)
      return j - i === 1 && CONJUNCTIONS.has(toks[i].lower) ? { cue: cueText(toks, j, n), cueStart: toks[j].start, np: null, where: 'after', credit: false } : null;
    }
  }
  return null;
}

const isCapAt = (toks: Token[], i: number): boolean => toks[i] !== undefined && isCap(toks[i]);

const startsWithName = (t: Token): boolean => isCap(t) && !CAPITALISED_STOPWORDS.has(t.lower);

/**
 * "…,” Trump, the 2016 GOP frontrunner and current polling leader in South Carolina, said": a name,
 * an appositive of any length up to LIMITS.appositiveWords, then the cue. The name is the speaker.
 */
function nameWithAppositive(toks: Token[], i: number): Cue | null {
  let e = i;
  while (toks[e + 1] && isWord(toks[e + 1]) && isCap(toks[e + 1]) && e - i < 4) e++;
  if (!startsWithName(toks[i]) || toks[e + 1]?.text !== ',') return null;
  let c = e + 2;
  while (toks[c] && c - e <= LIMITS.appositiveWords && !SENTENCE_END.has(toks[c].text) && !QUOTE_MARKS.has(toks[c].text)) {
    if (toks[c].text === ',' || toks[c].text === '—' || toks[c].text === '―') {
      let v = c + 1;
      while (toks[v] && isWord(toks[v]) && (CUE_FILLERS.has(toks[v].lower) || ADVERB.test(toks[v].text)) && !CUE_VERBS.has(toks[v].lower)) v++;
      const n = isCueAt(toks, v);
      if (n > 0 && !isAccording(toks, v) && !PARTICIPLE.test(toks[v].lower)) {
        return { cue: cueText(toks, v, n), cueStart: toks[v].start, np: { start: toks[i].start, end: toks[e].end }, where: 'after', credit: false };
      }
    }
    c++;
  }
  return null;
}

/** "…,” Oliver barked." / "…,” an angry Hollande retaliated.": a short name and a verb in -ed not in the cue list. */
function nameThenVerb(toks: Token[], i: number): Cue | null {
  let j = i;
  while (toks[j] && isWord(toks[j]) && j - i < 5 && !/^\p{Ll}+ed$/u.test(toks[j].text)) j++;
  const v = toks[j];
  if (!v || j === i || !/^\p{Ll}+ed$/u.test(v.text) || CUE_VERBS.has(v.lower)) return null;
  const after = tokenIn(toks, j + 1);
  if (after && isWord(after) && !NP_STOPS.has(after.lower)) return null;
  const words = toks.slice(i, j);
  if (!words.some((w) => isCap(w))) return null;
  return { cue: v.text, cueStart: v.start, np: { start: words[0].start, end: words[words.length - 1].end }, where: 'after', credit: false };
}

/** A cue word used as a noun: "his remarks", "of late-night tweets" (after a determiner or preposition). */
function nounUse(toks: Token[], j: number): boolean {
  const prev = tokenIn(toks, j - 1);
  if (!prev || !isWord(prev)) return false;
  if (NOUN_MARKERS.has(prev.lower)) return !(PREPOSITIONS.has(prev.lower) && PARTICIPLE.test(toks[j].lower));
  return prev.lower.includes('-') && NOUN_MARKERS.has(tokenIn(toks, j - 2)?.lower ?? '');
}

/**
 * A cue with no subject of its own: a participle after a comma or a preposition ("…, saying “…”",
 * "by saying"), or an infinitive ("have come to believe “…”"). The main clause's subject speaks.
 */
const dependent = (toks: Token[], j: number): boolean => {
  const prev = tokenIn(toks, j - 1)?.lower ?? '';
  return (PARTICIPLE.test(toks[j].lower) && (prev === ',' || PREPOSITIONS.has(prev))) || prev === 'to';
};

/** The nearest cue before the quote in its sentence, with its subject ("Wang pointedly told Blinken that … “…”"). */
export function cueBefore(masked: string, sentenceStart: number, open: number): Cue | null {
  const toks = tokenize(masked, Math.max(sentenceStart, open - 2 * LIMITS.cueWindow), open);
  const endsIntro = /[:,]\s*$/u.test(masked.slice(Math.max(sentenceStart, open - 4), open));
  let first: Cue | null = null;
  let firstAt = -1;
  for (let j = toks.length - 1; j >= 0; j--) {
    const n = isCueAt(toks, j);
    if (n === 0) continue;
    if (isCueAt(toks, j - 1) === 2) continue; // the second word of a two-word cue
    if (nounUse(toks, j)) continue;
    const where = endsIntro && toks.length - j <= 8 ? 'intro' : 'before';
    const np = isAccording(toks, j) ? phraseAfter(toks, j + 2) : dependent(toks, j) ? null : plausible(toks, subjectBefore(toks, j));
    const cue: Cue = { cue: cueText(toks, j, n), cueStart: toks[j].start, np, where, credit: false };
    // A participle ("…, declaring that “…”") has no subject of its own: the cue right before it
    // ("Spicer said Tuesday, adding") or else the main clause's subject speaks.
    if (np) return first ? { ...first, np: firstAt - (j + n) <= ADJACENT_CUE ? np : (leadingSubject(toks) ?? np) } : cue;
    if (!first) {
      first = cue;
      firstAt = j;
    }
  }
  if (first) first.np = leadingSubject(toks);
  return first;
}

/** A cue later in the sentence, after the quote: "… will ‘as soon as possible’ provide aid, Wang said". */
export function cueLater(masked: string, from: number, sentenceEnd: number): Cue | null {
  const toks = tokenize(masked, from, sentenceEnd);
  for (let j = 0; j < toks.length; j++) {
    const n = isCueAt(toks, j);
    if (n === 0) continue;
    if (isAccording(toks, j)) return { cue: 'according to', cueStart: toks[j].start, np: phraseAfter(toks, j + 2), where: 'later', credit: false };
    const np = plausible(toks, subjectBefore(toks, j)) ?? (PARTICIPLE.test(toks[j].lower) ? null : phraseAfter(toks, j + n));
    if (np) return { cue: cueText(toks, j, n), cueStart: toks[j].start, np, where: 'later', credit: false };
  }
  return null;
}

/**
 * The subject of the sentence's main clause: after an introductory phrase ("In an interview Monday,",
 * "Following the meeting,"), the first capitalised run (or he/she) that is not the object of a
 * preposition, followed, past a parenthesis, an "of Place" modifier, an appositive and adverbs, by a
 * word that may be a finite verb ("Hours later, Holt returned …" -> "Holt").
 */
export function leadingSubject(toks: Token[]): Span | null {
  let i = 0;
  while (toks[i] && !isWord(toks[i])) i++;
  if (!toks[i]) return null;
  if (PRONOUNS.has(toks[i].lower) && toks[i + 1] && isLow(toks[i + 1])) return { start: toks[i].start, end: toks[i].end };
  const from = introEnd(toks, i);
  for (let k = from; k < toks.length && k - from < 25; k++) {
    if (!isWord(toks[k]) || !isCap(toks[k])) continue;
    if (CAPITALISED_STOPWORDS.has(toks[k].lower) || objectOfPreposition(toks, k)) continue;
    let e = k;
    while (toks[e + 1] && isWord(toks[e + 1]) && isCap(toks[e + 1])) e++;
    const n = pastModifiers(toks, e + 1);
    const next = toks[n];
    if (next && isWord(next) && VERB_LIKE.test(next.lower) && !NON_VERB_FOLLOWERS.has(next.lower)) return { start: toks[k].start, end: toks[e].end };
    k = e;
  }
  return null;
}

/** Where the main clause starts: after the first comma when the sentence opens with a preposition, a subordinator or a participle. */
function introEnd(toks: Token[], i: number): number {
  const w = toks[i].lower;
  if (!INTRO_WORDS.has(w) && !PREPOSITIONS.has(w) && !(isCap(toks[i]) && /(?:ing|ed)$/u.test(w))) return i;
  for (let c = i + 1; c < toks.length && c - i < 40; c++) if (toks[c].text === ',') return c + 1;
  return i;
}

/** "in an AP interview", "of North Carolina": a capitalised word right after a preposition (and a determiner) is no subject. */
function objectOfPreposition(toks: Token[], k: number): boolean {
  const p = toks[k - 1]?.lower ?? '';
  return PREPOSITIONS.has(p) || (DETERMINERS.has(p) && PREPOSITIONS.has(toks[k - 2]?.lower ?? ''));
}

/** Skips what may stand between a subject and its verb: "(D-Mo.)", "of West Virginia", ", a former diplomat,", "also", "immediately". */
function pastModifiers(toks: Token[], n: number): number {
  if (toks[n]?.text === '(') {
    const e = n;
    while (toks[n] && toks[n].text !== ')' && n - e < 8) n++;
    n++;
  }
  if ((toks[n]?.lower === 'of' || toks[n]?.lower === 'from') && toks[n + 1] && isCap(toks[n + 1])) {
    n++;
    while (toks[n] && isWord(toks[n]) && isCap(toks[n])) n++;
  }
  if (toks[n]?.text === ',') {
    // skip an appositive: "Zhao Mingwen, a former Chinese diplomat, made …"
    let c = n + 1;
    while (toks[c] && toks[c].text !== ',' && isWord(toks[c]) && c - n < LIMITS.appositiveWords) c++;
    n = toks[c]?.text === ',' ? c + 1 : n;
  }
  while (toks[n] && isWord(toks[n]) && ((CUE_FILLERS.has(toks[n].lower) && !VERB_LIKE.test(toks[n].lower)) || ADVERB.test(toks[n].text))) n++;
  return n;
}

/** No cue word: "Jeffrey Jones: “…”" names its speaker before a colon; else the sentence subject speaks. */
export function cueFallback(masked: string, sentenceStart: number, open: number): Cue | null {
  const toks = tokenize(masked, Math.max(sentenceStart, open - 2 * LIMITS.cueWindow), open);
  const words = toks.filter(isWord);
  if (words.length === 0) return null;
  const colon = /:\s*$/u.test(masked.slice(Math.max(sentenceStart, open - 4), open));
  if (colon && words.length <= 6 && words.every((w) => isCap(w) || CUE_FILLERS.has(w.lower) || w.lower === 'from')) {
    return { cue: '', cueStart: open, np: { start: words[0].start, end: words[words.length - 1].end }, where: 'intro', credit: false };
  }
  if (colon) {
    // "… contests - Philip Bump: “…”", "More from Jones: “…”"
    let b = words.length - 1;
    while (b >= 0 && isCap(words[b]) && words.length - b <= 5) b--;
    if (b < words.length - 1 && !CAPITALISED_STOPWORDS.has(words[b + 1].lower)) return { cue: '', cueStart: open, np: { start: words[b + 1].start, end: words[words.length - 1].end }, where: 'intro', credit: false };
  }
  const np = leadingSubject(toks);
  return np ? { cue: '', cueStart: open, np, where: colon ? 'intro' : 'before', credit: false } : null;
}

/** A capitalised cue opening the sentence: "Said Dorothy Poynter, …: “…”", "Continued Stone:". */
export function invertedCue(masked: string, sentenceStart: number, open: number): Cue | null {
  const toks = tokenize(masked, sentenceStart, open);
  const first = toks.find(isWord);
  if (!first || !isCap(first) || !CUE_VERBS.has(first.lower) || !/ed$|s$/u.test(first.lower)) return null;
  const i = toks.indexOf(first);
  const np = phraseAfter(toks, i + 1);
  return np ? { cue: first.text, cueStart: first.start, np, where: 'intro', credit: false } : null;
}

function cueText(toks: Token[], i: number, n: number): string {
  if (isAccording(toks, i)) return 'according to';
  return n === 2 ? `${toks[i].text} ${toks[i + 1].text}` : toks[i].text;
}

/** The phrase after an inverted cue, up to punctuation or a preposition: "said [the Chinese foreign minister] at …". */
function phraseAfter(toks: Token[], i: number): Span | null {
  let j = i;
  while (j < toks.length && j - i < 8 && isWord(toks[j]) && !(j > i && NP_STOPS.has(toks[j].lower))) j++;
  if (j === i || NP_STOPS.has(toks[i].lower)) return null;
  return { start: toks[i].start, end: toks[j - 1].end };
}

/** A subject phrase must look like a noun phrase: a name, a pronoun, a determiner, or at most two words. */
function plausible(toks: Token[], np: Span | null): Span | null {
  if (!np) return null;
  const words = toks.filter((t) => t.start >= np.start && t.end <= np.end && isWord(t));
  if (words.length === 0) return null;
  if (words.length <= 2) return np;
  // "cited Chinese Foreign Minister spokesman Wang Wengbin, who said" -> drop the verb before the name
  const i = words.findIndex((w) => isCap(w) || PRONOUNS.has(w.lower) || DETERMINERS.has(w.lower));
  if (i < 0 || words.length - i > 8) return null;
  return { start: words[i].start, end: np.end };
}

/** Drops fillers and a parenthesis between a subject and its cue ("Wang [also] said", "Wang [on Monday] accused"). */
function trimFillers(toks: Token[], i: number, j: number): Span | null {
  let e = j - 1;
  for (;;) {
    while (e >= i && toks[e].text !== ')' && (!isWord(toks[e]) || CUE_FILLERS.has(toks[e].lower) || ADVERB.test(toks[e].text))) e--;
    if (tokenIn(toks, e)?.text !== ')') break;
    while (e >= i && toks[e].text !== '(') e--; // a party label: "Sen. Alma Ruiz (D-N.M.) said"
    e--;
  }
  while (i <= e && CONJUNCTIONS.has(toks[i].lower)) i++; // "… and he does believe", "… and said"
  if (e < i) return null;
  return { start: toks[i].start, end: toks[e].end };
}

/**
 * "Even Norland, its closest ally, said" / "Ann Lee, head of the union, which
 * represents nurses, said": a name that opens the clause, then up to three comma segments
 * (appositives, relative clauses), then the cue. The name is the subject.
 */
function nameBeforeAppositive(toks: Token[], j: number): Span | null {
  if (toks[j - 1]?.text !== ',') return null;
  let c = j - 1;
  for (let seg = 0; seg < 3; seg++) {
    let b = c - 1;
    while (b >= 0 && toks[b].text !== ',' && !SENTENCE_END.has(toks[b].text) && !QUOTE_MARKS.has(toks[b].text) && c - b <= LIMITS.appositiveWords) b--;
    if (b < 0 || toks[b].text !== ',' || b === c - 1) return null;
    const name = clauseOpeningName(toks, b);
    if (name) return name;
    c = b;
  }
  return null;
}

/** The capitalised run ending right before `comma` ("Sen. Ann Lee (D-Ore.)"), when nothing but a clause start precedes it. */
function clauseOpeningName(toks: Token[], comma: number): Span | null {
  let e = comma - 1;
  if (toks[e]?.text === ')') {
    while (e >= 0 && toks[e].text !== '(') e--;
    e--;
  }
  let s = e;
  while (s >= 0 && isWord(toks[s]) && isCap(toks[s])) s--;
  const before = s;
  s++;
  while (s <= e && CAPITALISED_STOPWORDS.has(toks[s].lower)) {
    if (PREPOSITIONS.has(toks[s].lower)) return null; // "Of Ruiz, Lee said": Ruiz is no subject
    s++; // "Even Norland"
  }
  if (s > e) return null;
  const b = toks[before];
  const opens = !b || (!isWord(b) && b.text !== ',' && b.text !== '(') || CLAUSE_BOUNDARIES.has(b.lower) || (b.text === ',' && afterIntro(toks, before));
  return opens ? { start: toks[s].start, end: toks[e].end } : null;
}

/** The comma at `comma` closes an introductory phrase that opens the sentence ("Of Ruiz, Lee, who …, said"). */
function afterIntro(toks: Token[], comma: number): boolean {
  let a = comma - 1;
  while (a > 0 && (isWord(toks[a - 1]) || toks[a - 1].text === ',')) a--;
  const w = toks[a]?.lower ?? '';
  return a < comma - 1 && (INTRO_WORDS.has(w) || PREPOSITIONS.has(w)) && comma - a <= 12;
}

/** The subject of the cue at `j`: words to its left back to a clause boundary ("who" hops over a comma). */
function subjectBefore(toks: Token[], j: number): Span | null {
  const named = nameBeforeAppositive(toks, j);
  if (named) return named;
  let e = j - 1;
  if (toks[e]?.text === ',') e--; // "Wang Yi, the Chinese foreign minister, told"
  for (;;) {
    while (e >= 0 && isWord(toks[e]) && (CUE_FILLERS.has(toks[e].lower) || ADVERB.test(toks[e].text)) && !PRONOUNS.has(toks[e].lower)) e--;
    if (tokenIn(toks, e)?.text !== ')') break;
    while (e >= 0 && toks[e].text !== '(') e--; // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized"
    e--;
  }
  if (e >= 0 && toks[e].lower === 'who') {
    e--;
    if (toks[e]?.text === ',') e--;
  }
  let s = e;
  while (s >= 0 && e - s < LIMITS.maxSpeakerWords && isWord(toks[s]) && !CLAUSE_BOUNDARIES.has(toks[s].lower) && !(s < e && PRONOUNS.has(toks[s].lower))) {
    if (PRONOUNS.has(toks[s].lower)) { s--; break; }
    s--;
  }
  s++;
  // A comma right before may close an appositive: "Dean Johnson, a salesman from Sumter, South Carolina, says"
  // -> reach back over up to three comma segments to a name that opens a clause.
  let k = s - 1;
  // Only a phrase that is not itself a name hops ("the EU spokesman"), or a "City, State" tail ("from Sumter, South Carolina").
  const hop = s <= e && (!isCap(toks[s]) || (PLACE_PREPOSITIONS.has(toks[k - 2]?.lower ?? '') && isCapAt(toks, k - 1)));
  for (let seg = 0; hop && seg < 4 && toks[k]?.text === ','; seg++) {
    let b = k - 1;
    while (b >= 0 && isWord(toks[b]) && k - b <= 16 && !CLAUSE_BOUNDARIES.has(toks[b].lower)) b--;
    const start = b + 1;
    const opensClause = b < 0 || (!isWord(toks[b]) && toks[b].text !== ',') || CLAUSE_BOUNDARIES.has(toks[b].lower);
    if (start < k && isCap(toks[start]) && opensClause) {
      s = start; // the name that opens the clause
      break;
    }
    if (toks[b]?.text !== ',') break;
    k = b; // an appositive segment ("a 55-year-old salesman from Sumter"): keep going left
  }
  return s <= e ? { start: toks[s].start, end: toks[e].end } : null;
}

/**
 * The outer source of a nested attribution: "…,” Obama said, according to a pool report." or
 * "According to pool reports, Obama said “…”" — PolNeAR credits whoever reports the statement.
 * Looks for "according to NP" in the sentence outside quotes, before `from` or after `cueEnd`.
 */
export function outerSource(masked: string, sentenceStart: number, sentenceEnd: number, cueEnd: number): Cue | null {
  const toks = tokenize(masked, sentenceStart, sentenceEnd);
  for (let j = 0; j < toks.length; j++) {
    if (!isAccording(toks, j) || (toks[j].start > sentenceStart && toks[j].start < cueEnd)) continue;
    const opensSentence = toks[j].start === sentenceStart || !isWord(toks[j - 1] ?? toks[j]);
    if (!opensSentence && toks[j - 1]?.text !== ',') continue; // "… according to plan" is no source
    const np = phraseAfter(toks, j + 2);
    if (np) return { cue: 'according to', cueStart: toks[j].start, np, where: 'later', credit: false };
  }
  return null;
}

/** All-capital words, at least two: a round-up heading ("OBAMA’S LAST STATE OF THE UNION"). */
const CAPS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’.\-]*$/u;

/**
 * A label right before the opening mark with no verb: "… caucus - HuffPollster: “…”",
 * "Michael P. McDonald: “…”", or a round-up heading in capitals. The label is the source.
 */
export function labelIntro(masked: string, sentenceStart: number, open: number): Cue | null {
  const toks = tokenize(masked, Math.max(sentenceStart, open - LIMITS.cueWindow), open);
  let e = toks.length - 1;
  const colon = toks[e]?.text === ':';
  if (colon) e--;
  let b = e;
  while (b >= 0 && isWord(toks[b]) && isCap(toks[b]) && e - b < 6) b--;
  if (b === e) return null;
  const run = toks.slice(b + 1, e + 1);
  const caps = run.length >= 2 && run.every((t) => CAPS_WORD.test(t.text));
  const dashBefore = b < 0 || /^[―—–\-]$/u.test(toks[b].text) || (toks[b].text === '.' && colon);
  if (!(caps || (colon && dashBefore)) || CAPITALISED_STOPWORDS.has(run[0].lower)) return null;
  return { cue: '', cueStart: open, np: { start: run[0].start, end: run[run.length - 1].end }, where: 'intro', credit: false };
}
