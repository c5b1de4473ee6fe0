// compare/basil: on BASIL triplets (one event, three outlets), with these definitions —
//  inf_not_shared_rate: of the claims that hold an informational-bias span (`bias: inf`, span inside
//    the claim's offsets), the share whose claim group is NOT reported by all three articles;
//  rest_not_shared_rate: the same share over the remaining claims (holding no annotated span);
//  inf_unique_rate / rest_unique_rate: the same with "reported by this article only";
//  not_shared_ratio = inf_not_shared_rate / rest_not_shared_rate (above 1: Parallax finds BASIL's
//    selective content more often outside the shared core);
//  quote_speaker_acc: of BASIL quote spans with a named speaker (not other_*), located in the text,
//    the share that findQuotes covers with a quote whose speaker shares a name token with the gold one;
//  triplets_with_matrix_pct: triplets whose matrix has a claim reported by ≥2 articles and ≥1 unique
//    claim for every article (the per-triplet report also counts claims shared by all three);
//  cross_event_clean_pct: a check on false alignments — every triplet's articles paired with the next
//    triplet's articles of another outlet (a different event; neighbours are mostly of the same
//    year, so of similar topics): the share of such pairs whose comparison aligns no claim. The
//    report gives the aligned claims per cross-event pair next to the same figure within triplets.
// Span level (the claim-level rates above are near 1 for every claim, since most claims are not
// shared by all three; these look at the annotated words themselves — eval/compare/basil-spans.ts):
//  a span's content terms are those of its words (compare/terms.ts: lowercased, stop words dropped,
//    stemmed, synonyms folded, numbers as #n); spans with fewer than 2 are left out;
//  the other outlets of a span are the articles of its triplet from another outlet;
//  inf_span_aligned_share: mean over `inf` spans of the share of their content terms found in the
//    claims of other outlets that are aligned (same claim group) with a claim overlapping the span
//    (0 when no claim of another outlet is aligned);
//  inf_span_anywhere_share: the same share, found anywhere in the other outlets' article texts;
//  inf_span_echo_rate: share of `inf` spans with at least half of their content terms anywhere in
//    the other outlets' articles;
//  rand_span_*: the same over random spans — for each `inf` span, 3 runs of as many consecutive
//    words, each from a random sentence of the same article that overlaps no annotated span (of any
//    kind) and is long enough, at a random word (mulberry32, seed SPAN_SEED; same 2-term minimum);
//  span_echo_ratio = inf_span_echo_rate / rand_span_echo_rate (below 1: the content of BASIL's
//    informational-bias spans is missing from the other outlets more often than ordinary content).
//  Measured only; the compare stage is not tuned on it.
import { join } from 'node:path';
import { buildCoverage } from '../../src/compare/coverage.js';
import { compareStory } from '../../src/compare/index.js';
import { sharedDir } from '../../src/util/paths.js';
import { mulberry32 } from '../../src/util/mulberry32.js';
import type { EvalSection } from '../types.js';
import { loadBasil, type BasilArticle } from './basil-data.js';
import { emptyTally, spanEcho } from './basil-spans.js';

const SPAN_SEED = 6;

const pct = (n: number, d: number) => (d ? n / d : 0);

function speakerMatches(gold: string, found: string | undefined): boolean {
  if (!found) return false;
  const g = gold.toLowerCase().split(/[_\s]+/u).filter((t) => t.length > 1);
  const f = new Set(found.toLowerCase().split(/[\s.]+/u));
  return g.some((t) => f.has(t));
}

/** Claim groups two articles share, counted over article pairs: within triplets and across events. */
function pairAlignments(lists: readonly BasilArticle[][]): { within: number; withinPairs: number; cross: number; crossPairs: number; crossClean: number } {
  const shared = (a: BasilArticle, b: BasilArticle) => buildCoverage([a.article, b.article]).groups.filter((g) => g.articleIds.length === 2).length;
  const out = { within: 0, withinPairs: 0, cross: 0, crossPairs: 0, crossClean: 0 };
  lists.forEach((list, k) => {
    const next = lists[(k + 1) % lists.length];
    if (next === list) return;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        out.within += shared(list[i], list[j]);
        out.withinPairs++;
      }
      const other = next.find((b) => b.article.outlet?.name !== list[i].article.outlet?.name);
      if (!other) continue;
      const n = shared(list[i], other);
      out.cross += n;
      out.crossPairs++;
      if (n === 0) out.crossClean++;
    }
  });
  return out;
}

