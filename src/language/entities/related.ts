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
  const bySentence = new Map<number, Set<number>>();
  const sentencesOf: Set<number>[] = entities.map(() => new Set());
  for (const s of spans) {
    const k = sentenceIndex(sentenceStarts, s.start);
    sentencesOf[s.entity].add(k);
    let set = bySentence.get(k);
    if (!set) bySentence.set(k, (set = new Set()));
    set.add(s.entity);
  }
  entities.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    const counts = new Map<number, number>();
    for (const k of sentencesOf[i]) {
      for (let d = -LIMITS.relatedSentences; d <= LIMITS.relatedSentences; d++) {
        for (const j of bySentence.get(k + d) ?? []) if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
    }
    e.related = [...counts]
      .sort((a, b) => b[1] - a[1] || (entities[a[0]].key < entities[b[0]].key ? -1 : 1))
      .slice(0, LIMITS.relatedKept)
      .map(([j]) => entities[j].key);
  });
}
