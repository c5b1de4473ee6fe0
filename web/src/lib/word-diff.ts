// Word diff of two renderings of a quote, via the `diff` package (Myers' algorithm on words).
import { diffWords } from 'diff';

export interface DiffPart { text: string; op: 'same' | 'added' | 'removed' }

export function wordDiff(base: string, other: string): DiffPart[] {
  return diffWords(base, other, { ignoreCase: false }).map((c) => ({
    text: c.value,
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

/** True when two renderings differ only in spacing and punctuation-free case. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
