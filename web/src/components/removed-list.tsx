// What extraction removed from the page and why, greyed and collapsed by default.
import type { Article } from '../api.js';
import { flagLabel, plural } from '../lib/format.js';

export function RemovedList({ removed }: { removed: Article['removed'] }) {
  if (removed.length === 0) return <p class="muted">Nothing was removed: the input was the article alone.</p>;
  const reasons = [...new Set(removed.map((r) => flagLabel(r.reason)))];
  return (
    <details class="removed">
      <summary>{plural(removed.length, 'passage')} removed <span class="muted">({reasons.join(', ')})</span></summary>
      <ul>
        {removed.map((r, i) => (
          <li key={i}><span class="tag reason">{flagLabel(r.reason)}</span> <span class="removed-text">{r.text}</span></li>
        ))}
      </ul>
    </details>
  );
}
