// Conflicts within a story: numbers that disagree (the same quantity — same counted noun in aligned
// or related claims, or with an entity in common — at values no qualifier reconciles), and claims
// that contradict (aligned claims whose negation differs; related claims with opposite stance,
// e.g. "favors expansion" vs "endorsed opposition to expansion"). Each carries both sentences and the
// quality flags of the articles involved.
import type { z } from 'zod';
import type { Conflict as ConflictContract } from '../model/export.js';
import type { ScoredPair } from './align.js';
import { claimWords } from './claim-words.js';
import type { CoverageResult } from './coverage.js';
import { compareLexicon } from './lexicon.js';
import { figurePairs, valuesDisagree } from './quantities.js';
import { termOf } from './terms.js';
import { THRESHOLDS } from './thresholds.js';
import type { Claim, CompareArticle, Quantity } from './types.js';

/** Words each side of a figure that say what it counts, for claims that are not aligned. */
const QUANTITY_CONTEXT = 4;

export interface ConflictClaim {
  articleId: string;
  claimId: string;
  text: string;
  start: number;
  end: number;
  /** The figure, for number conflicts. */
  quantity?: Quantity;
}

export interface StoryConflict {
  kind: 'number' | 'claim';
  about: string;
  /** 'negation' | 'stance' for claim conflicts; the counted noun for number conflicts. */
  reason: string;
  claims: ConflictClaim[];
  flags: { article_id: string; flag: string; evidence: string }[];
}

/** Flags that say nothing about the text's reliability are left off conflicts. */
const NOT_QUALITY: ReadonlySet<string> = new Set(['no_byline', 'no_date']);

function flagsOf(articles: Map<string, CompareArticle>, ids: Iterable<string>): StoryConflict['flags'] {
  const out: StoryConflict['flags'] = [];
  for (const id of new Set(ids)) for (const f of articles.get(id)?.flags ?? []) if (!NOT_QUALITY.has(f.flag)) out.push({ article_id: id, flag: f.flag, evidence: f.evidence });
  return out;
}

function entry(c: Claim, quantity?: Quantity): ConflictClaim {
  return { articleId: c.articleId, claimId: c.id, text: c.text, start: c.start, end: c.end, ...(quantity ? { quantity } : {}) };
}

/** The content words two claims share, in the first claim's order: a short "about". */
function sharedWords(a: Claim, b: Claim): string {
  const stop = compareLexicon().stopwords;
  const other = new Set(claimWords(b).map((w) => w.lower));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of claimWords(a)) {
    if (stop.has(w.lower) || !other.has(w.lower) || seen.has(w.lower)) continue;
    seen.add(w.lower);
    out.push(w.text);
  }
  return out.slice(0, 8).join(' ');
}

function claimConflicts(cov: CoverageResult, groupOf: Map<Claim, number>): StoryConflict[] {
  const out: StoryConflict[] = [];
  for (const p of cov.related) {
    const aligned = groupOf.get(p.a) === groupOf.get(p.b);
    const negation = aligned && p.score >= THRESHOLDS.negationFlip && p.a.negated !== p.b.negated;
    const stance = p.a.stance * p.b.stance < 0 && p.score >= THRESHOLDS.related && p.a.stanceTarget.some((t) => p.b.stanceTarget.includes(t));
    if (!negation && !stance) continue;
    out.push({ kind: 'claim', about: sharedWords(p.a, p.b), reason: negation ? 'negation' : 'stance', claims: [entry(p.a), entry(p.b)], flags: [] });
  }
  return out;
}

/** Entity keys of amounts and dates: sharing one says nothing about speaking of the same thing. */
const NUMERIC_ENTITY_RE = /^(?:DATE|MONEY|PERCENT|QUANTITY|CARDINAL):/u;
/** A unit in more claims than this is left to the related pairs (hundreds of claims share "percent"). */
const MAX_UNIT_CLAIMS = 200;

/** Pairs of claims that may speak of the same quantity: related pairs, and claims sharing a unit
 * and an entity that are at least half as similar as related pairs must be. */
function quantityPairs(cov: CoverageResult, cosine: (a: Claim, b: Claim) => number): ScoredPair[] {
  const pairs = [...cov.related];
  const byUnit = new Map<string, Claim[]>();
  for (const c of cov.claims) {
    for (const q of c.quantities) {
      let list = byUnit.get(q.unit);
      if (!list) byUnit.set(q.unit, (list = []));
      list.push(c);
    }
  }
  const index = new Map(cov.claims.map((c, i) => [c, i]));
  for (const list of byUnit.values()) {
    if (list.length > MAX_UNIT_CLAIMS) continue;
    for (const [x, y] of sharingEntity(list)) {
      const [a, b] = [list[x], list[y]];
      if (a.articleId === b.articleId) continue;
      const score = cosine(a, b);
      if (score >= THRESHOLDS.related / 2 && score < THRESHOLDS.related) pairs.push({ a, b, i: index.get(a)!, j: index.get(b)!, score });
    }
  }
  return pairs;
}

