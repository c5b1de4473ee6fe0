// Events: who did what to whom, merged across articles, on timelines.
export { extractEvents } from './extract-events.js';
export { mergeEvents } from './merge-events.js';
export { buildTimeline, storyOfEvent, type TimelineEntry, type TimelineOptions } from './timeline.js';
export { renderTimeline } from './render-timeline.js';
export { toExportEvent } from './to-export-event.js';
export { entitiesFromNer, nameKey } from './entities-from-ner.js';
export { analyseText } from './analyse-text.js';
export { taxonomy, type ActionKind } from './taxonomy.js';
export type * from './types.js';
