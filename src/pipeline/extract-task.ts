// The unit of work a worker thread runs: one input record through the per-article stages.
import type { ExtractedArticle } from '../model/article.js';
import type { InputRecord } from '../model/input.js';
import { extractArticle } from '../extract/index.js';
import type { ExtractContext } from '../extract/index.js';
import { OutletRegistry } from '../extract/outlets/index.js';

export interface ExtractTask { record: InputRecord; outletFiles: string[] }

let cached: { key: string; ctx: ExtractContext } | null = null;

/** Loads the outlet registry once per thread (and again only if the user files change). */
function contextFor(outletFiles: string[]): ExtractContext {
  const key = outletFiles.join('\n');
  if (!cached || cached.key !== key) cached = { key, ctx: { outlets: OutletRegistry.load(outletFiles) } };
  return cached.ctx;
}

export function runExtractTask(task: ExtractTask): ExtractedArticle {
  return extractArticle(task.record, contextFor(task.outletFiles));
}
