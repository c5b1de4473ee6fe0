// Plain-text timeline for the CLI (`parallax timeline`): one line per event.
import type { TimelineEntry } from './timeline.js';

const signed = (x: number): string => (x > 0 ? '+' : x < 0 ? '' : ' ') + x.toFixed(1);

export function renderTimeline(entries: readonly TimelineEntry[], title?: string): string {
  const lines: string[] = [];
  if (title) lines.push(title, '');
  if (entries.length === 0) return [...lines, '(no dated events)'].join('\n');
  const kindWidth = Math.max(...entries.map((e) => e.event.kind.length));
  for (const { event, date, score, rolling } of entries) {
    const who = event.actor ? `${event.actor.name}${event.target ? ' → ' + event.target.name : ''}` : event.participants.map((p) => p.name).join(', ');
    const others = event.participants.filter((p) => p.key !== event.actor?.key && p.key !== event.target?.key).map((p) => p.name);
    const place = event.place ? ` in ${event.place.name}` : '';
    const n = event.article_ids.length;
    lines.push(`${date.padEnd(10)}  ${event.kind.padEnd(kindWidth)}  ${signed(score).padStart(5)}  rolling ${signed(rolling).padStart(5)}  ${who}${others.length ? ` (with ${others.join(', ')})` : ''}${place}  [${n} article${n === 1 ? '' : 's'}]`);
  }
  return lines.join('\n');
}
