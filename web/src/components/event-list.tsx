// Timeline entries as a table: when, who did what to whom, where, score, and how many articles.
import type { Party, TimelineItem } from '../api.js';
import { formatDate, plural } from '../lib/format.js';
import { scoreClass, scoreWord } from '../lib/palette.js';
import { href } from '../lib/router.js';

function Who({ p }: { p: Party | null }) {
  return p ? <a href={href.entity(p.key)}>{p.name}</a> : <span class="muted">—</span>;
}

export function eventLabel(i: TimelineItem): string {
  const e = i.event;
  return [e.actor?.name, e.kind, e.target?.name].filter(Boolean).join(' · ');
}

export function EventList({ items }: { items: TimelineItem[] }) {
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label="Events">
      <table class="table events">
        <thead><tr><th scope="col">Date</th><th scope="col">Actor</th><th scope="col">Event</th><th scope="col">Target</th><th scope="col">Place</th><th scope="col">Score</th><th scope="col">Sources</th></tr></thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.event.id}>
              <td class="nowrap">{formatDate(i.date)}</td>
              <td><Who p={i.event.actor} /></td>
              <td>{i.event.kind}</td>
              <td><Who p={i.event.target} /></td>
              <td>{i.event.place ? <Who p={i.event.place} /> : <span class="muted">—</span>}</td>
              <td><span class={`score-pill ${scoreClass(i.score)}`} title={scoreWord(i.score)}>{i.score > 0 ? `+${i.score}` : i.score}</span></td>
              <td class="nowrap">{plural(i.event.article_ids.length, 'article')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
