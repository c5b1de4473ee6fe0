// The coverage matrix of a story: claim groups × articles — reported (same wording), reported
// differently (aligned, but other numbers or words), or absent — with the claims only one article
// reports, the claims an article omits that most others report, and the same per outlet and per
// outlet group (registry groups, or a user's `groupsOf`).
import type { z } from 'zod';
import type { Coverage } from '../model/export.js';
import { alignClaims, type AlignOptions, type ScoredPair } from './align.js';
import { splitClaims } from './claims.js';
import { compareLexicon } from './lexicon.js';
import { figurePairs, valuesDisagree } from './quantities.js';
import { words } from './terms.js';
import { THRESHOLDS } from './thresholds.js';
import type { CellState, Claim, CompareArticle, GroupsOf } from './types.js';

export interface ClaimGroup {
  /** "claim-<n>", numbered in reading order of first appearance. */
  id: string;
  /** The representative wording (the member closest to the others; earliest article on ties). */
  text: string;
  representative: Claim;
  claims: Claim[];
  articleIds: string[];
  /** Every article of the story → its cell. */
  cells: Record<string, CellState>;
}

/** What a set of articles (one outlet, or an outlet group) reports, alone reports, and leaves out. */
export interface SetCoverage {
  articleIds: string[];
  reported: string[];
  unique: string[];
  omitted: string[];
}

export interface CoverageResult {
  articleIds: string[];
  claims: Claim[];
  groups: ClaimGroup[];
  /** article id → ids of claim groups only that article reports. */
  unique: Record<string, string[]>;
  /** article id → ids of claim groups most other articles report and this one lacks. */
  omitted: Record<string, string[]>;
  byOutlet: Record<string, SetCoverage>;
  byGroup: Record<string, SetCoverage>;
  /** Claim pairs of different articles that are at least loosely related (for conflict checks). */
  related: ScoredPair[];
  cosine: (a: Claim, b: Claim) => number;
}

export interface CoverageOptions extends AlignOptions {
  groupsOf?: GroupsOf;
}

function pairKey(a: Claim, b: Claim): string {
  return a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
}

/** Content words in order (stop words and punctuation dropped): equal sequences are the same wording. */
const wordings = new WeakMap<Claim, string>();

function wording(c: Claim): string {
  let w = wordings.get(c);
  if (w === undefined) {
    const stop = compareLexicon().stopwords;
    wordings.set(c, (w = words(c.text).map((x) => x.lower).filter((x) => !stop.has(x)).join(' ')));
  }
  return w;
}

function sameReport(a: Claim, b: Claim): boolean {
  if (a === b) return true;
  if (a.negated !== b.negated) return false;
  for (const [qa, qb] of figurePairs(a, b, true)) if (valuesDisagree(qa, qb)) return false;
  return wording(a) === wording(b);
}

function representative(members: Claim[], scores: Map<string, number>, order: Map<string, number>): Claim {
  let best = members[0];
  let bestScore = -1;
  for (const m of members) {
    let s = 0;
    for (const o of members) if (o !== m) s += scores.get(pairKey(m, o)) ?? 0;
    const better = s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && order.get(m.articleId)! < order.get(best.articleId)!);
    if (better) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/** Articles ordered by publication date (unknown last), then input order: the earliest wording leads. */
function articleOrder(articles: readonly CompareArticle[]): Map<string, number> {
  const ranked = articles.map((a, i) => ({ a, i })).sort((x, y) => (x.a.published ?? '9999').localeCompare(y.a.published ?? '9999') || x.i - y.i);
  return new Map(ranked.map((r, k) => [r.a.id, k]));
}

/** What the articles `ids` (of `total` in the story) report, alone report and omit, from claim groups or stored claims. */
export function setCoverage(ids: ReadonlySet<string>, groups: readonly { id: string; articleIds: readonly string[] }[], total: number): SetCoverage {
  const others = total - ids.size;
  const need = Math.max(2, Math.ceil(THRESHOLDS.omissionShare * others));
  const reported: string[] = [];
  const unique: string[] = [];
  const omitted: string[] = [];
  for (const g of groups) {
    const inside = g.articleIds.filter((a) => ids.has(a)).length;
    if (inside > 0) reported.push(g.id);
    if (inside > 0 && inside === g.articleIds.length && others > 0) unique.push(g.id);
    if (inside === 0 && g.articleIds.length >= need) omitted.push(g.id);
  }
  return { articleIds: [...ids], reported, unique, omitted };
}

function sets(articles: readonly CompareArticle[], key: (a: CompareArticle) => string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const k of key(a)) {
      let s = out.get(k);
      if (!s) out.set(k, (s = new Set()));
      s.add(a.id);
    }
  }
  return out;
}

export function buildCoverage(articles: readonly CompareArticle[], options: CoverageOptions = {}): CoverageResult {
  const claims = articles.flatMap(splitClaims);
  const { groups: aligned, related, cosine } = alignClaims(claims, options);
  const scores = new Map(related.map((p) => [pairKey(p.a, p.b), p.score]));
  const order = articleOrder(articles);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  aligned.sort((x, y) => position.get(x[0].articleId)! - position.get(y[0].articleId)! || x[0].index - y[0].index);
  const groups: ClaimGroup[] = aligned.map((members, n) => {
    const rep = representative(members, scores, order);
    const cells: Record<string, CellState> = {};
    for (const a of articles) cells[a.id] = 'absent';
    for (const m of members) cells[m.articleId] = sameReport(rep, m) ? 'reported' : 'differs';
    const ids = articles.filter((a) => cells[a.id] !== 'absent').map((a) => a.id);
    return { id: `claim-${n + 1}`, text: rep.text, representative: rep, claims: members, articleIds: ids, cells };
  });
  const unique: Record<string, string[]> = {};
  const omitted: Record<string, string[]> = {};
  for (const a of articles) {
    const s = setCoverage(new Set([a.id]), groups, articles.length);
    unique[a.id] = s.unique;
    omitted[a.id] = s.omitted;
  }
  const groupsOf = options.groupsOf;
  const toRecord = (m: Map<string, Set<string>>) => Object.fromEntries([...m].map(([k, ids]) => [k, setCoverage(ids, groups, articles.length)]));
  const byOutlet = toRecord(sets(articles, (a) => (a.outlet ? [a.outlet.name] : [])));
  const byGroup = toRecord(sets(articles, (a) => [...new Set([...a.outletGroups, ...(a.outlet && groupsOf ? groupsOf(a.outlet.name) : [])])]));
  return { articleIds: articles.map((a) => a.id), claims, groups, unique, omitted, byOutlet, byGroup, related, cosine };
}

/** The export contract's `coverage` of a story. */
export function coverageContract(result: CoverageResult): z.infer<typeof Coverage> {
  return {
    claims: result.groups.map((g) => ({
      id: g.id,
      text: g.text,
      article_ids: g.articleIds,
      variants: g.claims.map((c) => ({ article_id: c.articleId, text: c.text })),
    })),
    unique: result.unique,
  };
}
