// Timelines: the dated events of one story, or of one ordered actor pair (China → Russia), in date
// order, each with its cooperation–conflict score and a running and a rolling index.
import { valueSpan } from './date-span.js';
import type { EventParty, MergedEvent } from './types.js';

export interface TimelineOptions {
  /** Keep the events whose story is this one (needs `storyOf`). */
  story?: string;
  /** article_id → story_id, from the clustering stage. */
  storyOf?: ReadonlyMap<string, string>;
  /** Ordered pair: the first acts, the second is the target. Matched by entity key or name, case-insensitive. */
  actors?: readonly [string, string];
  /** Events in the rolling mean (default 5). */
  window?: number;
}

export interface TimelineEntry {
  event: MergedEvent;
  date: string;
  score: number;
  /** Sum of the scores so far. */
  running: number;
  /** Mean score of the last `window` events. */
  rolling: number;
}

/** The story most of the event's articles belong to (ties: smallest id). */
export function storyOfEvent(event: Pick<MergedEvent, 'article_ids'>, storyOf: ReadonlyMap<string, string>): string | null {
  const count = new Map<string, number>();
  for (const a of event.article_ids) {
    const s = storyOf.get(a);
    if (s !== undefined) count.set(s, (count.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [s, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && s < best)) best = s;
  return best;
}

const norm = (s: string): string => s.trim().toLowerCase();
const matches = (p: EventParty | null, wanted: string): boolean => p !== null && (norm(p.key) === norm(wanted) || norm(p.name) === norm(wanted));

export function buildTimeline(events: readonly MergedEvent[], options: TimelineOptions = {}): TimelineEntry[] {
  const window = Math.max(1, options.window ?? 5);
  const kept = events.filter((e) => {
    if (e.date === null || valueSpan(e.date) === null) return false;
    if (options.story !== undefined && (!options.storyOf || storyOfEvent(e, options.storyOf) !== options.story)) return false;
    if (options.actors && !(matches(e.actor, options.actors[0]) && matches(e.target, options.actors[1]))) return false;
    return true;
  });
  kept.sort((a, b) => valueSpan(a.date!)!.from - valueSpan(b.date!)!.from || a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id));
  let running = 0;
  return kept.map((event, i) => {
    running += event.score;
    const recent = kept.slice(Math.max(0, i - window + 1), i + 1);
    const rolling = recent.reduce((s, e) => s + e.score, 0) / recent.length;
    return { event, date: event.date!, score: event.score, running: round(running), rolling: round(rolling) };
  });
}

const round = (x: number): number => Math.round(x * 100) / 100;
