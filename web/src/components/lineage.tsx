// Where an article came from and where its text went: original, copies, duplicates, reuse,
// and the edit diff of a copy against its original.
import type { Article } from '../api.js';
import { formatDate, percent } from '../lib/format.js';
import { href } from '../lib/router.js';
import { wordDiff } from '../lib/word-diff.js';
import { ArticleLink } from './article-link.js';

function Changed({ from, to }: { from: string; to: string }) {
  return <p class="diff-line">{wordDiff(from, to).map((p, i) => (p.op === 'same' ? p.text : p.op === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>))}</p>;
}

export function EditDiff({ diff }: { diff: NonNullable<Article['diff']> }) {
  const none = !diff.title_changed && !diff.added.length && !diff.removed.length && !diff.changed.length;
  if (none) return <p class="muted">The text is the same as the original's.</p>;
  return (
    <div class="edit-diff">
      {diff.title_changed ? <p><span class="tag">title changed</span></p> : null}
      {diff.changed.length ? <><h4>Reworded</h4>{diff.changed.map((c, i) => <Changed key={i} from={c.from} to={c.to} />)}</> : null}
      {diff.added.length ? <><h4>Added by this copy</h4>{diff.added.map((t, i) => <p key={i} class="diff-line"><ins>{t}</ins></p>)}</> : null}
      {diff.removed.length ? <><h4>Left out from the original</h4>{diff.removed.map((t, i) => <p key={i} class="diff-line"><del>{t}</del></p>)}</> : null}
    </div>
  );
}

export function Lineage({ article }: { article: Article }) {
  const o = article.original;
  const empty = !o && !article.copies.length && !article.duplicates.length && !article.reuse.length;
  if (empty) return <p class="muted">No copies, duplicates or credited original found in the corpus.</p>;
  return (
    <div class="lineage">
      {o ? (
        <div class="lineage-original">
          <h3>Original</h3>
          <p>{o.article_id ? <a href={href.article(o.article_id)}>{o.outlet ?? 'the original'}</a> : <strong>{o.outlet ?? 'unknown outlet'}</strong>}
            {o.published ? <span class="muted"> · {formatDate(o.published)}</span> : null}</p>
          <p class="evidence">Evidence: <q>{o.evidence}</q></p>
        </div>
      ) : null}
      {article.copies.length ? <><h3>Copied by</h3><ul>{article.copies.map((c) => <li key={c}><ArticleLink id={c} /></li>)}</ul></> : null}
      {article.duplicates.length ? (
        <><h3>Duplicates</h3><ul>{article.duplicates.map((d) => <li key={d.article_id}><ArticleLink id={d.article_id} /> <span class="tag">{d.kind}</span> <span class="muted">{percent(d.similarity)} similar</span></li>)}</ul></>
      ) : null}
      {article.reuse.length ? (
        <><h3>Shares passages with</h3><ul>{article.reuse.map((r) => <li key={r.article_id}><ArticleLink id={r.article_id} /> <span class="muted">{percent(r.shared_fraction)} of the text, {r.passages.length} passage{r.passages.length === 1 ? '' : 's'}</span></li>)}</ul></>
      ) : null}
      {article.diff ? <><h3>Edits against the original</h3><EditDiff diff={article.diff} /></> : null}
    </div>
  );
}
