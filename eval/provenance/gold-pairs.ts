// Gold copy pairs by the rule, computed exactly (inverted index over word 5-grams, no
// sampling): at least 80% of the shorter text's 5-grams stand in the other.
import { COPY_CONTAINMENT } from '../../src/provenance/config.js';
import { distinctSorted, shingleHashes } from '../../src/provenance/shingles.js';
import { tokenize } from '../../src/provenance/tokens.js';

export function goldPairs(docs: { id: string; body: string }[]): Set<string> {
  const sets = docs.map((d) => distinctSorted(shingleHashes(tokenize(d.body).hashes)));
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = docs.length;
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x] * n + list[y];
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [k, count] of shared) {
    const a = Math.floor(k / n);
    const b = k % n;
    const shorter = Math.min(sets[a].length, sets[b].length);
    if (shorter > 0 && count / shorter >= COPY_CONTAINMENT) out.add(pairKey(docs[a].id, docs[b].id));
  }
  return out;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
