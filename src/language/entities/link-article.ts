// Entity linking inside one article: groups NER mentions into local entities. Full person names
// introduce people; surname-only mentions go to the person in focus with that family name (the
// nearest preceding full mention, or the one whose role the context states); title-only phrases go
// to the person holding that role; capitals used as actors join their country's government;
// aliases and acronyms join their expansion. Pure and linear in the number of mentions (candidate
// lists are per surname or per role head, a handful each).
import { GAZ_BIT, gazetteers } from '../ner/gazetteers.js';
import type { EntityMention } from '../ner/recognize-entities.js';
import { acronymDefinitions } from './acronyms.js';
import { aliasTable } from './alias-table.js';
import { addMention, addRoles, finishDraft, newDraft, type Draft } from './article-drafts.js';
import { findRoles } from './find-roles.js';
import { LIMITS, SURNAME_VARIANTS } from './lexicon.js';
import { governmentMetonym } from './metonym.js';
import { normaliseName } from './normalise.js';
import { parsePersonName, type PersonName } from './person-name.js';
import { relatedKeys } from './related.js';
import { parseRole, roleMatches } from './role-phrase.js';
import { findTitleMentions } from './title-mentions.js';
import type { ArticleEntities, LinkedType, MentionRef, Span } from './types.js';

const LINKED: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']);
const TYPE_CLASS: Readonly<Record<LinkedType, string>> = {
  PERSON: 'PERSON', ORG: 'NAME', GPE: 'PLACE', LOC: 'PLACE', NORP: 'NAME', EVENT: 'NAME', MISC: 'NAME',
};
const KNOWN_NON_PERSON = (['countries', 'cities', 'admin-regions', 'demonyms', 'international-bodies', 'norp-groups', 'geo-features'] as const)
  .reduce((mask, l) => mask | GAZ_BIT[l], 0);
