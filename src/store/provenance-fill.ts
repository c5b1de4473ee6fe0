// Filling a ProvenanceOverlay from a store: the rows asked for and, some levels deep, the rows of
// what they point to; and running a read-only computation over the overlay until it misses nothing.
// The provenance corpus step reads ahead this way (a missed read costs a re-run of its whole batch).
import type { ProvenanceRepository } from './repository.js';
import type { ProvenanceOverlay } from './provenance-overlay.js';
import { emptyFetch, isEmptyFetch, type ProvenanceFetch, type ProvenanceRows } from './provenance-rows.js';

/** A fill stops following neighbours past this many ids: memory stays bounded on a huge component. */
const FILL_MAX_IDS = 20_000;
/** A run that still misses rows after this many fills means a bug, not a big corpus. */
export const MAX_ROUNDS = 200;

/**
 * Reads the requested rows and, `levels` deep, the rows of what they point to; nothing for an
 * overlay that reads through (it reads each row when asked for it).
 */
export async function fill(repo: ProvenanceRepository, overlay: ProvenanceOverlay, request: ProvenanceFetch, levels: number): Promise<void> {
  if (overlay.readsThrough) return;
  let next = overlay.unknown(withWholeIds(request));
  let ids = 0;
  for (let level = 0; level < levels && !isEmptyFetch(next) && ids < FILL_MAX_IDS; level++) {
    ids += next.articles.length;
    const rows = await repo.fetch(next);
    overlay.load(next, rows);
    await closeGroups(repo, overlay, rows);
    next = overlay.unknown(neighbours(rows));
  }
}

/**
 * Runs `compute` (which only reads the overlay) until a run misses nothing, loading each run's misses
 * `missLevels` deep; the first run's rows are those of `ids` in every respect.
 */
export async function readComplete<T>(repo: ProvenanceRepository, overlay: ProvenanceOverlay, ids: readonly string[], compute: () => T, missLevels: number): Promise<T> {
  await fill(repo, overlay, { ...emptyFetch(), lineage: [...ids], copies: [...ids], links: [...ids] }, 1);
  return untilComplete(overlay, compute, (misses) => fill(repo, overlay, misses, missLevels));
}

/** Runs `compute` over the overlay, then `load`s what it missed, until a run misses nothing. */
export async function untilComplete<T>(overlay: ProvenanceOverlay, compute: () => T, load: (misses: ProvenanceFetch) => Promise<void>): Promise<T> {
  for (let round = 1; ; round++) {
    const out = compute();
    const misses = overlay.takeMisses();
    if (isEmptyFetch(misses)) return out;
    if (round >= MAX_ROUNDS) throw new Error(`provenance: reads still missing after ${round} rounds`);
    await load(misses);
  }
}

/**
 * Lineage reads every member of a group it meets (their metadata picks the group's head): the groups
 * of the summaries just read, and the articles and summaries of their members, are read at once, so
 * the last level of a fill does not leave one re-run of the batch per half-read group.
 */
async function closeGroups(repo: ProvenanceRepository, overlay: ProvenanceOverlay, rows: ProvenanceRows): Promise<void> {
  const groups = overlay.unknown({ ...emptyFetch(), groups: rows.summaries.map((s) => s.textHash).filter((h) => h !== '') });
  let loaded = rows.groups;
  if (!isEmptyFetch(groups)) {
    const more = await repo.fetch(groups);
    overlay.load(groups, more);
    loaded = [...loaded, ...more.groups];
  }
  const members = loaded.flatMap((g) => g.ids);
  const rest = overlay.unknown({ ...emptyFetch(), articles: members, summaries: members });
  if (!isEmptyFetch(rest)) overlay.load(rest, await repo.fetch(rest));
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
