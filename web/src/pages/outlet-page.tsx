// One outlet: the stories it covers, whom it quotes, the labels it uses, its copies and flags.
import { api, type Article, type ArticleSummary } from '../api.js';
import { ArticleLink } from '../components/article-link.js';
import { BarList } from '../components/bar-list.js';
import { CoverageBars } from '../components/coverage-bars.js';
import { EntityLink } from '../components/entity-link.js';
import { FlagChips } from '../components/flag-chips.js';
import { Section } from '../components/section.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { useEntityNames, useOutletOrder } from '../lib/caches.js';
import { dateRange, flagLabel, plural } from '../lib/format.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

const LINEAGE_SAMPLE = 40;

function flagCounts(items: ArticleSummary[]) {
  const m = new Map<string, number>();
  for (const a of items) for (const f of a.flags) m.set(f, (m.get(f) ?? 0) + 1);
  return [...m].map(([flag, articles]) => ({ flag, articles })).sort((a, b) => b.articles - a.articles);
}

/** Copies this outlet ran and copies others made of it (first articles only: one request each). */
function Copies({ ids }: { ids: string[] }) {
  const r = useApi((s) => Promise.all(ids.slice(0, LINEAGE_SAMPLE).map((id) => api.article(id, s))), [ids.join(',')]);
  if (r.error) return <ErrorBox error={r.error} />;
  if (!r.data) return <Loading what="lineage" />;
  const copiesRun = r.data.filter((a) => a.original);
  const copiedBy = r.data.filter((a) => a.copies.length);
  if (!copiesRun.length && !copiedBy.length) return <p class="muted">No copies in either direction{ids.length > LINEAGE_SAMPLE ? ` among the first ${LINEAGE_SAMPLE} articles` : ''}.</p>;
  const row = (a: Article, what: string) => <li key={a.id}><a href={href.article(a.id)}>{a.title ?? a.id}</a> <span class="muted">— {what}</span></li>;
  return (
    <ul class="plain-list">
      {copiesRun.map((a) => row(a, `copy of ${a.original?.outlet ?? 'another outlet'}`))}
      {copiedBy.map((a) => <li key={`${a.id}-c`}><a href={href.article(a.id)}>{a.title ?? a.id}</a> <span class="muted">— copied by</span> <ul class="inline-list">{a.copies.map((c) => <li key={c}><ArticleLink id={c} /></li>)}</ul></li>)}
    </ul>
  );
}

export function OutletPage({ name }: { name: string }) {
  const r = useApi((s) => api.outlet(name, s), [name]);
  const arts = useApi((s) => api.articles({ outlet: name, limit: 200 }, s), [name]);
  const order = useOutletOrder();
  const quoted = r.data?.outlet.quoted.slice(0, 15) ?? [];
  const names = useEntityNames(quoted.map((q) => q.entity_id));
  useTitle(r.data?.outlet.name ?? (r.error ? 'Outlet not found' : 'Outlet'));
  if (r.error) return <div class="page"><ErrorBox error={r.error} /></div>;
  if (!r.data) return <div class="page"><Loading what="the outlet" /></div>;
  const { outlet, stories } = r.data;
  const labels = Object.entries(outlet.labels);
  return (
    <div class="page">
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/outlets">Outlets</a></nav>
      <header class="page-head">
        <p class="eyebrow"><span class={`swatch ${outletClass(outlet.name, order)}`} />Outlet{outlet.domain ? ` · ${outlet.domain}` : ''}</p>
        <h1>{outlet.name}</h1>
        <p class="meta">{plural(outlet.article_ids.length, 'article')} · {plural(stories.length, 'story', 'stories')}{outlet.groups.length ? ` · ${outlet.groups.join(', ')}` : ''}</p>
        {arts.data ? <FlagChips flags={flagCounts(arts.data.items)} /> : null}
        <p><a href={`/search?${new URLSearchParams({ outlet: outlet.name })}`}>All its articles →</a></p>
      </header>
      <div class="two-col">
        <Section id="stories" title="Stories it covers">
          {stories.length ? (
            <ul class="plain-list">{stories.map((s) => <li key={s.id}><a href={href.story(s.id)}>{s.label}</a> <span class="muted">{dateRange(s.first_date, s.last_date)}</span><CoverageBars outlets={s.outlets} order={order} /></li>)}</ul>
          ) : <Empty>Not part of any story yet.</Empty>}
        </Section>
        <Section id="quoted" title="Whom it quotes">
          {quoted.length ? <BarList label="Quotes per speaker" unit="quotes" bars={quoted.map((q) => ({ key: q.entity_id, label: <EntityLink id={q.entity_id} name={names.get(q.entity_id)} />, value: q.count }))} /> : <Empty>No attributed quotes.</Empty>}
        </Section>
      </div>
      <Section id="labels" title="Labels it uses" note="Words this outlet's narration uses for things other outlets name differently.">
        {labels.length ? (
          <dl class="label-table">{labels.map(([ref, ls]) => <div key={ref}><dt>{ref}</dt><dd><ul class="inline-list">{ls.map((l) => <li key={l} class="tag">{l}</li>)}</ul></dd></div>)}</dl>
        ) : <Empty>No distinctive labels found.</Empty>}
      </Section>
      <Section id="copies" title="Copies and flags">
        <Copies ids={outlet.article_ids} />
        {arts.data && flagCounts(arts.data.items).length ? (
          <ul class="plain-list">{arts.data.items.filter((a) => a.flags.length).map((a) => <li key={a.id}><a href={href.article(a.id)}>{a.title ?? a.id}</a> <span class="muted">— {a.flags.map(flagLabel).join(', ')}</span></li>)}</ul>
        ) : null}
      </Section>
    </div>
  );
}
