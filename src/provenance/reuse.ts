// Passage alignment by seed-and-extend: shared 5-grams are seeds; seeds on (nearly) the same diagonal
// and close together chain into one passage, so light edits, dropped words and inserted captions do
// not break a passage, and reordered or cut paragraphs simply give separate passages.
import { PASSAGE_DIAGONAL_SLACK, PASSAGE_MAX_GAP, PASSAGE_MIN_TOKENS, SHINGLE_SIZE } from './config.js';
import type { TokenPassage } from './types.js';

/** Positions kept per shingle of A: repeated phrases must not make the seed set quadratic. */
const MAX_POSITIONS = 4;

interface Run {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

/** Where each shingle of A starts (at most MAX_POSITIONS places); a caller aligning one text with many may keep it. */
export function shinglePositions(shA: Uint32Array): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  for (let i = 0; i < shA.length; i++) {
    const list = positions.get(shA[i]);
    if (!list) positions.set(shA[i], [i]);
    else if (list.length < MAX_POSITIONS) list.push(i);
  }
  return positions;
}

/** Aligned passages between positional shingle arrays of A and B, in token indices of each text. */
export function alignPassages(shA: Uint32Array, shB: Uint32Array, k = SHINGLE_SIZE, positions = shinglePositions(shA)): TokenPassage[] {
  const open: Run[] = [];
  const done: Run[] = [];
  for (let j = 0; j < shB.length; j++) {
    const list = positions.get(shB[j]);
    if (!list) continue;
    for (let r = open.length - 1; r >= 0; r--) {
      if (open[r].j1 < j - PASSAGE_MAX_GAP) done.push(...open.splice(r, 1));
    }
    for (const i of list) extend(open, i, j);
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
