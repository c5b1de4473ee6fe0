// The incremental corpus step: index a batch, verify bucket candidates, recompute lineage of the
// groups the batch touched and of their neighbours. Candidates come only from exact-hash groups and
// LSH buckets; exact duplicates join their group's representative and are never compared again.
import { MAX_CHAIN, MAX_VERIFIED, PASSAGE_COMMON_BUCKET, PREFILTER_MIN_CONTAINMENT } from './config.js';
import { compareTexts } from './compare-texts.js';
import { LineageContext, resolveLineage } from './lineage.js';
import type { GroupInfo } from './lineage-context.js';
import { outletKey } from './outlet-names.js';
import { isParagraphLevelKey } from './lsh-keys.js';
import { estimateContainment, estimateJaccard } from './minhash.js';
import { summarize } from './summarize.js';
import type { TokenCache } from './token-cache.js';
import type { ArticleSummary, ProvenanceIndex, ProvenanceInput, ProvenanceUpdate } from './types.js';

export interface SummarizedArticle {
  article: ProvenanceInput;
  summary: ArticleSummary;
}

/** Summarises (in this thread) and adds a batch; see summarize-pool.ts for worker threads. */
export function addArticles(batch: readonly ProvenanceInput[], index: ProvenanceIndex): ProvenanceUpdate {
  return addSummarized(batch.map((article) => ({ article, summary: summarize(article) })), index);
}

/** Adds a batch whose summaries are already computed (`cache`: the corpus step's token cache). */
export function addSummarized(items: readonly SummarizedArticle[], index: ProvenanceIndex, cache?: TokenCache | null): ProvenanceUpdate {
  const sorted = byId(items);
  const stats = { candidates: 0, verified: 0, links: 0, exactDuplicates: 0 };
  const touched = new Set<string>();
  const ctx = new LineageContext(index);
  indexBatch(sorted, index, stats, touched, {
    lineage: (id) => index.putLineage(resolveLineage(id, ctx)),
    verify: (a, b) => {
      const link = compareTexts(a.id, a.text, b.id, b.text, cache);
      if (link) {
        index.putLink(link);
        stats.links++;
      }
    },
  });
  const affected = refreshLineage(touched, index);
  for (const s of sorted) affected.add(s.article.id);
  return { added: sorted.map((s) => s.article.id), affected: [...affected].sort(), stats };
}

/**
 * The pairs addSummarized will verify, in its order, without verifying them: which pairs it compares
 * depends on keys, groups and summaries only, never on a comparison's outcome. So the comparisons
 * (pure functions of the two texts) can run elsewhere first, e.g. on worker threads, and reach
 * addSummarized through its TokenCache. The index is written as addSummarized writes it: the caller
 * discards those writes (an overlay's reset) before the real run. The pairs are pushed to `pairs` as
 * they are met, so a run stopped by a missed read leaves the ones found before it.
 */
export function plannedPairs(items: readonly SummarizedArticle[], index: ProvenanceIndex, pairs: [ProvenanceInput, ProvenanceInput][] = []): [ProvenanceInput, ProvenanceInput][] {
  const stats = { candidates: 0, verified: 0, links: 0, exactDuplicates: 0 };
  indexBatch(byId(items), index, stats, new Set(), { lineage: () => undefined, verify: (a, b) => { pairs.push([a, b]); } });
  return pairs;
}

function byId(items: readonly SummarizedArticle[]): SummarizedArticle[] {
  return [...items].sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0));
}

interface BatchVisitor {
  /** An article without text: its lineage (credit only) is resolved now. */
  lineage(id: string): void;
  /** A candidate pair to verify (ids in order). */
  verify(a: ProvenanceInput, b: ProvenanceInput): void;
}

/** Indexes the batch in id order; each new text is verified against the candidates indexed before it. */
function indexBatch(sorted: readonly SummarizedArticle[], index: ProvenanceIndex, stats: ProvenanceUpdate['stats'], touched: Set<string>, visit: BatchVisitor): void {
  for (const { article, summary } of sorted) index.putArticle(article, summary);
  for (const { article, summary } of sorted) {
    if (summary.textHash === '') {
      visit.lineage(article.id);
      continue;
    }
    touched.add(summary.textHash);
    if (index.groupOf(summary.textHash).length > 0) {
      index.addToGroup(summary.textHash, article.id);
      stats.exactDuplicates++;
      continue;
    }
    index.addToGroup(summary.textHash, article.id);
    linkCandidates(article, summary, index, stats, visit);
    index.addKeys(article.id, summary.keys);
  }
}

function linkCandidates(article: ProvenanceInput, summary: ArticleSummary, index: ProvenanceIndex, stats: ProvenanceUpdate['stats'], visit: BatchVisitor): void {
  const candidates = rankedCandidates(article.id, summary.keys, index);
  stats.candidates += candidates.length;
  index.readAhead?.('summaries', candidates);
  const kept = candidates.filter((other) => {
    const os = index.getSummary(other);
    return !!os && plausible(summary, os);
  });
  index.readAhead?.('articles', kept);
  for (const other of kept) {
    const oa = index.getArticle(other);
    if (!oa) continue;
    stats.verified++;
    if (article.id < other) visit.verify(article, oa);
    else visit.verify(oa, article);
  }
}

/**
 * Candidates by the number of keys they share with the article (more shared bands, more overlap),
 * keeping the best MAX_VERIFIED: a bucket holding thousands of near copies costs a bounded amount of
 * verification per article instead of a quadratic total (the index bounds the ids read per key).
 * Paragraph-level keys are read one by one: a stock paragraph's key, stored for many texts, is skipped.
 */
