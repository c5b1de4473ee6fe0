// Watching feeds and pages: polls, conditional requests, new items followed to their articles.
export { watch } from './watch.js';
export { parseSources, readSourcesFile, SourcesError } from './sources-file.js';
export { fileStateStore, type StateHooks } from './state-file.js';
export { emptyState } from './source-state.js';
export type { PollReport, PollStatus, SourceState, WatchOptions, WatchSource, WatchSummary } from './types.js';
