// The coverage matrix of a story: claim groups × articles — reported (same wording), reported
// differently (aligned, but other numbers or words), or absent — with the claims only one article
// reports, the claims an article omits that most others report, and the same per outlet and per
// outlet group (registry groups, or a user's `groupsOf`).
import type { z } from 'zod';
import type { Coverage } from '../model/export.js';
import { alignClaims, type AlignOptions, type ScoredPair } from './align.js';
import { claimWords } from './claim-words.js';
import { splitClaims } from './claims.js';
import { compareLexicon } from './lexicon.js';
import { figurePairs, valuesDisagree } from './quantities.js';
import { coverageOfSets, type SetCoverage } from './set-coverage.js';
import type { CellState, Claim, CompareArticle, GroupsOf } from './types.js';

export { setCoverage, type SetCoverage } from './set-coverage.js';

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

/** Content words in order (stop words and punctuation dropped): equal sequences are the same wording. */
const wordings = new WeakMap<Claim, string>();

function wording(c: Claim): string {
  let w = wordings.get(c);
  if (w === undefined) {
    const stop = compareLexicon().stopwords;
    wordings.set(c, (w = claimWords(c).map((x) => x.lower).filter((x) => !stop.has(x)).join(' ')));
  }
  return w;
}

function sameReport(a: Claim, b: Claim): boolean {
  if (a === b) return true;
  if (a.negated !== b.negated) return false;
  for (const [qa, qb] of figurePairs(a, b, true)) if (valuesDisagree(qa, qb)) return false;
  return wording(a) === wording(b);
}

/**
 * The member with the highest summed score to the other members (aligned pairs' cosines; pairs
 * never scored count 0). Each member's partners come from the story's scored pairs, summed in
 * member order (as a sum over all members would be) without visiting every member pair.
 */
function representative(members: Claim[], partners: Map<Claim, { at: number; score: number }[]>, order: Map<string, number>): Claim {
  let best = members[0];
  let bestScore = -1;
  for (const m of members) {
    let s = 0;
    for (const p of partners.get(m) ?? []) s += p.score;
    const better = s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && order.get(m.articleId)! < order.get(best.articleId)!);
    if (better) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/** Claim → its scored pairs with claims of its own group, by the partner's position in the claim list. */
function groupPartners(aligned: readonly Claim[][], related: readonly ScoredPair[]): Map<Claim, { at: number; score: number }[]> {
  const groupOf = new Map<Claim, number>();
  aligned.forEach((g, k) => g.forEach((c) => groupOf.set(c, k)));
  const out = new Map<Claim, { at: number; score: number }[]>();
  const add = (c: Claim, at: number, score: number) => {
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push({ at, score });
  };
  for (const p of related) {
    if (groupOf.get(p.a) !== groupOf.get(p.b)) continue;
    add(p.a, p.j, p.score);
    add(p.b, p.i, p.score);
  }
  for (const list of out.values()) list.sort((x, y) => x.at - y.at);
  return out;
}

/** Articles ordered by publication date (unknown last), then input order: the earliest wording leads. */
function articleOrder(articles: readonly CompareArticle[]): Map<string, number> {
  const ranked = articles.map((a, i) => ({ a, i })).sort((x, y) => (x.a.published ?? '9999').localeCompare(y.a.published ?? '9999') || x.i - y.i);
  return new Map(ranked.map((r, k) => [r.a.id, k]));
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
  const partners = groupPartners(aligned, related);
  const order = articleOrder(articles);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  aligned.sort((x, y) => position.get(x[0].articleId)! - position.get(y[0].articleId)! || x[0].index - y[0].index);
  const absent: Record<string, CellState> = {};
  for (const a of articles) absent[a.id] = 'absent';
  const groups: ClaimGroup[] = aligned.map((members, n) => {
    const rep = representative(members, partners, order);
    const cells: Record<string, CellState> = { ...absent };
    for (const m of members) cells[m.articleId] = sameReport(rep, m) ? 'reported' : 'differs';
    const ids = members.map((m) => m.articleId).sort((x, y) => position.get(x)! - position.get(y)!);
    return { id: `claim-${n + 1}`, text: rep.text, representative: rep, claims: members, articleIds: ids, cells };
  });
  const unique: Record<string, string[]> = {};
  const omitted: Record<string, string[]> = {};
  for (const [id, s] of coverageOfSets(new Map(articles.map((a) => [a.id, new Set([a.id])])), groups, articles.length)) {
    unique[id] = s.unique;
    omitted[id] = s.omitted;
  }
  const groupsOf = options.groupsOf;
  const toRecord = (m: Map<string, Set<string>>) => Object.fromEntries(coverageOfSets(m, groups, articles.length));
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
