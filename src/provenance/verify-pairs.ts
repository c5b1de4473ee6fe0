// Candidate pairs verified away from the corpus step (on a worker thread): compareTexts is a pure
// function of the two texts, so its results, handed back through the step's TokenCache, are exactly
// what the step would compute itself.
import { compareTexts } from './compare-texts.js';
import type { TokenCache } from './token-cache.js';
import type { CopyLink } from './types.js';

export interface VerifyTask {
  /** Text of every id the pairs name (each text sent once per task). */
  texts: Record<string, string>;
  /** Pairs of ids, the first one the smaller (as compareTexts is called). */
  pairs: [string, string][];
}

export function verifyPairs(task: VerifyTask, cache: TokenCache): (CopyLink | null)[] {
  return task.pairs.map(([a, b]) => compareTexts(a, task.texts[a], b, task.texts[b], cache));
}
