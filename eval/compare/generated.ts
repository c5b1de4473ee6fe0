// compare/generated: copies of real stories' articles with known edits (eval/compare/edits.ts); the
// comparison of original and copy must recover exactly those edits. An edit is recovered when:
// removed → the original's claim is unique to it; added → the copy's claim is unique to it;
// reworded → the two claims are aligned and the copy's cell is 'differs'; negated → a claim conflict
// pairs them; renumbered → a number conflict pairs them. Every other prediction of these five kinds
// (e.g. an untouched sentence left unaligned) is a false positive.
import { compareStory } from '../../src/compare/index.js';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import type { EvalSection } from '../types.js';
import { applyEdits, editable, type EditKind } from './edits.js';
import { analyseText } from './story-input.js';

export interface BaseText {
  id: string;
  text: string;
  outlet: string;
}

type Key = `${EditKind}:${number}`;

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim()).filter((s) => s.length > 0);
}

/** Sentence index of a claim, from the offsets of the joined sentences. */
function indexer(parts: readonly string[]): (offset: number) => number {
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.length + 2;
  }
  return (offset) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    return i;
  };
}

function evaluatePair(base: BaseText, extra: string, seed: number): { truth: Set<Key>; predicted: Set<Key> } {
  const original = sentencesOf(base.text);
  const { copy, edits } = applyEdits(original, extra, seed);
  const a = analyseText({ id: 'original', text: original.join('\n\n'), outlet: base.outlet, published: '2024-01-01' });
  const b = analyseText({ id: 'copy', text: copy.map((c) => c.text).join('\n\n'), outlet: `${base.outlet} copy`, published: '2024-01-02' });
  const cmp = compareStory([a, b]);
  const inA = indexer(original);
  const inB = indexer(copy.map((c) => c.text));
  // Every prediction is named by the original sentence it concerns (added ones by copy position).
  const sentenceOf = (claimArticle: string, start: number): { orig: number | null; copyPos: number } => {
    if (claimArticle === 'original') return { orig: inA(start), copyPos: -1 };
    const pos = inB(start);
    return { orig: copy[pos].origin, copyPos: pos };
  };
  const truth = new Set<Key>(edits.map((e) => `${e.kind}:${e.index}` as Key));
  const predicted = new Set<Key>();
  const conflictPairs = new Set<string>();
  for (const c of cmp.conflicts) {
    for (const x of c.claims) {
      if (x.articleId !== 'copy') continue;
      const s = sentenceOf('copy', x.start);
      if (s.orig !== null) {
        predicted.add(`${c.kind === 'number' ? 'renumbered' : 'negated'}:${s.orig}`);
        conflictPairs.add(String(s.orig));
      }
    }
  }
  for (const g of cmp.coverage.groups) {
    if (g.articleIds.length === 1) {
      const cl = g.claims[0];
      const s = sentenceOf(cl.articleId, cl.start);
      if (cl.articleId === 'original') predicted.add(`removed:${s.orig ?? -1}`);
      else predicted.add(`added:${s.copyPos}`);
      continue;
    }
    const inCopy = g.claims.find((c) => c.articleId === 'copy')!;
    const s = sentenceOf('copy', inCopy.start);
    if (g.cells.copy === 'differs' && s.orig !== null && !conflictPairs.has(String(s.orig))) predicted.add(`reworded:${s.orig}`);
  }
  return { truth, predicted };
}

export function runGenerated(bases: readonly BaseText[]): EvalSection {
  if (bases.length < 2) return { name: 'compare/generated', metrics: {}, report: '', skipped: 'no base stories' };
  const perKind = new Map<EditKind, { tp: number; truth: number; pred: number }>();
  let tp = 0, truthN = 0, predN = 0;
  const misses: string[] = [];
  bases.forEach((base, k) => {
    const donor = sentencesOf(bases[(k + Math.ceil(bases.length / 2)) % bases.length].text).filter(editable);
    const extra = donor[k % Math.max(1, donor.length)] ?? 'An unrelated sentence about the weather in a distant harbour town was added here.';
    const { truth, predicted } = evaluatePair(base, extra, k + 1);
    for (const key of new Set([...truth, ...predicted])) {
      const kind = key.split(':')[0] as EditKind;
      const s = perKind.get(kind) ?? { tp: 0, truth: 0, pred: 0 };
      const t = truth.has(key), p = predicted.has(key);
      if (t) { s.truth++; truthN++; }
      if (p) { s.pred++; predN++; }
      if (t && p) { s.tp++; tp++; }
      if (t !== p && misses.length < 12) misses.push(`    ${base.id} ${t ? 'missed' : 'spurious'} ${key}`);
      perKind.set(kind, s);
    }
  });
  const precision = predN ? tp / predN : 0;
  const recall = truthN ? tp / truthN : 0;
  const lines = [`  ${bases.length} original/copy pairs, ${truthN} edits, ${predN} predicted, ${tp} right`];
  for (const [kind, s] of [...perKind].sort()) lines.push(`  ${kind.padEnd(10)} P ${(s.pred ? s.tp / s.pred : 0).toFixed(3)}  R ${(s.truth ? s.tp / s.truth : 0).toFixed(3)}  (${s.truth} edits)`);
  if (misses.length) lines.push('  first errors:', ...misses);
  return { name: 'compare/generated', metrics: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }, report: lines.join('\n') };
}