/** Position pairs x < y (in that order) of the list's claims that name a common entity other than an amount or date. */
function sharingEntity(list: readonly Claim[]): [number, number][] {
  const at = new Map<string, number[]>();
  list.forEach((c, x) => {
    for (const e of new Set(c.entities)) {
      if (NUMERIC_ENTITY_RE.test(e)) continue;
      let p = at.get(e);
      if (!p) at.set(e, (p = []));
      p.push(x);
    }
  });
  const out: [number, number][] = [];
  const mark = new Int32Array(list.length).fill(-1);
  list.forEach((c, x) => {
    const ys: number[] = [];
    for (const e of c.entities) for (const y of at.get(e) ?? []) if (y > x && mark[y] !== x) { mark[y] = x; ys.push(y); }
    ys.sort((p, q) => p - q);
    for (const y of ys) out.push([x, y]);
  });
  return out;
}

/** Content terms near a figure (the unit left out): what the number is about. */
const contexts = new WeakMap<Quantity, Set<string>>();

function contextTerms(c: Claim, q: Quantity): Set<string> {
  let out = contexts.get(q);
  if (out === undefined) contexts.set(q, (out = readContext(c, q)));
  return out;
}

function readContext(c: Claim, q: Quantity): Set<string> {
  const ws = claimWords(c);
  const at = ws.findIndex((w) => w.start >= q.start);
  const out = new Set<string>();
  for (let k = Math.max(0, at - QUANTITY_CONTEXT); k < Math.min(ws.length, at + QUANTITY_CONTEXT + 2); k++) {
    const t = termOf(ws[k].lower);
    if (t && t !== q.unit && !t.startsWith('#')) out.add(t);
  }
  return out;
}

/** Whether the claim aligned with `c` in article `other` states the same quantity at an agreeing value. */
function agreedBy(c: Claim, q: Quantity, other: string, members: Map<Claim, Claim[]>): boolean {
  const partner = members.get(c)?.find((m) => m.articleId === other);
  return Boolean(partner?.quantities.some((x) => x.unit === q.unit && !valuesDisagree(x, q)));
}

function numberConflicts(cov: CoverageResult, groupOf: Map<Claim, number>): StoryConflict[] {
  const cosine = cov.cosine;
  const members = new Map<Claim, Claim[]>();
  for (const g of cov.groups) for (const c of g.claims) members.set(c, g.claims);
  const byUnit = new Map<string, { claims: Map<string, ConflictClaim>; noun: string }>();
  for (const p of quantityPairs(cov, cosine)) {
    for (const [qa, qb] of figurePairs(p.a, p.b, groupOf.get(p.a) === groupOf.get(p.b))) {
      if (!valuesDisagree(qa, qb)) continue;
      if (groupOf.get(p.a) !== groupOf.get(p.b)) {
        const near = contextTerms(p.b, qb);
        if (![...contextTerms(p.a, qa)].some((t) => near.has(t))) continue;
        // A figure its own counterpart in the other article agrees with is not contradicted by a looser match.
        if (agreedBy(p.a, qa, p.b.articleId, members) || agreedBy(p.b, qb, p.a.articleId, members)) continue;
      }
      const c = byUnit.get(qa.unit) ?? { claims: new Map(), noun: qa.text.split(/\s+/u).pop() ?? qa.unit };
      if (!c.claims.has(p.a.id)) c.claims.set(p.a.id, entry(p.a, qa));
      if (!c.claims.has(p.b.id)) c.claims.set(p.b.id, entry(p.b, qb));
      byUnit.set(qa.unit, c);
    }
  }
  return [...byUnit].map(([unit, c]) => ({ kind: 'number' as const, about: `number of ${c.noun}`, reason: unit, claims: [...c.claims.values()], flags: [] }));
}

export function findConflicts(articles: readonly CompareArticle[], cov: CoverageResult): StoryConflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groupOf = new Map<Claim, number>();
  cov.groups.forEach((g, i) => g.claims.forEach((c) => groupOf.set(c, i)));
  const all = [...numberConflicts(cov, groupOf), ...claimConflicts(cov, groupOf)];
  for (const c of all) c.flags = flagsOf(byId, c.claims.map((x) => x.articleId));
  return all;
}

/** The export contract's `conflicts`. */
export function conflictsContract(list: readonly StoryConflict[]): z.infer<typeof ConflictContract>[] {
  return list.map((c) => ({ kind: c.kind, about: c.about, claims: c.claims.map((x) => ({ article_id: x.articleId, text: x.text })), flags: c.flags }));
}
