// The provenance corpus step: adds stored articles to the duplicate index, recomputes lineage of
// what they touch, and writes every affected article's provenance fields — all in one transaction.
// The algorithm is synchronous; it runs on an overlay filled from the store (prefetch by keys and
// hashes, then the rows its reads missed, until a run misses nothing), so any store can back it.
import { addSummarized, plannedPairs, type SummarizedArticle } from '../../provenance/add-articles.js';
import { provenanceOf } from '../../provenance/provenance-of.js';
import { summarize } from '../../provenance/summarize.js';
import { TokenCache } from '../../provenance/token-cache.js';
import type { ArticleSummary, ProvenanceInput, ProvenanceUpdate } from '../../provenance/types.js';
import type { ProvenanceResult, Store } from '../../store/repository.js';
import { ProvenanceOverlay } from '../../store/provenance-overlay.js';
import { emptyFetch, isEmptyFetch, type ProvenanceFetch, type ProvenanceRows } from '../../store/provenance-rows.js';
import { createCorpusPool, type CorpusPool } from './corpus-pool.js';

export interface ProvenanceStepStats { added: number; affected: number; links: number; exactDuplicates: number; rounds: number }

/** Levels of neighbours read by the first fill (a group's members, a link's other side…). */
const FILL_LEVELS = 3;
/**
 * Levels read after a run that missed rows. Lineage walks copy chains wave by wave (MAX_CHAIN waves,
 * each a link and a group deep), so a shallow fill costs one whole re-run of the batch per level;
 * reading rows is far cheaper than re-running, so a miss is followed deep at once.
 */
const MISS_FILL_LEVELS = 12;
/** A fill stops following neighbours past this many ids: memory stays bounded on a huge component. */
const FILL_MAX_IDS = 20_000;
/** A run that still misses rows after this many fills means a bug, not a big corpus. */
const MAX_ROUNDS = 200;
/** Candidate pairs per worker task: enough to amortise the message, small enough to spread the work. */
const PAIRS_PER_TASK = 48;

/** Adds the given articles (summaries from the workers when at hand, else computed here); threads > 1 verify candidate pairs on worker threads. */
export async function provenanceStep(store: Store, ids: readonly string[], summaries: ReadonlyMap<string, ArticleSummary>, options: { threads?: number } = {}): Promise<ProvenanceStepStats> {
  const overlay = new ProvenanceOverlay();
  const first = { ...emptyFetch(), articles: [...ids], summaries: [...ids] };
  overlay.load(first, await store.provenance.fetch(first));
  const items: SummarizedArticle[] = [];
  for (const id of [...new Set(ids)]) {
    const article = overlay.getArticle(id);
    if (!article || overlay.getSummary(id)) continue; // gone, or already indexed (re-run)
    items.push({ article, summary: summaries.get(id) ?? summarize({ id, text: article.text, dateline: article.dateline ?? null }) });
  }
  overlay.reset();
  if (items.length === 0) return { added: 0, affected: 0, links: 0, exactDuplicates: 0, rounds: 0 };
  const tokens = new TokenCache(); // texts do not change within a step: re-runs and results share it
  await fill(store, overlay, {
    ...emptyFetch(),
    groups: items.map((i) => i.summary.textHash),
    keys: items.flatMap((i) => [...i.summary.keys]),
    lineage: items.map((i) => i.article.id),
    copies: items.map((i) => i.article.id),
    links: items.map((i) => i.article.id),
  });
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
      update = addSummarized(items, overlay, tokens);
    } catch (err) {
      failure = err; // the algorithm may stop at a read it missed ("not in the index"): load and retry
    }
    const misses = overlay.takeMisses();
    if (failure && isEmptyFetch(misses)) throw failure;
    if (!update || !isEmptyFetch(misses)) {
      if (round >= MAX_ROUNDS) throw new Error(`provenance: index reads still missing after ${round} rounds`);
      overlay.reset();
      await fill(store, overlay, misses, MISS_FILL_LEVELS);
      continue;
    }
    // Every read of the update hit: its writes are final. The results only read, so what they miss
    // is loaded and the results alone are recomputed (not the whole batch).
    const results = await resultsOf(store, overlay, update.affected, tokens);
    await store.provenance.commit(overlay.changes(), results);
    return { added: update.added.length, affected: update.affected.length, links: update.stats.links, exactDuplicates: update.stats.exactDuplicates, rounds: round };
  }
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

