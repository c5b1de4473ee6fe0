// Framing within a story: for each referent (an event such as the conflict in a place, a country's
// government) the labels each article uses in its own narration — title and body outside quotation
// marks — with the sources' labels (inside quotes) listed apart; loaded words, hedges and attribution
// verbs per article; the same per outlet and outlet group; and the labels that differ across articles.
// Every finding keeps its offsets and the sentence it sits in.
import type { z } from 'zod';
import type { Framing } from '../model/export.js';
import { findLabels, type LabelHit } from './framing-labels.js';
import { segmentsOf } from './framing-segments.js';
import { findWords, type WordHit } from './framing-words.js';
import type { CompareArticle, GroupsOf, Span } from './types.js';

export interface FramingFinding {
  articleId: string;
  kind: 'label' | 'source-label' | 'loaded' | 'hedge' | 'attribution';
  /** For labels: the referent they name. */
  referent: string | null;
  /** For words: the lexicon category (negative, hedge, assertive, …); for labels the class. */
  category: string;
  text: string;
  where: 'title' | 'narration' | 'quote';
  start: number;
  end: number;
  /** The sentence holding the finding (the title's whole span for title findings). */
  sentence: Span;
}

export interface ArticleFraming {
  articleId: string;
  /** referent → labels in the outlet's own words (distinct, first use first). */
  labels: Record<string, string[]>;
  /** referent → labels inside quotes (the sources' words). */
  sourceLabels: Record<string, string[]>;
  /** category → count, for loaded words, hedges and attribution verbs. */
  loaded: Record<string, number>;
  hedges: Record<string, number>;
  attribution: Record<string, number>;
  findings: FramingFinding[];
}

export interface ReferentFraming {
  referent: string;
  labels: Record<string, string[]>;
  sourceLabels: Record<string, string[]>;
  /** Labels only some of the articles naming the referent use (the differences within the story). */
  differing: string[];
}

export interface FramingProfile {
  articleIds: string[];
  labels: Record<string, string[]>;
  loaded: Record<string, number>;
  hedges: Record<string, number>;
  attribution: Record<string, number>;
}

export interface FramingResult {
  articles: ArticleFraming[];
  referents: ReferentFraming[];
  byOutlet: Record<string, FramingProfile>;
  byGroup: Record<string, FramingProfile>;
}

function referentName(hit: LabelHit, fallback: string | null): string | null {
  if (hit.kind === 'government') return `the government of ${hit.place}`;
  const place = hit.place ?? fallback;
  if (hit.cls === 'measure') return place ? `the sanctions over ${place}` : 'the sanctions';
  return place ? `the conflict in ${place}` : null;
}

function sentenceOf(a: CompareArticle, where: string, start: number, end: number): Span {
  if (where === 'title') return { start: 0, end: a.title?.length ?? 0 };
  return a.sentences.find((s) => s.start <= start && s.end >= end) ?? a.sentences.find((s) => s.end > start) ?? { start, end };
}

