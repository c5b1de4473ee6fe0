// Where the story's articles contradict each other: the sentences side by side and their flags.
import type { StoryArticle as Article, Story } from '../api.js';
import { flagLabel } from '../lib/format.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';

export function ConflictList({ story, articles, order }: { story: Story; articles: Article[]; order: readonly string[] }) {
  if (story.conflicts.length === 0) return <p class="muted">The articles do not contradict each other on numbers or claims.</p>;
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet?.name ?? 'unknown outlet']));
  return (
    <ul class="conflicts">
      {story.conflicts.map((c, i) => (
        <li key={i} class="conflict">
          <p class="conflict-head"><span class={`tag kind-${c.kind}`}>{c.kind}</span> <strong>{c.about}</strong></p>
          <div class="conflict-claims">
            {c.claims.map((cl, j) => (
              <blockquote key={j} class={`conflict-claim ${outletClass(outletOf.get(cl.article_id), order)}`}>
                <p>{cl.text}</p>
                <footer><a href={href.article(cl.article_id)}>{outletOf.get(cl.article_id) ?? cl.article_id}</a></footer>
              </blockquote>
            ))}
          </div>
          {c.flags.length ? (
            <ul class="conflict-flags">
              {c.flags.map((f, j) => <li key={j}><span class="chip chip-flag">{flagLabel(f.flag)}</span> {outletOf.get(f.article_id) ?? f.article_id}: <span class="muted">{f.evidence}</span></li>)}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
