// Aligns claims that state the same thing across the articles of a story: TF-IDF weighted cosine
// over content terms, entity keys and numbers (idf over the story's claims), candidates drawn from an
// inverted term index (rarest terms first, long posting lists truncated) so that large stories never
// compare all sentence pairs. Groups grow greedily from the best pairs down, never holding two claims
// of one article.
import { candidatePairs } from './align-candidates.js';
import { isCalendarTerm } from './terms.js';
import { TfidfVectors } from './tfidf-vectors.js';
import { THRESHOLDS } from './thresholds.js';
import type { Claim } from './types.js';

export interface ScoredPair {
  a: Claim;
  b: Claim;
  /** Positions of a and b in the claim list (i < j). */
  i: number;
  j: number;
  score: number;
}

export interface AlignResult {
  /** Groups of claims that state the same thing (singletons included), in first-appearance order. */
  groups: Claim[][];
  /** Candidate pairs of different articles scoring at least THRESHOLDS.related (for conflict checks). */
  related: ScoredPair[];
  /** The story's weighted cosine between any two of its claims. */
  cosine: (a: Claim, b: Claim) => number;
}

export interface AlignOptions {
  threshold?: number;
  /** Whether paraphrase tiers (THRESHOLDS.paraphrase) align pairs below the threshold; default true. */
  paraphrase?: boolean;
}

/** Union-find over claim positions whose sets never hold two claims of one article. */
class Groups {
  private readonly parent: Int32Array;
  /** Root → article ids of its set (roots only). */
  private readonly articles: (Set<string> | null)[];

  constructor(claims: readonly Claim[]) {
    this.parent = Int32Array.from(claims.keys());
    this.articles = claims.map((c) => new Set([c.articleId]));
  }

  find(k: number): number {
    let r = k;
    while (this.parent[r] !== r) r = this.parent[r];
    this.parent[k] = r;
    return r;
  }

  /** Whether x and y are in different sets whose articles do not overlap. */
  canJoin(x: number, y: number): boolean {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return false;
    const [small, large] = this.bySize(rx, ry);
    for (const a of this.articles[small]!) if (this.articles[large]!.has(a)) return false;
    return true;
  }

  /** Joins the sets of x and y (canJoin must hold): the smaller is merged into the larger. */
  join(x: number, y: number): void {
    const [small, large] = this.bySize(this.find(x), this.find(y));
    const into = this.articles[large]!;
    for (const a of this.articles[small]!) into.add(a);
    this.parent[small] = large;
    this.articles[small] = null;
  }

  private bySize(rx: number, ry: number): [number, number] {
    return this.articles[ry]!.size > this.articles[rx]!.size ? [rx, ry] : [ry, rx];
  }
}

/**
 * Distinct content terms two claims share, a name counted about once: entity keys "@…" are left out
 * (their words already count) and words of names, weekdays and months count half, rounded up
 * ("Lake Orin" is one fact, not two, whichever surface form of the name each article uses).
 */
export function sharedTerms(a: Claim, b: Claim, namesOnce = true): number {
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let plain = 0;
  let names = 0;
  for (const t of small.keys()) {
    if (t[0] === '@' || !large.has(t)) continue;
    if (namesOnce && (a.nameTerms.has(t) || b.nameTerms.has(t) || isCalendarTerm(t))) names++;
    else plain++;
  }
  return plain + Math.ceil(names / 2);
}

/** Whether a scored pair states the same thing: close wording, or a paraphrase sharing many terms. */
function sameClaim(p: ScoredPair, threshold: number, paraphrase: boolean): boolean {
  if (p.score < threshold && !paraphrase) return false;
  if (p.score >= threshold) return sharedTerms(p.a, p.b, false) >= THRESHOLDS.alignMinShared;
  const tier = THRESHOLDS.paraphrase.find((t) => p.score >= t.cosine);
  return tier !== undefined && sharedTerms(p.a, p.b) >= tier.shared;
}

export function alignClaims(claims: readonly Claim[], options: AlignOptions = {}): AlignResult {
  const threshold = options.threshold ?? THRESHOLDS.align;
  const vec = new TfidfVectors(claims);
  const floor = Math.min(threshold, THRESHOLDS.related, ...THRESHOLDS.paraphrase.map((t) => t.cosine));
  const { first, second } = candidatePairs(claims, vec);
  // Scored pairs sorted by score (then positions) through typed arrays; objects made in the final order.
  const is: number[] = [];
  const js: number[] = [];
  const scores: number[] = [];
  for (let k = 0; k < first.length; k++) {
    const score = vec.cosineAt(first[k], second[k]);
    if (score < floor) continue;
    is.push(first[k]);
    js.push(second[k]);
    scores.push(score);
  }
  const order = Uint32Array.from(scores.keys()).sort((x, y) => scores[y] - scores[x] || is[x] - is[y] || js[x] - js[y]);
  const scored: ScoredPair[] = Array.from(order, (k) => ({ a: claims[is[k]], b: claims[js[k]], i: is[k], j: js[k], score: scores[k] }));
  const uf = new Groups(claims);
  const paraphrase = options.paraphrase ?? true;
  // The cheap set checks first: in large stories most pairs are already grouped, or clash on an article.
  for (const p of scored) if (uf.canJoin(p.i, p.j) && sameClaim(p, threshold, paraphrase)) uf.join(p.i, p.j);
  const byRoot = new Map<number, Claim[]>();
  claims.forEach((c, k) => {
    const r = uf.find(k);
    const g = byRoot.get(r);
    if (g) g.push(c);
    else byRoot.set(r, [c]);
  });
  return { groups: [...byRoot.values()], related: scored, cosine: (a, b) => vec.cosine(a, b) };
}
