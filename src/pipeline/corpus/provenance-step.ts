// The provenance corpus step: adds stored articles to the duplicate index, recomputes lineage of
// what they touch, and writes every affected article's provenance fields — all in one transaction.
// The algorithm is synchronous; it runs on an overlay filled from the store (prefetch by keys and
// hashes, then the rows its reads missed, until a run misses nothing), so any store can back it.
import { addSummarized, plannedPairs, type SummarizedArticle } from '../../provenance/add-articles.js';
import { ownProvenance } from '../../provenance/provenance-of.js';
import { summarize } from '../../provenance/summarize.js';
import { TokenCache } from '../../provenance/token-cache.js';
import type { ArticleSummary, ProvenanceInput, ProvenanceUpdate } from '../../provenance/types.js';
import type { ProvenanceResult, Store } from '../../store/repository.js';
import { ProvenanceOverlay } from '../../store/provenance-overlay.js';
import { fill, MAX_ROUNDS, readComplete } from '../../store/provenance-fill.js';
import { emptyFetch, isEmptyFetch } from '../../store/provenance-rows.js';
import { createCorpusPool, type CorpusPool } from './corpus-pool.js';
import { logStepHold, memLogOn, phaseEnd } from './provenance-mem-log.js';

export interface ProvenanceStepStats { added: number; affected: number; links: number; exactDuplicates: number; rounds: number }

/** Levels of neighbours read by the first fill (a group's members, a link's other side…). */
const FILL_LEVELS = 3;
/**
 * Levels read after a run that missed rows. Lineage walks copy chains wave by wave (MAX_CHAIN waves,
 * each a link and a group deep), so a shallow fill costs one whole re-run of the batch per level;
 * reading rows is far cheaper than re-running, so a miss is followed deep at once.
 */
const MISS_FILL_LEVELS = 12;
/** Candidate pairs per worker task: enough to amortise the message, small enough to spread the work. */
const PAIRS_PER_TASK = 48;

/** Adds the given articles (summaries from the workers when at hand, else computed here); threads > 1 verify candidate pairs on worker threads. */
export async function provenanceStep(store: Store, ids: readonly string[], summaries: ReadonlyMap<string, ArticleSummary>, options: { threads?: number } = {}): Promise<ProvenanceStepStats> {
  phaseEnd('lock');
  const overlay = new ProvenanceOverlay(store.provenance.fetchNow?.bind(store.provenance));
  const first = { ...emptyFetch(), articles: [...ids], summaries: [...ids] };
  overlay.load(first, await store.provenance.fetch(first));
  const items: SummarizedArticle[] = [];
  for (const id of [...new Set(ids)]) {
    const article = overlay.getArticle(id);
    if (!article || overlay.getSummary(id)) continue; // gone, or already indexed (re-run)
    items.push({ article, summary: summaries.get(id) ?? summarize({ id, text: article.text, dateline: article.dateline ?? null }) });
  }
  overlay.reset();
  phaseEnd('batch read');
  if (items.length === 0) return { added: 0, affected: 0, links: 0, exactDuplicates: 0, rounds: 0 };
  const tokens = new TokenCache(); // texts do not change within a step: the re-runs share it
  await fill(store.provenance, overlay, {
    ...emptyFetch(),
    groups: items.map((i) => i.summary.textHash),
    keys: items.flatMap((i) => [...i.summary.keys]),
    lineage: items.map((i) => i.article.id),
    copies: items.map((i) => i.article.id),
    links: items.map((i) => i.article.id),
  }, FILL_LEVELS);
  phaseEnd('fill');
  if ((options.threads ?? 1) > 1) {
    const pool = createCorpusPool({ threads: options.threads ?? 1 });
    try {
      await verifyAhead(items, overlay, tokens, pool);
    } finally {
      await pool.close();
    }
  }
  for (let round = 1; ; round++) {
    let update: ProvenanceUpdate | null = null;
    let failure: unknown = null;
    try {
      update = readingNow(store, () => addSummarized(items, overlay, tokens));
    } catch (err) {
      failure = err; // the algorithm may stop at a read it missed ("not in the index"): load and retry
    }
    const misses = overlay.takeMisses();
    phaseEnd('run');
    if (failure && isEmptyFetch(misses)) throw failure;
    if (!update || !isEmptyFetch(misses)) {
      if (round >= MAX_ROUNDS) throw new Error(`provenance: index reads still missing after ${round} rounds`);
      overlay.reset();
      await fill(store.provenance, overlay, misses, MISS_FILL_LEVELS);
      phaseEnd('miss fill');
      continue;
    }
    // Every read of the update hit: its writes are final. The results only read, so what they miss
    // is loaded and the results alone are recomputed (not the whole batch).
    const results = await resultsOf(store, overlay, update.affected);
    phaseEnd('results');
    if (memLogOn) logStepHold({ overlay: overlay.sizes(), tokens: tokens.sizes() });
    await store.provenance.commit(overlay.changes(), results);
    phaseEnd('commit');
    return { added: update.added.length, affected: update.affected.length, links: update.stats.links, exactDuplicates: update.stats.exactDuplicates, rounds: round };
  }
}

/** `read` in one read transaction of the store when it has them (see ProvenanceRepository.readingNow). */
function readingNow<T>(store: Store, read: () => T): T {
  return store.provenance.readingNow ? store.provenance.readingNow(read) : read();
}

/**
 * Verifies the batch's candidate pairs on worker threads before the (single-threaded) run, which then
 * finds every result in its token cache. Pairs a missed read hid are verified by the run itself.
 */
async function verifyAhead(items: SummarizedArticle[], overlay: ProvenanceOverlay, tokens: TokenCache, pool: CorpusPool): Promise<void> {
  const pairs: [ProvenanceInput, ProvenanceInput][] = [];
  try {
    plannedPairs(items, overlay, pairs);
  } catch {
    // a read the fill missed: the run loads it; the pairs met before it are verified here
  }
  overlay.reset(); // drops the planning pass's writes and misses
  const tasks: Promise<void>[] = [];
  for (let i = 0; i < pairs.length; i += PAIRS_PER_TASK) {
    const chunk = pairs.slice(i, i + PAIRS_PER_TASK);
    const texts: Record<string, string> = {};
    for (const [a, b] of chunk) { texts[a.id] = a.text; texts[b.id] = b.text; }
    tasks.push(pool.verify({ texts, pairs: chunk.map(([a, b]) => [a.id, b.id]) }).then((links) => {
      chunk.forEach(([a, b], j) => tokens.rememberPair(a.id, a.text, b.id, b.text, links[j]));
    }));
  }
  await Promise.all(tasks);
}

/** The own fields of the affected articles (their lists are built when they are read). */
async function resultsOf(store: Store, overlay: ProvenanceOverlay, affected: string[]): Promise<ProvenanceResult[]> {
  return readComplete(store.provenance, overlay, affected, () => affected.map((id) => ({ article_id: id, ...ownProvenance(id, overlay) })), MISS_FILL_LEVELS);
}

/** Catches up with articles a killed run stored but did not index. */
export async function provenanceCatchUp(store: Store, batch = 1000, threads = 1): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await store.provenance.pendingArticleIds(batch);
    if (ids.length === 0) return total;
    total += (await provenanceStep(store, ids, new Map(), { threads })).added;
  }
}
