// Worker-thread entry for piscina: one task = one record through extraction.
import { runExtractTask } from './extract-task.js';
import type { ExtractTask } from './extract-task.js';

export default function (task: ExtractTask) {
  return runExtractTask(task);
}
