// Worker-thread entry for piscina: the parallel parts of the corpus steps (a story group's
// comparison, a chunk of provenance candidate pairs).
import { TokenCache } from '../../provenance/token-cache.js';
import { verifyPairs, type VerifyTask } from '../../provenance/verify-pairs.js';
import { runCompareTask, type CompareTask } from './compare-task.js';

export type CorpusTask = ({ kind: 'compare' } & CompareTask) | ({ kind: 'verify' } & VerifyTask);

/**
 * Texts tokenised on this thread, kept across tasks: a text is a candidate of many new articles.
 * Bounded below the step's own cache: the pool lives for one step, and memory matters at scale.
 */
const tokens = new TokenCache(4000);

export default function (task: CorpusTask) {
  return task.kind === 'compare' ? runCompareTask(task) : verifyPairs(task, tokens);
}
