// Full-text search with filters (outlet, language, flag, entity, date range) and pages; with no
// words it browses articles under the same filters. State lives in the URL.
import { api } from '../api.js';
import { ArticleList } from '../components/article-list.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { useOutletOrder } from '../lib/caches.js';
import { KNOWN_FLAGS } from '../lib/flags.js';
import { flagLabel } from '../lib/format.js';
import { navigate } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

const LIMIT = 20;
const FIELDS = ['q', 'outlet', 'language', 'flag', 'entity', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

export function SearchPage({ search }: { search: URLSearchParams }) {
  const f = Object.fromEntries(FIELDS.map((k) => [k, search.get(k) ?? ''])) as Record<Field, string>;
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const key = search.toString();
  useTitle(f.q ? `Search: ${f.q}` : 'Articles');
  const order = useOutletOrder();
  const entities = useApi((s) => api.entities({ limit: 200 }, s), []);
  const params = { ...f, q: undefined, limit: LIMIT, offset };
  const result = useApi((s) => (f.q ? api.search({ ...params, q: f.q }, s) : api.articles(params, s)), [key]);
  const entityList = entities.data?.items ?? [];
  const entityName = entityList.find((e) => e.id === f.entity)?.name ?? f.entity;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const k of FIELDS) {
      let v = String(data.get(k) ?? '').trim();
      if (k === 'entity' && v) v = entityList.find((x) => x.name.toLowerCase() === v.toLowerCase())?.id ?? v;
      if (v) next.set(k, v);
    }
    navigate(`/search?${next}`);
  };
  const hrefFor = (o: number) => { const n = new URLSearchParams(search); if (o) n.set('offset', String(o)); else n.delete('offset'); return `/search?${n}`; };

  return (
    <div class="page">
      <header class="page-head">
        <h1>{f.q ? 'Search' : 'Articles'}</h1>
        <form class="search-form" role="search" onSubmit={onSubmit} key={key}>
          <div class="field field-wide">
            <label for="s-q">Words</label>
            <input id="s-q" name="q" type="search" defaultValue={f.q} placeholder="e.g. pipeline vote" />
          </div>
          <div class="field">
            <label for="s-outlet">Outlet</label>
            <select id="s-outlet" name="outlet" defaultValue={f.outlet}>
              <option value="">Any outlet</option>
              {order.map((o) => <option key={o} value={o}>{o}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="s-language">Language</label>
            <input id="s-language" name="language" defaultValue={f.language} placeholder="en" size={4} pattern="[a-z]{2,3}" />
          </div>
          <div class="field">
            <label for="s-flag">Flag</label>
            <select id="s-flag" name="flag" defaultValue={f.flag}>
              <option value="">Any</option>
              {KNOWN_FLAGS.map((x) => <option key={x} value={x}>{flagLabel(x)}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="s-entity">Mentions</label>
            <input id="s-entity" name="entity" list="s-entities" defaultValue={entityName} placeholder="person, place…" />
            <datalist id="s-entities">{entityList.map((e) => <option key={e.id} value={e.name} />)}</datalist>
          </div>
          <div class="field">
            <label for="s-from">From</label>
            <input id="s-from" name="from" type="date" defaultValue={f.from} />
          </div>
          <div class="field">
            <label for="s-to">To</label>
            <input id="s-to" name="to" type="date" defaultValue={f.to} />
          </div>
          <div class="field field-actions">
            <button type="submit" class="button button-primary">Search</button>
            {key ? <a class="button button-quiet" href="/search">Reset</a> : null}
          </div>
        </form>
      </header>
      {result.error ? <ErrorBox error={result.error} /> : !result.data ? <Loading what="results" /> : result.data.total === 0 ? (
        <Empty>{f.q ? `Nothing matches “${f.q}”${search.size > 1 ? ' with these filters' : ''}.` : 'No article matches these filters.'}</Empty>
      ) : (
        <section aria-label="Results" class="results">
          <Pager total={result.data.total} offset={offset} limit={LIMIT} hrefFor={hrefFor} noun={f.q ? 'result' : 'article'} capped={'total_capped' in result.data && result.data.total_capped === true} />
          <ArticleList items={result.data.items} order={order} />
          {result.data.total > LIMIT ? <Pager total={result.data.total} offset={offset} limit={LIMIT} hrefFor={hrefFor} noun={f.q ? 'result' : 'article'} capped={'total_capped' in result.data && result.data.total_capped === true} /> : null}
        </section>
      )}
    </div>
  );
}