const SINGLE_WORD_RE = /^[\p{Lu}][\p{L}’'-]*$/u;
const variantsOf = new Map<string, string[]>();
for (const group of SURNAME_VARIANTS) for (const v of group) variantsOf.set(v, [...(variantsOf.get(v) ?? []), ...group.filter((x) => x !== v)]);

/** Key of an entity: type class + normalised name ("PLACE:kyiv"). */
export function entityKey(type: LinkedType, name: string): string {
  return `${TYPE_CLASS[type]}:${normaliseName(name)}`;
}

class ArticleLinker {
  private readonly drafts = new Map<string, Draft>();
  private readonly byFamily = new Map<string, Draft[]>();
  private readonly byPart = new Map<string, Draft[]>();
  private readonly singlePersonTokens = new Set<string>();
  private readonly starts: number[];
  /** parsePersonName of each mention (several steps ask; parsed once). */
  private readonly names: PersonName[];

  constructor(private readonly text: string, private readonly named: EntityMention[], private readonly sentences: readonly Span[]) {
    this.starts = sentences.map((s) => s.start);
    this.names = named.map((m) => parsePersonName(m.text));
  }

  run(): ArticleEntities {
    const consumed = new Set<number>();
    this.named.forEach((m, i) => this.introduceFull(m, i) && consumed.add(i));
    this.named.forEach((m, i) => {
      if (m.type !== 'PERSON') return;
      const name = this.names[i];
      if (name.parts.length === 1) this.singlePersonTokens.add(normaliseName(name.parts[0]));
    });
    const acronyms = acronymDefinitions(this.text, this.named);
    this.named.forEach((m, i) => consumed.has(i) || this.linkOther(m, i, acronyms));
    // (most are in order already: a sort call per entity cost more than the check)
    for (const d of this.drafts.values()) if (!startsInOrder(d.mentions)) d.mentions.sort((a, b) => a.start - b.start);
    this.linkTitles();
    return this.finish();
  }

  private sentenceOf(at: number): Span {
    let lo = 0, hi = this.starts.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= at) [found, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const s = found >= 0 ? this.sentences[found] : null;
    return s && at < s.end ? s : { start: Math.max(0, at - 200), end: Math.min(this.text.length, at + 200) };
  }

  private draft(key: string, at: number, init?: (d: Draft) => void): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = newDraft(key, at);
      init?.(d);
      this.drafts.set(key, d);
    }
    return d;
  }

  /** A PERSON mention with a full name: introduces (or adds to) that person. */
  private introduceFull(m: EntityMention, index: number): boolean {
    if (m.type !== 'PERSON') return false;
    const name = this.names[index];
    if (name.parts.length < 2) return false;
    const d = this.draft(`PERSON:${name.keys.join(' ')}`, m.start, (x) => {
      x.person = name;
      push(this.byFamily, name.family, x);
      for (const k of new Set(name.keys)) push(this.byPart, k, x);
    });
    addMention(d, { start: m.start, end: m.end, text: m.text }, 'PERSON', name.parts.join(' '));
    d.fullStarts.push(m.start);
    addRoles(d, findRoles(this.text, m.start, m.end, this.sentenceOf(m.start)).roles);
    return true;
  }

  private linkOther(m: EntityMention, index: number, acronyms: Map<string, number>): void {
    const span = { start: m.start, end: m.end, text: m.text };
    const type = m.type as LinkedType;
    if (this.linkPersonToken(m, index)) return;
    const country = governmentMetonym(this.text, m.start, m.end);
    if (country) {
      const canon = aliasTable().canonical(country);
      const d = this.draft(entityKey('GPE', canon?.name ?? country), m.start, (x) => { x.fixedName = canon?.name ?? country; x.fixedType = 'GPE'; });
      addMention(d, span, 'GPE', m.text);
      return;
    }
    const expansion = acronyms.get(normaliseName(m.text));
    const base = expansion !== undefined && expansion !== index ? this.named[expansion] : m;
    const canon = aliasTable().canonical(base.text);
    const baseType = (canon?.type ?? base.type) as LinkedType;
    const key = entityKey(LINKED.has(baseType) ? baseType : type, canon?.name ?? base.text);
    const d = this.draft(key, m.start, (x) => { if (canon) { x.fixedName = canon.name; x.fixedType = canon.type as LinkedType; } });
    addMention(d, span, type, m.text);
    if (base !== m) d.surfaces.set(base.text, d.surfaces.get(base.text) ?? 0);
  }

  /** A one-word mention that names a person of the article ("Wang", "Blinken" even when tagged ORG). */
  private linkPersonToken(m: EntityMention, index: number): boolean {
    const name = this.names[index];
    if (name.parts.length !== 1) return false;
    const token = name.keys[0];
    const isPerson = m.type === 'PERSON';
    if (!isPerson) {
      // Cheapest first: most such mentions name no person of this article.
      if (!this.byFamily.has(token) && !this.byPart.has(token) && !this.singlePersonTokens.has(token)) return false;
      if (!SINGLE_WORD_RE.test(m.text) || aliasTable().canonical(m.text) || aliasTable().governmentOf(m.text)) return false;
      if (gazetteers().lists(token) & KNOWN_NON_PERSON) return false;
    }
    const sentence = this.sentenceOf(m.start);
    const found = findRoles(this.text, m.start, m.end, sentence);
    let d = this.resolveSurname(token, m.start, found.preTitle, isPerson);
    if (!d) {
      if (!isPerson && !this.singlePersonTokens.has(token)) return false;
      d = this.draft(`PERSON:${token}`, m.start, (x) => { x.person = name; });
    }
    addMention(d, { start: m.start, end: m.end, text: m.text }, 'PERSON', name.parts[0]);
    addRoles(d, found.roles);
    return true;
  }

  /** The full-named person a surname-only mention at `at` refers to, or null. */
  private resolveSurname(token: string, at: number, preTitle: string | null, allowVariant: boolean): Draft | null {
    let cands = this.byFamily.get(token) ?? this.byPart.get(token) ?? [];
    if (cands.length === 0 && allowVariant) {
      const near = (variantsOf.get(token) ?? []).flatMap((v) => this.byFamily.get(v) ?? [])
        .filter((d) => d.firstStart < at && at - lastBefore(d.fullStarts, at) <= LIMITS.variantReach);
      return near.length === 1 ? near[0] : null;
    }
    if (cands.length === 0) return null;
    const query = preTitle ? parseRole(preTitle) : null;
    if (query) {
      const fit = cands.filter((d) => d.roleInfos.some((r) => roleMatches(query, r)));
      if (fit.length) cands = fit;
    }
    const before = cands.filter((d) => d.firstStart < at);
    if (before.length === 0) return cands.reduce((a, b) => (a.firstStart <= b.firstStart ? a : b));
    return before.reduce((a, b) => (lastBefore(b.fullStarts, at) > lastBefore(a.fullStarts, at) ? b : a));
  }

  /** "the foreign minister", "the spokesman": the person holding that role, the most recently mentioned first. */
  private linkTitles(): void {
    const people = [...this.drafts.values()].filter((d) => d.person && d.roleInfos.length);
    if (!people.length) return;
    const titles = findTitleMentions(this.text);
    if (!titles.length) return;
    const taken = [...this.drafts.values()].flatMap((d) => d.mentions).sort((a, b) => a.start - b.start);
    const starts = new Map(people.map((d) => [d, d.mentions.map((x) => x.start)]));
    for (const t of titles) {
      if (overlaps(taken, t.start, t.end)) continue;
      const fit = people.filter((d) => d.roleInfos.some((r) => roleMatches(t.role, r)));
      const before = fit.filter((d) => d.firstStart < t.start);
      const recency = (d: Draft): number => lastBefore(starts.get(d)!, t.start);
      const pick = before.length ? before.reduce((a, b) => (recency(b) > recency(a) ? b : a)) : fit.length === 1 ? fit[0] : null;
      if (pick) addMention(pick, { start: t.start, end: t.end, text: t.text }, null, null);
    }
  }

  private finish(): ArticleEntities {
    const drafts = [...this.drafts.values()].sort((a, b) => a.firstStart - b.firstStart || (a.key < b.key ? -1 : 1));
    const entities = drafts.map(finishDraft);
    const spans: MentionRef[] = [];
    entities.forEach((e, i) => { for (const m of e.mentions) spans.push({ start: m.start, end: m.end, entity: i }); });
    spans.sort((a, b) => a.start - b.start);
    relatedKeys(entities, spans, this.starts);
    return { entities, spans };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The greatest value of ascending `sorted` below `at`, or -Infinity. */
function lastBefore(sorted: readonly number[], at: number): number {
  let lo = 0, hi = sorted.length - 1, best = -Infinity;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) [best, lo] = [sorted[mid], mid + 1];
    else hi = mid - 1;
  }
  return best;
}

function overlaps(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else if (sorted[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Local entities of one article from its NER mentions (numeric and temporal ones are ignored) and
 * sentence spans. Deterministic; safe to run in worker threads (plain data in, plain data out).
 */
export function linkArticleEntities(text: string, mentions: readonly EntityMention[], sentences: readonly Span[]): ArticleEntities {
  const named = byStart(mentions.filter((m) => LINKED.has(m.type) && m.end > m.start));
  return new ArticleLinker(text, named, byStart(sentences)).run();
}

/** The spans in start order: as given when they already are (the tagger's and the splitter's are), else a sorted copy. */
function byStart<S extends { start: number }>(spans: readonly S[]): S[] {
  return startsInOrder(spans) ? (spans as S[]) : [...spans].sort((a, b) => a.start - b.start);
}

function startsInOrder(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}
