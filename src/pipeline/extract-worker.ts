// Worker-thread entry for piscina: one task = one record through extraction.
import { runArticleTask } from './extract-task.js';
import type { ExtractTask } from './extract-task.js';

export default function (task: ExtractTask) {
  return runArticleTask(task);
}
