// Aligns claims that state the same thing across the articles of a story: TF-IDF weighted cosine
// over content terms, entity keys and numbers (idf over the story's claims), candidates drawn from an
// inverted term index (rarest terms first, long posting lists truncated) so that large stories never
// compare all sentence pairs. Groups grow greedily from the best pairs down, never holding two claims
// of one article.
import { isCalendarTerm } from './terms.js';
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

/** TF-IDF vectors as sorted term-id arrays, so a cosine is one merge pass. */
class Vectors {
  readonly idf = new Map<string, number>();
  private readonly ids: Int32Array[] = [];
  private readonly weights: Float64Array[] = [];
  private readonly norms: number[] = [];
  private readonly row = new Map<Claim, number>();

  constructor(claims: readonly Claim[]) {
    const df = new Map<string, number>();
    for (const c of claims) for (const t of c.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const termId = new Map<string, number>();
    for (const [t, n] of df) {
      this.idf.set(t, Math.log(1 + claims.length / n));
      termId.set(t, termId.size);
    }
    claims.forEach((c, k) => {
      const entries = [...c.terms].map(([t, tf]) => [termId.get(t)!, (1 + Math.log(tf)) * this.idf.get(t)!] as const).sort((x, y) => x[0] - y[0]);
      this.ids.push(Int32Array.from(entries, (e) => e[0]));
      this.weights.push(Float64Array.from(entries, (e) => e[1]));
      this.norms.push(Math.sqrt(entries.reduce((s, e) => s + e[1] * e[1], 0)) || 1);
      this.row.set(c, k);
    });
  }

  cosine(a: Claim, b: Claim): number {
    const x = this.row.get(a)!;
    const y = this.row.get(b)!;
    const ia = this.ids[x], ib = this.ids[y], wa = this.weights[x], wb = this.weights[y];
    let dot = 0;
    for (let p = 0, q = 0; p < ia.length && q < ib.length; ) {
      if (ia[p] === ib[q]) dot += wa[p++] * wb[q++];
      else if (ia[p] < ib[q]) p++;
      else q++;
    }
    return dot / (this.norms[x] * this.norms[y]);
  }
}

/** Index pairs (i < j) of claims of different articles that share rare terms; each pair once. */
function candidatePairs(claims: readonly Claim[], vec: Vectors): [number, number][] {
  const byIdf = (x: string, y: string) => (vec.idf.get(y) ?? 0) - (vec.idf.get(x) ?? 0);
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const t of c.terms.keys()) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      if (p.length < THRESHOLDS.maxPosting) p.push(i);
    }
  });
  // Rarest terms first; a term in more claims than maxPosting is probed only when nothing rarer is left.
  const probes = claims.map((c) => {
    const ranked = [...c.terms.keys()].sort(byIdf);
    const rare = ranked.filter((t) => postings.get(t)!.length < THRESHOLDS.maxPosting);
    return (rare.length ? rare : ranked).slice(0, THRESHOLDS.probeTerms);
  });
  const article = new Map<string, number>();
  const articleOf = Int32Array.from(claims, (c) => {
    if (!article.has(c.articleId)) article.set(c.articleId, article.size);
    return article.get(c.articleId)!;
  });
  const out: [number, number][] = [];
  const seen = new Set<number>();
  const shared = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((_, i) => {
    for (const t of probes[i]) {
      const w = vec.idf.get(t) ?? 0;
      for (const j of postings.get(t) ?? []) {
        if (articleOf[j] === articleOf[i]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] += w;
      }
    }
    const best = touched.length > THRESHOLDS.maxCandidates ? touched.sort((x, y) => shared[y] - shared[x] || x - y).slice(0, THRESHOLDS.maxCandidates) : touched;
    for (const j of best) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * claims.length + b;
      if (!seen.has(key)) {
        seen.add(key);
        out.push([a, b]);
      }
    }
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
  });
  return out;
}

/** Union-find whose sets never hold two claims of one article. */
class Groups {
  private readonly parent = new Map<Claim, Claim>();
  private readonly articles = new Map<Claim, Set<string>>();

  constructor(claims: readonly Claim[]) {
    for (const c of claims) {
      this.parent.set(c, c);
      this.articles.set(c, new Set([c.articleId]));
    }
  }

  find(c: Claim): Claim {
    let r = c;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(c, r);
    return r;
  }

  tryUnion(a: Claim, b: Claim): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const sa = this.articles.get(ra)!;
    const sb = this.articles.get(rb)!;
    for (const x of sb) if (sa.has(x)) return false;
    for (const x of sb) sa.add(x);
    this.parent.set(rb, ra);
    return true;
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
  const vec = new Vectors(claims);
  const scored: ScoredPair[] = candidatePairs(claims, vec)
    .map(([i, j]) => ({ a: claims[i], b: claims[j], i, j, score: vec.cosine(claims[i], claims[j]) }))
    .filter((p) => p.score >= Math.min(threshold, THRESHOLDS.related, ...THRESHOLDS.paraphrase.map((t) => t.cosine)))
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const uf = new Groups(claims);
  const paraphrase = options.paraphrase ?? true;
  for (const p of scored) if (sameClaim(p, threshold, paraphrase)) uf.tryUnion(p.a, p.b);
  const byRoot = new Map<Claim, Claim[]>();
  for (const c of claims) {
    const r = uf.find(c);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = []));
    g.push(c);
  }
  return { groups: [...byRoot.values()], related: scored, cosine: (a, b) => vec.cosine(a, b) };
}