function mostCommon(values: (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function push(m: Record<string, string[]>, k: string, v: string): void {
  const list = (m[k] ??= []);
  if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
}

function count(m: Record<string, number>, k: string): void {
  m[k] = (m[k] ?? 0) + 1;
}

interface RawArticle {
  article: CompareArticle;
  labels: { hit: LabelHit; where: 'title' | 'narration' | 'quote' }[];
  words: { hit: WordHit; where: 'title' | 'narration' | 'quote' }[];
}

function raw(a: CompareArticle): RawArticle {
  const labels: RawArticle['labels'] = [];
  const ws: RawArticle['words'] = [];
  for (const seg of segmentsOf(a)) {
    for (const hit of findLabels(seg)) labels.push({ hit, where: seg.where });
    if (seg.where !== 'quote') for (const hit of findWords(seg)) ws.push({ hit, where: seg.where });
  }
  return { article: a, labels, words: ws };
}

function articleFraming(r: RawArticle, storyPlace: string | null): ArticleFraming {
  const a = r.article;
  const own = mostCommon(r.labels.filter((l) => l.hit.kind === 'event' && l.hit.cls === 'conflict' && l.where !== 'quote').map((l) => l.hit.place));
  const out: ArticleFraming = { articleId: a.id, labels: {}, sourceLabels: {}, loaded: {}, hedges: {}, attribution: {}, findings: [] };
  for (const { hit, where } of r.labels) {
    const referent = referentName(hit, own ?? storyPlace);
    if (!referent) continue;
    push(where === 'quote' ? out.sourceLabels : out.labels, referent, hit.text);
    out.findings.push({ articleId: a.id, kind: where === 'quote' ? 'source-label' : 'label', referent, category: hit.cls, text: hit.text, where, start: hit.start, end: hit.end, sentence: sentenceOf(a, where, hit.start, hit.end) });
  }
  for (const { hit, where } of r.words) {
    count(hit.kind === 'loaded' ? out.loaded : hit.kind === 'hedge' ? out.hedges : out.attribution, hit.kind === 'hedge' ? hit.term.toLowerCase() : hit.category);
    out.findings.push({ articleId: a.id, kind: hit.kind, referent: null, category: hit.category, text: hit.text, where, start: hit.start, end: hit.end, sentence: sentenceOf(a, where, hit.start, hit.end) });
  }
  return out;
}

function profile(list: ArticleFraming[]): FramingProfile {
  const p: FramingProfile = { articleIds: list.map((a) => a.articleId), labels: {}, loaded: {}, hedges: {}, attribution: {} };
  for (const a of list) {
    for (const [ref, ls] of Object.entries(a.labels)) for (const l of ls) push(p.labels, ref, l);
    for (const [key, target] of [['loaded', p.loaded], ['hedges', p.hedges], ['attribution', p.attribution]] as const) {
      for (const [k, n] of Object.entries(a[key])) target[k] = (target[k] ?? 0) + n;
    }
  }
  return p;
}

function bySet(articles: readonly CompareArticle[], framings: ArticleFraming[], keyOf: (a: CompareArticle) => string[]): Record<string, FramingProfile> {
  const sets = new Map<string, ArticleFraming[]>();
  articles.forEach((a, i) => {
    for (const k of keyOf(a)) {
      const list = sets.get(k);
      if (list) list.push(framings[i]);
      else sets.set(k, [framings[i]]);
    }
  });
  return Object.fromEntries([...sets].map(([k, list]) => [k, profile(list)]));
}

export function compareFraming(articles: readonly CompareArticle[], options: { groupsOf?: GroupsOf } = {}): FramingResult {
  const raws = articles.map(raw);
  const storyPlace = mostCommon(raws.flatMap((r) => r.labels.filter((l) => l.hit.kind === 'event' && l.hit.cls === 'conflict' && l.where !== 'quote').map((l) => l.hit.place)));
  const framings = raws.map((r) => articleFraming(r, storyPlace));
  const names = new Set(framings.flatMap((f) => [...Object.keys(f.labels), ...Object.keys(f.sourceLabels)]));
  const referents: ReferentFraming[] = [...names].sort().map((referent) => {
    const labels: Record<string, string[]> = {};
    const sourceLabels: Record<string, string[]> = {};
    for (const f of framings) {
      if (f.labels[referent]) labels[f.articleId] = f.labels[referent];
      if (f.sourceLabels[referent]) sourceLabels[f.articleId] = f.sourceLabels[referent];
    }
    const users = new Map<string, number>();
    for (const ls of Object.values(labels)) for (const l of new Set(ls.map((x) => x.toLowerCase()))) users.set(l, (users.get(l) ?? 0) + 1);
    const naming = Object.keys(labels).length;
    const differing = [...users].filter(([, n]) => n < naming).map(([l]) => l);
    return { referent, labels, sourceLabels, differing };
  });
  const groupsOf = options.groupsOf;
  return {
    articles: framings,
    referents,
    byOutlet: bySet(articles, framings, (a) => (a.outlet ? [a.outlet.name] : [])),
    byGroup: bySet(articles, framings, (a) => [...new Set([...a.outletGroups, ...(a.outlet && groupsOf ? groupsOf(a.outlet.name) : [])])]),
  };
}

/** The export contract's `framing`: referents that at least two articles name in their own words. */
export function framingContract(result: FramingResult): z.infer<typeof Framing>[] {
  return result.referents.filter((r) => Object.keys(r.labels).length >= 2).map((r) => ({ referent: r.referent, labels: r.labels }));
}
