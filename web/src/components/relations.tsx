// An entity's relations: for each counterpart in its events, how many events and how cooperative
// or conflictual they were on average, most frequent first.
import type { Event } from '../api.js';
import { formatDate } from '../lib/format.js';
import { scoreClass, scoreWord } from '../lib/palette.js';
import { href } from '../lib/router.js';

export interface Relation { id: string; events: number; mean: number; last: string | null }

export function relationsOf(entityId: string, events: Event[]): Relation[] {
  const by = new Map<string, { n: number; sum: number; last: string | null }>();
  for (const e of events) {
    const others = new Set([e.actor, e.target, ...e.participants].filter((x): x is string => !!x && x !== entityId));
    for (const o of others) {
      const r = by.get(o) ?? { n: 0, sum: 0, last: null };
      r.n++; r.sum += e.score ?? 0;
      if (e.date && (!r.last || e.date > r.last)) r.last = e.date;
      by.set(o, r);
    }
  }
  return [...by].map(([id, r]) => ({ id, events: r.n, mean: r.sum / r.n, last: r.last })).sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
}

export function RelationList({ relations, names }: { relations: Relation[]; names: Map<string, string> }) {
  if (relations.length === 0) return <p class="muted">No events with other actors.</p>;
  const max = Math.max(...relations.map((r) => r.events));
  return (
    <ul class="bar-list relations" aria-label="Relations">
      {relations.map((r) => (
        <li key={r.id}>
          <span class="bar-label"><a href={href.entity(r.id)}>{names.get(r.id) ?? r.id}</a></span>
          <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true"><rect class={`fill ${scoreClass(r.mean)}`} x={0} y={0} width={(r.events / max) * 100} height={8} rx={1} /></svg>
          <span class="bar-value">{r.events} <span class="muted small">{scoreWord(r.mean)}{r.last ? `, last ${formatDate(r.last)}` : ''}</span></span>
        </li>
      ))}
    </ul>
  );
}
