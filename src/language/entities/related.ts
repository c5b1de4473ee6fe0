// Co-occurrence context of each person: the keys of entities mentioned in the same or an adjacent
// sentence, most frequent first. Cross-article merging compares these for people only, so other
// entities keep an empty list (saves most of the cost).
import { LIMITS } from './lexicon.js';
import type { LocalEntity, MentionRef } from './types.js';

function sentenceIndex(starts: readonly number[], at: number): number {
  let lo = 0, hi = starts.length - 1, found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** Fills `related` of every person in place (spans sorted by start; sentence starts ascending). */
export function relatedKeys(entities: LocalEntity[], spans: readonly MentionRef[], sentenceStarts: readonly number[]): void {
  if (!entities.some((e) => e.type === 'PERSON')) return;
  const bySentence = new Map<number, number[]>();
  const sentencesOf: number[][] = entities.map(() => []);
  for (const s of spans) {
    const k = sentenceIndex(sentenceStarts, s.start);
    const own = sentencesOf[s.entity];
    if (own[own.length - 1] !== k) own.push(k); // spans come in start order: k never decreases
    let list = bySentence.get(k);
    if (!list) bySentence.set(k, (list = []));
    if (list[list.length - 1] !== s.entity && !list.includes(s.entity)) list.push(s.entity);
  }
  const counts = new Int32Array(entities.length);
  const seen: number[] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    seen.length = 0;
    for (const k of sentencesOf[i]) {
      for (let d = -LIMITS.relatedSentences; d <= LIMITS.relatedSentences; d++) {
        const list = bySentence.get(k + d);
        if (list) for (const j of list) if (j !== i && counts[j]++ === 0) seen.push(j);
      }
    }
    // Most frequent first, then by key (keys are unique).
    seen.sort((a, b) => counts[b] - counts[a] || (entities[a].key < entities[b].key ? -1 : 1));
    const kept = Math.min(seen.length, LIMITS.relatedKept);
    const related: string[] = new Array(kept);
    for (let x = 0; x < kept; x++) related[x] = entities[seen[x]].key;
    for (const j of seen) counts[j] = 0;
    e.related = related;
  });
}
