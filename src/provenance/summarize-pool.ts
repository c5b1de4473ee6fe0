// Summaries of many articles on worker threads (piscina), in slices so that thread hand-off is cheap;
// with one thread, or a small batch, the work runs inline.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerHeap } from '../util/thread-heap.js';
import { summarize } from './summarize.js';
import type { ArticleSummary } from './types.js';

const SLICE = 256;

export interface SummarizeOptions {
  threads?: number;
  quality?: boolean;
}

type SummaryInput = { id: string; text: string; dateline?: string | null };

/** Articles given with their `dateline` get their credit detected on the worker threads too. */
export async function summarizeAll(articles: readonly SummaryInput[], options: SummarizeOptions = {}): Promise<ArticleSummary[]> {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  if (threads <= 1 || articles.length <= SLICE) return articles.map((a) => summarize(a, { quality: options.quality }));
  // Under tsx this module is .ts and so is the worker; after a build both are .js.
  const self = fileURLToPath(import.meta.url);
  const pool = new Piscina({ filename: new URL(`./summarize-worker${extname(self)}`, import.meta.url).href, minThreads: threads, maxThreads: threads, resourceLimits: workerHeap('stage') });
  try {
    const slices: Promise<ArticleSummary[]>[] = [];
    for (let i = 0; i < articles.length; i += SLICE) {
      const part = articles.slice(i, i + SLICE).map((a): SummaryInput => (a.dateline === undefined ? { id: a.id, text: a.text } : { id: a.id, text: a.text, dateline: a.dateline }));
      slices.push(pool.run({ articles: part, quality: options.quality }));
    }
    return (await Promise.all(slices)).flat();
  } finally {
    await pool.destroy();
  }
}
