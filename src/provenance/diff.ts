// Edit diff of a copy against its original by paragraph alignment: identical paragraphs match first,
// then the most similar remaining pairs (word-set Dice), one to one; the rest are added or removed.
import { DIFF_MATCH_DICE } from './config.js';
import type { EditDiff } from './model-types.js';
import { paragraphSpans } from './paragraphs.js';

const WORD = /[\p{L}\p{N}]+/gu;

interface Para {
  text: string;
  norm: string;
  words: Set<string>;
}

export function diffTexts(copy: { text: string; title: string | null }, original: { text: string; title: string | null }): EditDiff {
  const a = paragraphs(original.text);
  const b = paragraphs(copy.text);
  const matchOfB = new Int32Array(b.length).fill(-1);
  const usedA = new Uint8Array(a.length);
  const byNorm = new Map<string, number[]>();
  a.forEach((p, i) => byNorm.set(p.norm, [...(byNorm.get(p.norm) ?? []), i]));
  b.forEach((p, j) => {
    const i = byNorm.get(p.norm)?.find((k) => !usedA[k]);
    if (i !== undefined) {
      usedA[i] = 1;
      matchOfB[j] = i;
    }
  });
  const pairs: { i: number; j: number; d: number }[] = [];
  b.forEach((pb, j) => {
    if (matchOfB[j] >= 0) return;
    a.forEach((pa, i) => {
      if (usedA[i]) return;
      const d = dice(pa.words, pb.words);
      if (d >= DIFF_MATCH_DICE) pairs.push({ i, j, d });
    });
  });
  pairs.sort((x, y) => y.d - x.d || x.j - y.j || x.i - y.i);
  const changed = new Map<number, number>();
  for (const { i, j } of pairs) {
    if (usedA[i] || matchOfB[j] >= 0) continue;
    usedA[i] = 1;
    matchOfB[j] = i;
    changed.set(j, i);
  }
  return {
    added: b.filter((_, j) => matchOfB[j] < 0).map((p) => p.text),
    removed: a.filter((_, i) => !usedA[i]).map((p) => p.text),
    changed: [...changed].sort((x, y) => x[0] - y[0]).map(([j, i]) => ({ from: a[i].text, to: b[j].text })),
    title_changed: normalise(copy.title ?? '') !== normalise(original.title ?? '') && !!copy.title && !!original.title,
  };
}

function paragraphs(text: string): Para[] {
  return paragraphSpans(text).map(({ start, end }) => {
    const t = text.slice(start, end);
    const words = t.toLowerCase().match(WORD) ?? [];
    return { text: t, norm: words.join(' '), words: new Set(words) };
  });
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
}

function normalise(s: string): string {
  return (s.toLowerCase().match(WORD) ?? []).join(' ');
}