async function resultsOf(store: Store, overlay: ProvenanceOverlay, affected: string[], tokens: TokenCache): Promise<ProvenanceResult[]> {
  await fill(store, overlay, { ...emptyFetch(), lineage: affected, copies: affected, links: affected }, 1);
  for (let round = 1; ; round++) {
    const results = affected.map((id) => ({ article_id: id, ...provenanceOf(id, overlay, tokens) }));
    const misses = overlay.takeMisses();
    if (isEmptyFetch(misses)) return results;
    if (round >= MAX_ROUNDS) throw new Error(`provenance: result reads still missing after ${round} rounds`);
    await fill(store, overlay, misses, MISS_FILL_LEVELS);
  }
}

/** Reads the requested rows and, a few levels deep, the rows of what they point to. */
async function fill(store: Store, overlay: ProvenanceOverlay, request: ProvenanceFetch, levels = FILL_LEVELS): Promise<void> {
  let next = overlay.unknown(withWholeIds(request));
  let ids = 0;
  for (let level = 0; level < levels && !isEmptyFetch(next) && ids < FILL_MAX_IDS; level++) {
    ids += next.articles.length;
    const rows = await store.provenance.fetch(next);
    overlay.load(next, rows);
    await closeGroups(store, overlay, rows);
    next = overlay.unknown(neighbours(rows));
  }
}

/**
 * Lineage reads every member of a group it meets (their metadata picks the group's head): the groups
 * of the summaries just read, and the articles and summaries of their members, are read at once, so
 * the last level of a fill does not leave one re-run of the batch per half-read group.
 */
async function closeGroups(store: Store, overlay: ProvenanceOverlay, rows: ProvenanceRows): Promise<void> {
  const groups = overlay.unknown({ ...emptyFetch(), groups: rows.summaries.map((s) => s.textHash).filter((h) => h !== '') });
  let loaded = rows.groups;
  if (!isEmptyFetch(groups)) {
    const more = await store.provenance.fetch(groups);
    overlay.load(groups, more);
    loaded = [...loaded, ...more.groups];
  }
  const members = loaded.flatMap((g) => g.ids);
  const rest = overlay.unknown({ ...emptyFetch(), articles: members, summaries: members });
  if (!isEmptyFetch(rest)) overlay.load(rest, await store.provenance.fetch(rest));
}

/** Any id asked about in one respect is read in every respect: the next reads usually need them. */
function withWholeIds(f: ProvenanceFetch): ProvenanceFetch {
  const ids = [...new Set([...f.articles, ...f.summaries, ...f.links, ...f.lineage, ...f.copies])];
  return { ...f, articles: ids, summaries: ids, links: ids, lineage: ids, copies: ids };
}

function neighbours(rows: ProvenanceRows): ProvenanceFetch {
  const ids = new Set<string>();
  for (const k of rows.keys) for (const id of k.ids) ids.add(id);
  for (const g of rows.groups) for (const id of g.ids) ids.add(id);
  for (const l of rows.links) { ids.add(l.a); ids.add(l.b); }
  for (const c of rows.copies) for (const id of c.ids) ids.add(id);
  for (const r of rows.lineage) if (r.original?.article_id) ids.add(r.original.article_id);
  return withWholeIds({ ...emptyFetch(), articles: [...ids], groups: rows.summaries.map((s) => s.textHash).filter((h) => h !== '') });
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
