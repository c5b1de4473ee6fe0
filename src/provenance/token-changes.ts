// The token diff of two copies of one text, paragraph by paragraph: identical paragraphs (by a hash of
// their tokens) are aligned first, with jsdiff over the paragraph hashes, and jsdiff's Myers diff runs
// on the tokens of the changed stretches only. A copy that adds, drops or edits a few paragraphs costs
// the size of those paragraphs, not (length of the text) × (edit distance).
import { diffArrays } from 'diff';
import { EDIT_MAX_DIFF } from './config.js';
import { hashRun } from './hash32.js';
import type { BodyTokens } from './body-tokens.js';
import type { Tokens } from './tokens.js';

/** One run of the diff, as jsdiff gives it: equal, removed from A, or added in B, `count` tokens. */
export interface TokenChange {
  count: number;
  added: boolean;
  removed: boolean;
}

interface Segment {
  t0: number;
  t1: number;
  hash: number;
}

/** The changes turning A's tokens into B's, or undefined past EDIT_MAX_DIFF edited tokens. */
export function tokenChanges(a: Tokens | BodyTokens, b: Tokens | BodyTokens): TokenChange[] | undefined {
  const sa = segments(a);
  const sb = segments(b);
  const out: TokenChange[] = [];
  let budget = EDIT_MAX_DIFF;
  let ia = 0;
  let ib = 0;
  let gapA = 0; // start of the pending changed stretch, in tokens
  let gapB = 0;
  const flushGap = (endA: number, endB: number): boolean => {
    if (endA === gapA && endB === gapB) return true;
    const part = tokenDiff(a.hashes, gapA, endA, b.hashes, gapB, endB, budget);
    if (!part) return false;
    for (const c of part) {
      if (c.added || c.removed) budget -= c.count;
      push(out, c);
    }
    return budget >= 0;
  };
  for (const c of diffArrays(sa.map((s) => s.hash), sb.map((s) => s.hash))) {
    if (c.added) { ib += c.count; continue; }
    if (c.removed) { ia += c.count; continue; }
    for (let k = 0; k < c.count; k++, ia++, ib++) {
      const pa = sa[ia];
      const pb = sb[ib];
      if (!sameTokens(a.hashes, pa, b.hashes, pb)) continue; // a hash collision: left in the stretch
      if (!flushGap(pa.t0, pb.t0)) return undefined;
      push(out, { count: pa.t1 - pa.t0, added: false, removed: false });
      gapA = pa.t1;
      gapB = pb.t1;
    }
  }
  return flushGap(a.count, b.count) ? out : undefined;
}

/** Non-empty paragraphs (body tokens), or the whole text as one paragraph for plain tokens. */
function segments(t: Tokens | BodyTokens): Segment[] {
  const spans = 'paragraphs' in t ? t.paragraphs.filter((p) => p.t1 > p.t0) : [{ t0: 0, t1: t.count }];
  const out: Segment[] = [];
  let next = 0;
  for (const p of spans) {
    if (p.t0 !== next) return [{ t0: 0, t1: t.count, hash: hashRun(t.hashes, 0, t.count) }]; // not a partition
    out.push({ t0: p.t0, t1: p.t1, hash: hashRun(t.hashes, p.t0, p.t1) });
    next = p.t1;
  }
  if (next !== t.count) return [{ t0: 0, t1: t.count, hash: hashRun(t.hashes, 0, t.count) }];
  return out;
}

function sameTokens(ha: Uint32Array, pa: Segment, hb: Uint32Array, pb: Segment): boolean {
  if (pa.t1 - pa.t0 !== pb.t1 - pb.t0) return false;
  for (let i = 0; i < pa.t1 - pa.t0; i++) if (ha[pa.t0 + i] !== hb[pb.t0 + i]) return false;
  return true;
}

function tokenDiff(ha: Uint32Array, a0: number, a1: number, hb: Uint32Array, b0: number, b1: number, budget: number): TokenChange[] | undefined {
  if (a1 === a0) return [{ count: b1 - b0, added: true, removed: false }];
  if (b1 === b0) return [{ count: a1 - a0, added: false, removed: true }];
  if (budget <= 0) return undefined;
  return diffArrays(Array.from(ha.subarray(a0, a1)), Array.from(hb.subarray(b0, b1)), { maxEditLength: budget });
}

/** Appends a change, merging it with the last one of the same kind. */
function push(out: TokenChange[], c: TokenChange): void {
  const last = out[out.length - 1];
  if (last && last.added === c.added && last.removed === c.removed) last.count += c.count;
  else out.push({ count: c.count, added: c.added, removed: c.removed });
}
