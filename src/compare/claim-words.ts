// The words of a claim (offsets into its article's text), tokenised once: claim splitting keeps
// the words it read, and coverage, conflicts and framing reuse them instead of re-tokenising.
import { words, type Word } from './terms.js';
import type { Claim } from './types.js';

const cache = new WeakMap<Claim, readonly Word[]>();

/** Remember the words a claim was split from (same as words(c.text, c.start)). */
export function rememberClaimWords(c: Claim, ws: readonly Word[]): void {
  cache.set(c, ws);
}

/** The claim's words, as words(c.text, c.start) gives them; callers must not modify the list. */
export function claimWords(c: Claim): readonly Word[] {
  let ws = cache.get(c);
  if (ws === undefined) cache.set(c, (ws = words(c.text, c.start)));
  return ws;
}
