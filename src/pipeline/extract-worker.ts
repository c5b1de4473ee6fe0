// Worker-thread entry for piscina: one task = a few records through the per-article stages.
import { runArticleTasks } from './extract-task.js';
import type { ExtractBatchTask } from './extract-task.js';

export default function (task: ExtractBatchTask) {
  return runArticleTasks(task);
}
