// Per-article representation (pure): term counts with the title boosted, entity key counts,
// publication day and stated event days. Corpus weighting (IDF) is applied later by the index.
import { dayNumber, monthDayOf, yearOf } from './dates.js';
import { NAMED_TYPES } from './entity-key.js';
import { fromCounts } from './sparse.js';
import { contentTerms, numberTerms } from './terms.js';
import type { ArticleRep, ArticleSummary, EntityMention, SparseVector } from './types.js';

export interface RepresentOptions {
  /** How many times a title term counts (titles name the event; bodies wander). */
  titleBoost?: number;
  /** Without a title, how many extra times the lead sentence's terms count (0 = off). */
  leadBoost?: number;
  /** Boost the lead sentence even when there is a title (news leads state the event). */
  leadAlways?: boolean;
  /** Count numbers (years, tolls, magnitudes) as terms. */
  numbers?: boolean;
  /** Per entity type, how much one mention counts (people tell near-miss events apart best). */
  entityTypeWeights?: Readonly<Record<string, number>>;
}

const LEAD_RE = /^[^\n]*?[.!?](?=\s|$)|^[^\n]+/;

function countInto(counts: Map<string, number>, items: Iterable<string>, by = 1): void {
  for (const t of items) counts.set(t, (counts.get(t) ?? 0) + by);
}

/** Entity key counts (weighted by type) and display names of named mentions. */
export function entityVector(mentions: readonly EntityMention[], typeWeights: Readonly<Record<string, number>> = {}): { entities: SparseVector; names: Record<string, string> } {
  const counts = new Map<string, number>();
  const seen = new Map<string, Map<string, number>>();
  for (const e of mentions) {
    if (!NAMED_TYPES.has(e.type) || !e.key) continue;
    const w = typeWeights[e.type] ?? 1;
    if (w > 0) counts.set(e.key, (counts.get(e.key) ?? 0) + w);
    const forms = seen.get(e.key) ?? new Map<string, number>();
    forms.set(e.name, (forms.get(e.name) ?? 0) + 1);
    seen.set(e.key, forms);
  }
  const names: Record<string, string> = {};
  for (const [key, forms] of [...seen].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    names[key] = [...forms].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0][0];
  }
  return { entities: fromCounts(counts), names };
}

/** The mentions a relink may re-key: the counted ones, kept only when some carry a local key. */
function relinkable(mentions: readonly EntityMention[]): EntityMention[] | undefined {
  const named = mentions.filter((e) => NAMED_TYPES.has(e.type) && e.key);
  return named.some((e) => e.local !== undefined) ? named.map((e) => ({ key: e.key, name: e.name, type: e.type, ...(e.local !== undefined ? { local: e.local } : {}) })) : undefined;
}

export function representArticle(a: ArticleSummary, opts: RepresentOptions = {}): ArticleRep {
  const body = contentTerms(a.text);
  const terms = new Map<string, number>();
  countInto(terms, body);
  if (opts.numbers) countInto(terms, numberTerms(a.text));
  if (a.title) countInto(terms, contentTerms(a.title), opts.titleBoost ?? 3);
  if (opts.leadBoost && (!a.title || opts.leadAlways)) countInto(terms, contentTerms(LEAD_RE.exec(a.text.trim())?.[0] ?? ''), opts.leadBoost);
  const { entities, names } = entityVector(a.entities, opts.entityTypeWeights);
  const mentions = relinkable(a.entities);
  const day = dayNumber(a.published);
  const days = new Set<number>();
  const monthDays = new Set<number>();
  let latestYear: number | null = null;
  for (const v of [a.published, ...(a.dates ?? []).map((d) => d.value)]) {
    const n = dayNumber(v), md = monthDayOf(v), y = yearOf(v);
    if (n !== null) days.add(n);
    if (md !== null) monthDays.add(md);
    if (y !== null && (latestYear === null || y > latestYear)) latestYear = y;
  }
  return {
    id: a.id,
    terms: fromCounts(terms),
    entities,
    names,
    day,
    eventDays: [...days].sort((x, y) => x - y),
    year: yearOf(a.published) ?? latestYear,
    monthDays: [...monthDays].sort((x, y) => x - y),
    length: body.length,
    ...(mentions ? { mentions } : {}),
  };
}
