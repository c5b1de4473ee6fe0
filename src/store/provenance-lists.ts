// The duplicates and reuse lists of articles being read, built from the provenance index as it stands
// (see provenance-of.ts for why they are not stored). Reads fetch exactly the rows a run of the lists
// missed, round after round (summaries, then groups, links, the linked summaries and groups, and the
// texts of the references shown): no neighbourhood is read ahead, as the corpus step does.
import { provenanceLists, type ProvenanceLists } from '../provenance/provenance-of.js';
import { TokenCache } from '../provenance/token-cache.js';
import { untilComplete } from './provenance-fill.js';
import { ProvenanceOverlay } from './provenance-overlay.js';
import { emptyFetch, type ProvenanceFetch } from './provenance-rows.js';
import type { ArticleReadOptions, ProvenanceRepository } from './repository.js';

/** The lists of these articles, or null when the read options leave them out. */
export async function readProvenanceLists(repo: ProvenanceRepository, ids: readonly string[], options: ArticleReadOptions = {}): Promise<Map<string, ProvenanceLists> | null> {
  if (options.provenanceLists === false) return null;
  if (ids.length === 0) return new Map();
  const overlay = new ProvenanceOverlay(repo.fetchNow?.bind(repo));
  const cache = new TokenCache();
  const load = async (request: ProvenanceFetch): Promise<void> => overlay.load(request, await repo.fetch(request));
  await load({ ...emptyFetch(), summaries: [...ids] });
  return untilComplete(overlay, () => new Map(ids.map((id) => [id, provenanceLists(id, overlay, cache)])), load);
}
