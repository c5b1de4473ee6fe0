// Passage alignment by seed-and-extend: shared 5-grams are seeds; seeds on (nearly) the same diagonal
// and close together chain into one passage, so light edits, dropped words and inserted captions do
// not break a passage, and reordered or cut paragraphs simply give separate passages.
import { PASSAGE_DIAGONAL_SLACK, PASSAGE_MAX_GAP, PASSAGE_MIN_TOKENS, SHINGLE_SIZE } from './config.js';
import { distinctSorted } from './shingles.js';
import { sortedIndexOf } from '../util/sorted-has.js';
import type { TokenPassage } from './types.js';

/** Positions kept per shingle of A: repeated phrases must not make the seed set quadratic. */
const MAX_POSITIONS = 4;

interface Run {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

/**
 * Where each shingle of A starts (at most MAX_POSITIONS places, in text order), in one typed array:
 * for the k-th of A's sorted distinct shingles, its positions are at [at[k], at[k + 1]). A corpus step
 * keeps this per text aligned with many candidates: a Map of a number[] per shingle held ~10 KB of heap
 * per text (108 MB live at the 8th step of a 20k run), this ~2 KB.
 */
export interface ShinglePositions {
  /** A's sorted distinct shingles. */
  distinct: Uint32Array;
  /** distinct.length + 1 offsets into itself, then the positions. */
  at: Uint32Array;
}

export function shinglePositions(shA: Uint32Array, distinct: Uint32Array = distinctSorted(shA)): ShinglePositions {
  const d = distinct.length;
  const slot = new Uint32Array(shA.length);
  const count = new Uint8Array(d);
  let total = 0;
  for (let i = 0; i < shA.length; i++) {
    const k = sortedIndexOf(distinct, shA[i]);
    slot[i] = k;
    if (count[k] < MAX_POSITIONS) { count[k]++; total++; }
  }
  const at = new Uint32Array(d + 1 + total);
  at[0] = d + 1;
  for (let k = 0; k < d; k++) at[k + 1] = at[k] + count[k];
  count.fill(0);
  for (let i = 0; i < shA.length; i++) {
    const k = slot[i];
    if (count[k] < MAX_POSITIONS) at[at[k] + count[k]++] = i;
  }
  return { distinct, at };
}

/** Aligned passages between positional shingle arrays of A and B, in token indices of each text. */
export function alignPassages(shA: Uint32Array, shB: Uint32Array, k = SHINGLE_SIZE, positions = shinglePositions(shA)): TokenPassage[] {
  const open: Run[] = [];
  const done: Run[] = [];
  const { distinct, at } = positions;
  for (let j = 0; j < shB.length; j++) {
    const d = sortedIndexOf(distinct, shB[j]);
    if (d < 0) continue;
    for (let r = open.length - 1; r >= 0; r--) {
      if (open[r].j1 < j - PASSAGE_MAX_GAP) done.push(...open.splice(r, 1));
    }
    for (let x = at[d]; x < at[d + 1]; x++) extend(open, at[x], j);
  }
  done.push(...open);
  return done
    .filter((r) => Math.min(r.i1 - r.i0, r.j1 - r.j0) + k >= PASSAGE_MIN_TOKENS)
    .map((r) => ({ a0: r.i0, a1: r.i1 + k, b0: r.j0, b1: r.j1 + k }))
    .sort((x, y) => x.b0 - y.b0 || x.a0 - y.a0);
}

/** Adds seed (i, j) to the open run on the nearest diagonal that can take it, or opens a new run. */
function extend(open: Run[], i: number, j: number): void {
  let best: Run | null = null;
  let bestSkew = Infinity;
  for (const run of open) {
    if (i <= run.i1 || j <= run.j1 || i - run.i1 > PASSAGE_MAX_GAP) continue;
    const skew = Math.abs(i - j - (run.i1 - run.j1));
    if (skew <= PASSAGE_DIAGONAL_SLACK && skew < bestSkew) {
      best = run;
      bestSkew = skew;
    }
  }
  if (best) {
    best.i1 = i;
    best.j1 = j;
  } else if (!open.some((run) => i >= run.i0 && i <= run.i1 && j >= run.j0 && j <= run.j1)) {
    open.push({ i0: i, j0: j, i1: i, j1: j });
  }
}
