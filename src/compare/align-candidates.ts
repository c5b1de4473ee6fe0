// Candidate pairs for claim alignment: claims of different articles that share rare terms, drawn
// from an inverted term index (rarest terms first, long posting lists truncated), the best
// THRESHOLDS.maxCandidates per claim by shared idf weight — so that large stories never compare all
// claim pairs. Works on term ids and typed arrays: this runs once per claim of the largest stories.
import { THRESHOLDS } from './thresholds.js';
import type { TfidfVectors } from './tfidf-vectors.js';
import type { Claim } from './types.js';
import { sortedHas } from '../util/sorted-has.js';

/** Whether candidate x ranks before y: more shared term weight, then the lower index. */
function ranksBefore(x: number, y: number, shared: Float64Array): boolean {
  return shared[x] > shared[y] || (shared[x] === shared[y] && x < y);
}

/**
 * The k best candidates (as a set, in no particular order): a quickselect instead of sorting every
 * candidate of every claim. The ranking is a total order, so the set is the one a full sort gives.
 */
function topCandidates(list: number[], shared: Float64Array, k: number): number[] {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const pivot = list[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (ranksBefore(list[i], pivot, shared)) i++;
      while (ranksBefore(pivot, list[j], shared)) j--;
      if (i <= j) {
        const t = list[i];
        list[i++] = list[j];
        list[j--] = t;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return list.slice(0, k);
}

/** Term id → the first THRESHOLDS.maxPosting claims (positions) holding it. */
function postingLists(vec: TfidfVectors, claims: readonly Claim[]): number[][] {
  const postings: number[][] = Array.from({ length: vec.idfOf.length }, () => []);
  claims.forEach((c, i) => {
    for (const t of c.terms.keys()) {
      const p = postings[vec.termId.get(t)!];
      if (p.length < THRESHOLDS.maxPosting) p.push(i);
    }
  });
  return postings;
}

/** A claim's probe terms: its THRESHOLDS.probeTerms rarest, skipping terms whose posting list was truncated while others are left. */
function probeTerms(c: Claim, vec: TfidfVectors, postings: number[][]): number[] {
  const ranked = [...c.terms.keys()].map((t) => vec.termId.get(t)!).sort((x, y) => vec.idfOf[y] - vec.idfOf[x]);
  const rare = ranked.filter((t) => postings[t].length < THRESHOLDS.maxPosting);
  return (rare.length ? rare : ranked).slice(0, THRESHOLDS.probeTerms);
}


/** Candidate pairs as parallel position lists (first[k] < second[k]), each pair once, in no particular order. */
export function candidatePairs(claims: readonly Claim[], vec: TfidfVectors): { first: number[]; second: number[] } {
  const postings = postingLists(vec, claims);
  const articles = new Map<string, number>();
  const articleOf = Int32Array.from(claims, (c) => {
    if (!articles.has(c.articleId)) articles.set(c.articleId, articles.size);
    return articles.get(c.articleId)!;
  });
  const first: number[] = [];
  const second: number[] = [];
  // Each claim's chosen candidates, sorted: a pair chosen from both sides is kept once.
  const chosen: Int32Array[] = [];
  const shared = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((c, i) => {
    for (const t of probeTerms(c, vec, postings)) {
      const w = vec.idfOf[t];
      for (const j of postings[t]) {
        if (articleOf[j] === articleOf[i]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] += w;
      }
    }
    const best = Int32Array.from(touched.length > THRESHOLDS.maxCandidates ? topCandidates(touched, shared, THRESHOLDS.maxCandidates) : touched).sort();
    chosen.push(best);
    for (const j of best) {
      if (j < i && sortedHas(chosen[j], i)) continue; // already paired when j chose i
      first.push(Math.min(i, j));
      second.push(Math.max(i, j));
    }
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
  });
  return { first, second };
}
