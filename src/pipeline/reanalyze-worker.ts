// Worker-thread entry for piscina: one task = a few articles through the stages `reanalyze` reruns.
import { runReanalyzeTasks } from './reanalyze-task.js';
import type { ReanalyzeTask } from './reanalyze-task.js';

export default function (tasks: ReanalyzeTask[]) {
  return runReanalyzeTasks(tasks);
}
