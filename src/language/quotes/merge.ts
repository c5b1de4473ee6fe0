// Joins a quote interrupted by its attribution, or continued in the next sentence or paragraph
// without a cue of its own, into one statement (PolNeAR annotates one content span).
import type { QuoteMention } from './types.js';

export interface Draft extends QuoteMention {
  /** Offsets of the marks around the whole statement. */
  open: number;
  close: number;
  /** True when the cue was found for this quote itself (not carried over from a neighbour). */
  ownCue: boolean;
  /** Where the cue of this quote ends when it follows the quote ("…,” he said[,] “…”). */
  cueAfterEnd: number | null;
}

const ONE_CLAUSE = /^[\s,;:—–-]*[^.!?“”"«»‘]{0,200}?[.,:;—–-]?\s*$/u;
const WHITE = /^\s*$/u;

export function mergeInterrupted(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const a = out[out.length - 1];
    if (a && canJoin(text, a, d)) {
      // (a literal of the drafts' one shape: spreads here cost more than the join itself)
      out[out.length - 1] = {
        text: text.slice(a.start, d.end),
        kind: a.kind,
        start: a.start,
        end: d.end,
        cue: a.cue ?? d.cue,
        cueStart: a.cueStart ?? d.cueStart,
        speaker: a.speaker ?? d.speaker,
        open: a.open,
        close: d.close,
        ownCue: a.ownCue || d.ownCue,
        cueAfterEnd: d.cueAfterEnd,
      };
    } else out.push(d);
  }
  return out;
}

function canJoin(text: string, a: Draft, b: Draft): boolean {
  // “…,” said X, an analyst at Y, “…”: the second part found the same cue, introducing it (it may
  // look partial, since its sentence does not start with it).
  const shared = a.cueStart !== undefined && a.cueStart === b.cueStart;
  if (shared && a.kind === 'direct' && b.kind !== 'scare') return a.cueAfterEnd !== null && ONE_CLAUSE.test(text.slice(a.close, b.open));
  if (a.kind !== 'direct' || b.kind !== 'direct') return false;
  if (a.ownCue && b.ownCue) return false;
  const gap = text.slice(a.close, b.open);
  if (WHITE.test(gap)) return !(a.ownCue && b.ownCue);
  // “…,” he said, “…” — the gap is exactly the first quote's attribution clause.
  return a.ownCue && a.cueAfterEnd !== null && !b.ownCue && ONE_CLAUSE.test(gap);
}
