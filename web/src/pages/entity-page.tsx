// One entity: aliases, roles, the articles that mention it, its quotes, and its relations over
// time (events it takes part in, charted by date and cooperation–conflict score).
import { api, type Event } from '../api.js';
import { ArticleList } from '../components/article-list.js';
import { QuoteList } from '../components/quote-list.js';
import { RelationList, relationsOf } from '../components/relations.js';
import { Section } from '../components/section.js';
import { ErrorBox, Loading } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { useEntityNames, useOutletOrder } from '../lib/caches.js';
import { plural } from '../lib/format.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

function Mentions({ id, total }: { id: string; total: number }) {
  const order = useOutletOrder();
  const r = useApi((s) => api.articles({ entity: id, limit: 50 }, s), [id]);
  if (r.error) return <ErrorBox error={r.error} />;
  if (!r.data) return <Loading what="articles" />;
  return (
    <>
      <ArticleList items={r.data.items} order={order} />
      {r.data.total > r.data.items.length ? <p class="muted">and {r.data.total - r.data.items.length} more of {total}.</p> : null}
    </>
  );
}

function eventWord(e: Event, self: string, names: Map<string, string>): string {
  const name = (id: string | null) => (id ? (id === self ? 'this entity' : names.get(id) ?? id) : null);
  return [name(e.actor), e.kind, name(e.target)].filter(Boolean).join(' · ');
}

export function EntityPage({ id }: { id: string }) {
  const r = useApi((s) => api.entity(id, s), [id]);
  const relations = r.data ? relationsOf(id, r.data.events) : [];
  const names = useEntityNames(relations.slice(0, 40).map((x) => x.id));
  useTitle(r.data?.entity.name ?? (r.error ? 'Entity not found' : 'Entity'));
  if (r.error) return <div class="page"><ErrorBox error={r.error} /></div>;
  if (!r.data) return <div class="page"><Loading what="the entity" /></div>;
  const { entity, quotes, events } = r.data;
  return (
    <div class="page">
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/entities">Entities</a></nav>
      <header class="page-head">
        <p class="eyebrow">{entity.type}</p>
        <h1>{entity.name}</h1>
        <p class="meta">{plural(entity.mentions, 'mention')} in {plural(entity.article_ids.length, 'article')} · {plural(quotes.length, 'quote')} · {plural(events.length, 'event')}</p>
        {entity.aliases.length ? <p>Also called: <span class="inline-list-text">{entity.aliases.join(' · ')}</span></p> : null}
        {entity.roles.length ? <p>Roles: <span class="inline-list-text">{entity.roles.join(' · ')}</span></p> : null}
      </header>
      <Section id="relations" title="Relations over time" note="Events this entity takes part in, and the actors on the other side.">
        <TimelineChart events={events.map((e) => ({ id: e.id, date: e.date, score: e.score ?? 0, label: eventWord(e, id, names) }))} title={`Events with ${entity.name}`} />
        <RelationList relations={relations.slice(0, 40)} names={names} />
      </Section>
      <Section id="quotes" title={`Quotes by ${entity.name}`}><QuoteList quotes={quotes} showArticle /></Section>
      <Section id="mentions" title="Mentioned in"><Mentions id={id} total={entity.article_ids.length} /></Section>
    </div>
  );
}
