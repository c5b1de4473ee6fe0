// Quotes with their speakers, kinds and (optionally) the article each comes from.
import type { Quote } from '../api.js';
import { href } from '../lib/router.js';
import { ArticleLink } from './article-link.js';

export function QuoteList({ quotes, showArticle = false }: { quotes: Quote[]; showArticle?: boolean }) {
  if (quotes.length === 0) return <p class="muted">No quotes.</p>;
  return (
    <ul class="quote-list">
      {quotes.map((q) => (
        <li key={q.id}>
          <q class="quote-text">{q.text}</q>
          <p class="meta">
            {q.speaker ? (q.speaker.entity_id ? <a href={href.entity(q.speaker.entity_id)}>{q.speaker.name}</a> : <span>{q.speaker.name}</span>) : <span class="muted">unattributed</span>}
            {' · '}<span class="tag">{q.kind}</span>
            {showArticle ? <> · <ArticleLink id={q.article_id} /></> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