function rankedCandidates(id: string, keys: Float64Array, index: ProvenanceIndex): string[] {
  const hits = new Map<string, number>();
  const count = (ids: readonly string[]): void => {
    for (const c of ids) if (c !== id) hits.set(c, (hits.get(c) ?? 0) + 1);
  };
  // Counting does not depend on the order of the keys: per-key results, when the index has them, give
  // the same candidates as the text keys read together.
  const perKey = index.lookupEach?.(keys);
  const textKeys: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!isParagraphLevelKey(key)) {
      if (perKey) count(perKey[i]);
      else textKeys.push(key);
      continue;
    }
    const ids = perKey ? perKey[i] : lookupOne(key, index);
    if (ids.length - (ids.includes(id) ? 1 : 0) < PASSAGE_COMMON_BUCKET) count(ids);
  }
  if (!perKey) count(index.lookup(textKeys.length === keys.length ? keys : Float64Array.from(textKeys)));
  if (hits.size === 0) return [];
  if (hits.size <= MAX_VERIFIED) return [...hits.keys()].sort();
  const ranked = [...hits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_VERIFIED);
  return ranked.map(([c]) => c).sort();
}

/** Scratch key array of the one-key lookups (indexes read it during the call only). */
const ONE_KEY = new Float64Array(1);

function lookupOne(key: number, index: ProvenanceIndex): string[] {
  ONE_KEY[0] = key;
  return index.lookup(ONE_KEY);
}

/** Signature pre-filter: skips candidates whose estimated overlap is negligible (a bucket collision). */
function plausible(a: ArticleSummary, b: ArticleSummary): boolean {
  if (!a.signature || !b.signature) return true;
  const j = estimateJaccard(a.signature, b.signature);
  const c = Math.max(estimateContainment(j, a.shingleCount, b.shingleCount), estimateContainment(j, b.shingleCount, a.shingleCount));
  return c >= PREFILTER_MIN_CONTAINMENT || sharesParagraph(a, b);
}

function sharesParagraph(a: ArticleSummary, b: ArticleSummary): boolean {
  const set = new Set(a.paragraphs);
  for (const p of b.paragraphs) if (set.has(p)) return true;
  return false;
}

/**
 * Recomputes lineage for every member of the touched groups and of the groups whose lineage may read
 * them; then, wave by wave, of the groups that may read a group whose source changed (a copy of a
 * copy names the root of its chain), at most MAX_CHAIN waves. Groups linked only by partial reuse
 * that their lineage does not read (see readersOf) are not recomputed: only their lists change, and
 * lists are built when an article is read. Affected: the articles whose own fields (provenance-of.ts)
 * may have changed.
 */
function refreshLineage(touched: Set<string>, index: ProvenanceIndex): Set<string> {
  const ctx = new LineageContext(index);
  const done = new Set<string>();
  const affected = new Set<string>();
  let wave = new Set([...touched, ...readersOf(touched, index, ctx)]);
  for (let w = 0; w <= MAX_CHAIN && wave.size > 0; w++) {
    const changed = new Set<string>();
    for (const hash of [...wave].sort()) {
      done.add(hash);
      for (const id of index.groupOf(hash)) {
        const old = index.getLineage(id);
        const record = resolveLineage(id, ctx, old);
        index.putLineage(record);
        // An article's own fields change where its record changed, and at both ends of a moved
        // original (copies); a record recomputed unchanged changes none.
        if (JSON.stringify(record) !== JSON.stringify(old ?? null)) affected.add(id);
        const before = old?.original?.article_id;
        const after = record.original?.article_id;
        if (before !== after) {
          if (before) affected.add(before);
          if (after) affected.add(after);
        }
        if (!old || before !== after || (old.parent ?? null) !== (record.parent ?? null)) changed.add(hash);
      }
    }
    wave = new Set([...readersOf(changed, index, ctx)].filter((h) => !done.has(h)));
  }
  return affected;
}

/**
 * Text hashes of the groups linked to the given groups whose lineage reads them: a copy link is always
 * read; a partial-reuse link only by a member whose credit names the outlet of a member of the given
 * group (only such a member can be its source through that link: direct-parent.ts). So a group
 * reusing a passage keeps its lineage while its reuse list changes, and a batch does not recompute
 * (and read around) every group that shares a background paragraph with it.
 */
function readersOf(hashes: Set<string>, index: ProvenanceIndex, ctx: LineageContext): Set<string> {
  const readers = new Set<string>();
  for (const hash of hashes) {
    const rep = index.groupOf(hash)[0];
    if (!rep) continue;
    for (const link of index.linksOf(rep)) {
      const other = index.getSummary(link.a === rep ? link.b : link.a);
      if (!other) continue;
      if (link.kind !== 'reuse' || readers.has(other.textHash) || creditsOutletOf(other.textHash, ctx.group(hash), ctx)) readers.add(other.textHash);
    }
  }
  return readers;
}

/** Whether a member of group `hash` has a credit naming the outlet of a member of `source`. */
function creditsOutletOf(hash: string, source: GroupInfo, ctx: LineageContext): boolean {
  return ctx.index.groupOf(hash).some((id) => {
    const outlet = ctx.meta(id).credit?.outlet;
    return !!outlet && source.byOutlet.has(outletKey(outlet));
  });
}
