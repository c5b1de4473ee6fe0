// Co-occurrence context of each person: the keys of entities mentioned in the same or an adjacent
// sentence, most frequent first. Cross-article merging compares these for people only, so other
// entities keep an empty list (saves most of the cost).
import { LIMITS } from './lexicon.js';
import type { LocalEntity, MentionRef } from './types.js';

/** Fills `related` of every person in place (spans sorted by start; sentence starts ascending). */
export function relatedKeys(entities: LocalEntity[], spans: readonly MentionRef[], sentenceStarts: readonly number[]): void {
  if (!entities.some((e) => e.type === 'PERSON')) return;
  // Entities per sentence (each once, in first-mention order) and sentences per entity, in one
  // sweep: spans come in start order, so the sentence index only moves forward.
  const bySentence: (number[] | undefined)[] = new Array(Math.max(1, sentenceStarts.length));
  const sentencesOf: number[][] = entities.map(() => []);
  const lastSentence = new Int32Array(entities.length).fill(-1);
  let k = 0;
  for (const s of spans) {
    while (k + 1 < sentenceStarts.length && sentenceStarts[k + 1] <= s.start) k++;
    if (lastSentence[s.entity] === k) continue;
    lastSentence[s.entity] = k;
    sentencesOf[s.entity].push(k);
    (bySentence[k] ??= []).push(s.entity);
  }
  const counts = new Int32Array(entities.length);
  // Keys are unique: their order, computed once, breaks count ties without comparing strings per person.
  const rank = new Int32Array(entities.length);
  entities.map((_, i) => i).sort((a, b) => (entities[a].key < entities[b].key ? -1 : 1)).forEach((e, r) => { rank[e] = r; });
  const seen: number[] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    seen.length = 0;
    for (const at of sentencesOf[i]) {
      for (let d = -LIMITS.relatedSentences; d <= LIMITS.relatedSentences; d++) {
        const list = at + d >= 0 ? bySentence[at + d] : undefined;
        if (list) for (const j of list) if (j !== i && counts[j]++ === 0) seen.push(j);
      }
    }
    // Most frequent first, then by key (keys are unique).
    seen.sort((a, b) => counts[b] - counts[a] || rank[a] - rank[b]);
    const kept = Math.min(seen.length, LIMITS.relatedKept);
    const related: string[] = new Array(kept);
    for (let x = 0; x < kept; x++) related[x] = entities[seen[x]].key;
    for (const j of seen) counts[j] = 0;
    e.related = related;
  });
}
