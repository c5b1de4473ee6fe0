// `parallax analyze`: read paths (files, directories, '-', http(s) URLs) and run them through the pipeline.
// Files whose SHA-256 the store already knows are skipped without parsing.
import { readInputsAndUrls } from '../fetch/read-sources.js';
import { ingestReadItems } from './ingest-items.js';
import type { AnalyzeSummary, IngestOptions } from './ingest-items.js';

export type { AnalyzeProgress, AnalyzeSummary } from './ingest-items.js';

export interface AnalyzeOptions extends IngestOptions {
  /** Used for the path '-'. */
  stdin?: NodeJS.ReadableStream;
}

export async function analyze(paths: string[], options: AnalyzeOptions): Promise<AnalyzeSummary> {
  const { store } = options;
  const items = readInputsAndUrls(paths, { skipFile: (sha, source) => store.inputs.has(sha, source), stdin: options.stdin });
  return ingestReadItems(items, options);
}
