// The duplicates and reuse lists of articles being read, built from the provenance index as it stands
// (see provenance-of.ts for why they are not stored). Reads fetch exactly the rows a run of the lists
// missed, round after round (summaries, then groups, links, the linked summaries and groups, and the
// texts of the references shown): no neighbourhood is read ahead, as the corpus step does.
import { provenanceLists, type ProvenanceLists } from '../provenance/provenance-of.js';
import { TokenCache } from '../provenance/token-cache.js';
import { MAX_ROUNDS } from './provenance-fill.js';
import { ProvenanceOverlay } from './provenance-overlay.js';
import { emptyFetch, isEmptyFetch } from './provenance-rows.js';
import type { ProvenanceRepository } from './repository.js';

export async function readProvenanceLists(repo: ProvenanceRepository, ids: readonly string[]): Promise<Map<string, ProvenanceLists>> {
  if (ids.length === 0) return new Map();
  const overlay = new ProvenanceOverlay();
  const cache = new TokenCache();
  let request = { ...emptyFetch(), summaries: [...ids] };
  for (let round = 1; ; round++) {
    overlay.load(request, await repo.fetch(request));
    const lists = new Map(ids.map((id) => [id, provenanceLists(id, overlay, cache)]));
    request = overlay.takeMisses();
    if (isEmptyFetch(request)) return lists;
    if (round >= MAX_ROUNDS) throw new Error(`provenance lists: reads still missing after ${round} rounds`);
  }
}
