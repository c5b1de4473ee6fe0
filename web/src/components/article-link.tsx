// A link to an article by id, labelled with its title and outlet once they have loaded.
import { useArticleHead } from '../lib/caches.js';
import { href } from '../lib/router.js';

export function ArticleLink({ id }: { id: string }) {
  const head = useArticleHead(id);
  return (
    <a href={href.article(id)} class="article-link">
      {head?.title ?? id}
      {head?.outlet ? <span class="muted"> · {head.outlet}</span> : null}
    </a>
  );
}
