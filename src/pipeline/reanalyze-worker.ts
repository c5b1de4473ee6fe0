// Worker-thread entry for piscina: one task = one article through the stages `reanalyze` reruns.
import { runReanalyzeTask } from './reanalyze-task.js';
import type { ReanalyzeTask } from './reanalyze-task.js';

export default function (task: ReanalyzeTask) {
  return runReanalyzeTask(task);
}
