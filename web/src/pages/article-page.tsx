// One article: clean text, what was removed and why, metadata, language segments, flags with
// evidence, lineage and edit diff, quotes and entities.
import { Fragment } from 'preact';
import { api, type Article, type Entity } from '../api.js';
import { ArticleText } from '../components/article-text.js';
import { Lineage } from '../components/lineage.js';
import { QuoteList } from '../components/quote-list.js';
import { RemovedList } from '../components/removed-list.js';
import { Section } from '../components/section.js';
import { ErrorBox, Loading } from '../components/status.js';
import { flagLabel, formatDate } from '../lib/format.js';
import { languageName } from '../lib/language-name.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

const SAFE_URL = /^https?:\/\//i;

function Metadata({ a }: { a: Article }) {
  return (
    <dl class="facts">
      <dt>Outlet</dt><dd>{a.outlet ? <a href={href.outlet(a.outlet.name)}>{a.outlet.name}</a> : 'unknown'}{a.outlet?.domain ? <span class="muted"> · {a.outlet.domain}</span> : null}</dd>
      <dt>Published</dt><dd>{formatDate(a.published)}{a.published_estimated ? <span class="muted"> (estimated)</span> : null}</dd>
      {a.authors.length ? <><dt>By</dt><dd>{a.authors.join(', ')}</dd></> : null}
      {a.dateline ? <><dt>Dateline</dt><dd>{a.dateline}</dd></> : null}
      <dt>Language</dt><dd>{languageName(a.language)}</dd>
      <dt>Source</dt><dd class="break">{a.url && SAFE_URL.test(a.url) ? <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">{a.url}</a> : a.source}</dd>
    </dl>
  );
}

function Segments({ a }: { a: Article }) {
  if (a.segments.length <= 1) return <p class="muted">{a.segments.length ? `All in ${languageName(a.segments[0].language)}.` : 'No language segments.'}</p>;
  return <ol class="segments">{a.segments.map((s, i) => <li key={i}><span class="tag">{languageName(s.language)}</span> <span class="muted">characters {s.start}–{s.end} of the input</span></li>)}</ol>;
}

function Entities({ id }: { id: string }) {
  const r = useApi((s) => api.articleEntities(id, s), [id]);
  if (r.error) return <ErrorBox error={r.error} />;
  if (!r.data) return <Loading what="entities" />;
  if (r.data.total === 0) return <p class="muted">No named entities.</p>;
  const byType = new Map<string, Entity[]>();
  for (const e of r.data.items) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  return (
    <dl class="entity-groups">
      {[...byType].map(([t, es]) => <Fragment key={t}><dt>{t}</dt><dd><ul class="inline-list">{es.map((e) => <li key={e.id}><a href={href.entity(e.id)}>{e.name}</a></li>)}</ul></dd></Fragment>)}
    </dl>
  );
}

function Quotes({ id }: { id: string }) {
  const r = useApi((s) => api.quotes({ article: id, limit: 200 }, s), [id]);
  if (r.error) return <ErrorBox error={r.error} />;
  if (!r.data) return <Loading what="quotes" />;
  return <QuoteList quotes={r.data.items} />;
}

export function ArticlePage({ id }: { id: string }) {
  const r = useApi((s) => api.article(id, s), [id]);
  useTitle(r.data ? r.data.title ?? 'Untitled article' : r.error ? 'Article not found' : 'Article');
  if (r.error) return <div class="page"><ErrorBox error={r.error} /></div>;
  if (!r.data) return <div class="page"><Loading what="the article" /></div>;
  const a = r.data;
  return (
    <div class="page">
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/search">Articles</a>{a.outlet ? <> › <a href={href.outlet(a.outlet.name)}>{a.outlet.name}</a></> : null}</nav>
      <div class="article-layout">
        <article class="article-main" aria-labelledby="article-title">
          <header class="page-head">
            <p class="eyebrow">{a.outlet?.name ?? 'Article'}</p>
            <h1 id="article-title">{a.title ?? '(untitled)'}</h1>
            <p class="meta">{formatDate(a.published)}{a.authors.length ? ` · ${a.authors.join(', ')}` : ''}</p>
          </header>
          {a.flags.length ? (
            <ul class="flag-list" aria-label="Flags">
              {a.flags.map((f, i) => <li key={i}><span class="chip chip-flag">{flagLabel(f.flag)}</span> <span class="evidence">{f.evidence}</span></li>)}
            </ul>
          ) : null}
          <ArticleText text={a.text} />
          <Section id="removed" title="Removed from the page" note="Boilerplate the extractor took out, and why.">
            <RemovedList removed={a.removed} />
          </Section>
          <Section id="quotes" title="Quotes"><Quotes id={a.id} /></Section>
        </article>
        <aside class="article-side" aria-label="About this article">
          <Section id="facts" title="Details"><Metadata a={a} /></Section>
          <Section id="lineage" title="Lineage"><Lineage article={a} /></Section>
          <Section id="segments" title="Languages"><Segments a={a} /></Section>
          {a.dates.length ? (
            <Section id="dates" title="Dates mentioned">
              <ul class="dates">{a.dates.map((d, i) => <li key={i}>{d.text} <span class="muted">→ {d.value}</span></li>)}</ul>
            </Section>
          ) : null}
          <Section id="entities" title="Entities"><Entities id={a.id} /></Section>
        </aside>
      </div>
    </div>
  );
}