export function runBasilOn(triplets: Map<string, BasilArticle[]>): EvalSection {
  const c = { inf: 0, infNot: 0, infUni: 0, rest: 0, restNot: 0, restUni: 0, q: 0, qOk: 0, qFound: 0, trip: 0, tripOk: 0, tripAll: 0 };
  const rng = mulberry32(SPAN_SEED);
  const infEcho = emptyTally();
  const randEcho = emptyTally();
  for (const list of triplets.values()) {
    const articles = list.map((b) => b.article);
    const cmp = compareStory(articles);
    spanEcho(list, cmp, rng, infEcho, randEcho);
    const groupOf = new Map(cmp.coverage.groups.flatMap((g) => g.claims.map((cl) => [cl.id, g] as const)));
    const outlets = new Set(articles.map((a) => a.outlet?.name)).size;
    if (outlets >= 2) {
      c.trip++;
      const shared = cmp.coverage.groups.some((g) => g.articleIds.length >= 2);
      if (shared && articles.every((a) => cmp.coverage.unique[a.id].length > 0)) c.tripOk++;
      if (articles.length >= 3 && cmp.coverage.groups.some((g) => g.articleIds.length >= 3)) c.tripAll++;
    }
    for (const b of list) {
      const spans = b.spans;
      for (const cl of cmp.coverage.claims.filter((x) => x.articleId === b.article.id)) {
        const g = groupOf.get(cl.id)!;
        const inside = spans.filter((s) => s.start < cl.end && s.end > cl.start);
        const notShared = g.articleIds.length < Math.min(3, articles.length);
        const unique = g.articleIds.length === 1;
        if (inside.some((s) => s.bias === 'inf')) {
          c.inf++;
          if (notShared) c.infNot++;
          if (unique) c.infUni++;
        } else if (inside.length === 0) {
          c.rest++;
          if (notShared) c.restNot++;
          if (unique) c.restUni++;
        }
      }
      for (const s of spans.filter((x) => x.quote && x.speaker && !x.speaker.startsWith('other'))) {
        c.q++;
        const q = b.article.quotes.find((x) => x.start < s.end && x.end > s.start && x.kind !== 'scare');
        if (q) c.qFound++;
        if (speakerMatches(s.speaker, q?.speaker?.name)) c.qOk++;
      }
    }
  }
  const pairs = pairAlignments([...triplets.values()]);
  const infNot = pct(c.infNot, c.inf);
  const restNot = pct(c.restNot, c.rest);
  const metrics = {
    inf_not_shared_rate: infNot,
    rest_not_shared_rate: restNot,
    not_shared_ratio: restNot ? infNot / restNot : 0,
    inf_unique_rate: pct(c.infUni, c.inf),
    rest_unique_rate: pct(c.restUni, c.rest),
    quote_speaker_acc: pct(c.qOk, c.q),
    quote_found_rate: pct(c.qFound, c.q),
    triplets_with_matrix_pct: 100 * pct(c.tripOk, c.trip),
    cross_event_clean_pct: 100 * pct(pairs.crossClean, pairs.crossPairs),
    inf_span_aligned_share: pct(infEcho.aligned, infEcho.spans),
    rand_span_aligned_share: pct(randEcho.aligned, randEcho.spans),
    inf_span_anywhere_share: pct(infEcho.anywhere, infEcho.spans),
    rand_span_anywhere_share: pct(randEcho.anywhere, randEcho.spans),
    inf_span_echo_rate: pct(infEcho.echoed, infEcho.spans),
    rand_span_echo_rate: pct(randEcho.echoed, randEcho.spans),
    span_echo_ratio: pct(pct(infEcho.echoed, infEcho.spans), pct(randEcho.echoed, randEcho.spans)),
  };
  const report = [
    `  triplets ${triplets.size} (multi-outlet ${c.trip}, with shared + per-article unique claims ${c.tripOk}, with a claim all three report ${c.tripAll})`,
    `  aligned claims per article pair: within a triplet ${pct(pairs.within, pairs.withinPairs).toFixed(2)} (${pairs.withinPairs} pairs); across events ${pct(pairs.cross, pairs.crossPairs).toFixed(2)} (${pairs.crossPairs} pairs, ${pairs.crossClean} with none)`,
    `  claims holding an inf span: ${c.inf}; not shared by all three ${(100 * infNot).toFixed(1)}%, unique ${(100 * metrics.inf_unique_rate).toFixed(1)}%`,
    `  other claims: ${c.rest}; not shared by all three ${(100 * restNot).toFixed(1)}%, unique ${(100 * metrics.rest_unique_rate).toFixed(1)}%`,
    `  span level — inf spans: ${infEcho.spans}; content terms in aligned claims of other outlets ${(100 * metrics.inf_span_aligned_share).toFixed(1)}%, anywhere in their articles ${(100 * metrics.inf_span_anywhere_share).toFixed(1)}%, echoed (≥ half) ${(100 * metrics.inf_span_echo_rate).toFixed(1)}%`,
    `  span level — random spans of the same length: ${randEcho.spans}; aligned ${(100 * metrics.rand_span_aligned_share).toFixed(1)}%, anywhere ${(100 * metrics.rand_span_anywhere_share).toFixed(1)}%, echoed ${(100 * metrics.rand_span_echo_rate).toFixed(1)}% (echo ratio inf/random ${metrics.span_echo_ratio.toFixed(2)})`,
    `  quote spans with a named speaker: ${c.q}; covered by a quote ${(100 * metrics.quote_found_rate).toFixed(1)}%, speaker right ${(100 * metrics.quote_speaker_acc).toFixed(1)}%`,
  ].join('\n');
  return { name: 'compare/basil', metrics, report };
}

export async function runBasil(): Promise<{ section: EvalSection; triplets: Map<string, BasilArticle[]> | null }> {
  const shared = sharedDir();
  if (!shared) return { section: { name: 'compare/basil', metrics: {}, report: '', skipped: 'BASIL not found (../shared/eval/basil)' }, triplets: null };
  const triplets = loadBasil(join(shared, 'eval', 'basil'));
  if (!triplets.size) return { section: { name: 'compare/basil', metrics: {}, report: '', skipped: 'BASIL not found (../shared/eval/basil)' }, triplets: null };
  return { section: runBasilOn(triplets), triplets };
}
