// Span-level echo of BASIL informational-bias spans (definitions in eval/compare/basil.ts): how
// much of a span's own content the other outlets of its event carry — in the claims aligned with
// the span's claim, and anywhere in their articles — next to random spans of the same length.
import type { StoryComparison } from '../../src/compare/index.js';
import { contentTerms, words, type Word } from '../../src/compare/terms.js';
import type { CompareArticle, Span } from '../../src/compare/types.js';
import type { BasilArticle } from './basil-data.js';

/** A span is echoed when at least this share of its content terms occurs in the other outlets' articles. */
export const ECHO_SHARE = 0.5;
/** Spans with fewer content terms say too little to judge and are left out. */
export const MIN_SPAN_TERMS = 2;
/** Random spans drawn per informational-bias span. */
export const RANDOM_PER_SPAN = 3;

export interface EchoTally {
  spans: number;
  /** Sums over spans of the share of their content terms found (aligned claims / anywhere). */
  aligned: number;
  anywhere: number;
  /** Spans with at least ECHO_SHARE of their terms anywhere in the other outlets' articles. */
  echoed: number;
}

export const emptyTally = (): EchoTally => ({ spans: 0, aligned: 0, anywhere: 0, echoed: 0 });

const termsOf = (ws: readonly Word[]) => new Set([...contentTerms(ws).keys()]);
const share = (terms: ReadonlySet<string>, pool: ReadonlySet<string>) => [...terms].filter((t) => pool.has(t)).length / terms.size;

/** The content terms of the other outlets' claims aligned with any claim overlapping the span. */
function alignedPool(cmp: StoryComparison, article: CompareArticle, outletOf: Map<string, string | undefined>, span: Span): Set<string> {
  const pool = new Set<string>();
  const own = outletOf.get(article.id);
  for (const g of cmp.coverage.groups) {
    if (!g.claims.some((c) => c.articleId === article.id && c.start < span.end && c.end > span.start)) continue;
    for (const c of g.claims) if (outletOf.get(c.articleId) !== own) for (const t of c.terms.keys()) if (t[0] !== '@') pool.add(t);
  }
  return pool;
}

function tally(into: EchoTally, terms: ReadonlySet<string>, aligned: ReadonlySet<string>, anywhere: ReadonlySet<string>): void {
  const found = share(terms, anywhere);
  into.spans++;
  into.aligned += share(terms, aligned);
  into.anywhere += found;
  if (found >= ECHO_SHARE) into.echoed++;
}

/** Random runs of `length` consecutive words from sentences of the article that hold no annotated span. */
function randomSpans(b: BasilArticle, length: number, count: number, rng: () => number): Span[] {
  const { text, sentences } = b.article;
  const free = sentences
    .filter((s) => !b.spans.some((x) => x.start < s.end && x.end > s.start))
    .map((s) => words(text.slice(s.start, s.end), s.start))
    .filter((ws) => ws.length >= length);
  const out: Span[] = [];
  for (let k = 0; k < count && free.length; k++) {
    const ws = free[Math.floor(rng() * free.length)];
    const at = Math.floor(rng() * (ws.length - length + 1));
    out.push({ start: ws[at].start, end: ws[at + length - 1].end });
  }
  return out;
}

/** Adds one triplet's informational-bias spans and their random counterparts to the tallies. */
export function spanEcho(list: readonly BasilArticle[], cmp: StoryComparison, rng: () => number, inf: EchoTally, random: EchoTally): void {
  const outletOf = new Map(list.map((b) => [b.article.id, b.article.outlet?.name]));
  for (const b of list) {
    const own = outletOf.get(b.article.id);
    const others = list.filter((o) => outletOf.get(o.article.id) !== own);
    if (!others.length) continue;
    const anywhere = new Set(others.flatMap((o) => [...termsOf(words(o.article.text))]));
    for (const s of b.spans.filter((x) => x.bias === 'inf')) {
      const ws = words(b.article.text.slice(s.start, s.end), s.start);
      const terms = termsOf(ws);
      if (terms.size < MIN_SPAN_TERMS) continue;
      tally(inf, terms, alignedPool(cmp, b.article, outletOf, s), anywhere);
      for (const r of randomSpans(b, ws.length, RANDOM_PER_SPAN, rng)) {
        const rt = termsOf(words(b.article.text.slice(r.start, r.end), r.start));
        if (rt.size >= MIN_SPAN_TERMS) tally(random, rt, alignedPool(cmp, b.article, outletOf, r), anywhere);
      }
    }
  }
}
