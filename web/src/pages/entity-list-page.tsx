// Entities linked across the corpus, filterable by type and name.
import { api } from '../api.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { plural } from '../lib/format.js';
import { href, navigate } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'];
const LIMIT = 50;

export function EntityListPage({ search }: { search: URLSearchParams }) {
  useTitle('Entities');
  const q = search.get('q') ?? '', type = search.get('type') ?? '';
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const r = useApi((s) => api.entities({ q: q || undefined, type: type || undefined, limit: LIMIT, offset }, s), [q, type, offset]);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget as HTMLFormElement);
    const n = new URLSearchParams();
    for (const k of ['q', 'type']) { const v = String(d.get(k) ?? '').trim(); if (v) n.set(k, v); }
    navigate(`/entities${n.size ? `?${n}` : ''}`);
  };
  const hrefFor = (o: number) => { const n = new URLSearchParams(search); if (o) n.set('offset', String(o)); else n.delete('offset'); return `/entities?${n}`; };
  return (
    <div class="page">
      <header class="page-head">
        <h1>Entities</h1>
        <p class="lede">People, organisations and places, linked across articles.</p>
        <form class="inline-form" role="search" onSubmit={onSubmit} key={search.toString()}>
          <label for="e-q">Name</label><input id="e-q" name="q" type="search" defaultValue={q} />
          <label for="e-type">Type</label>
          <select id="e-type" name="type" defaultValue={type}><option value="">Any</option>{TYPES.map((t) => <option key={t} value={t}>{t}</option>)}</select>
          <button type="submit" class="button">Filter</button>
        </form>
      </header>
      {r.error ? <ErrorBox error={r.error} /> : !r.data ? <Loading what="entities" /> : r.data.total === 0 ? <Empty>No entity matches.</Empty> : (
        <>
          <Pager total={r.data.total} offset={offset} limit={LIMIT} hrefFor={hrefFor} noun="entity" />
          <div class="table-scroll">
            <table class="table">
              <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Articles</th></tr></thead>
              <tbody>{r.data.items.map((e) => (
                <tr key={e.id}><td><a href={href.entity(e.id)}>{e.name}</a>{e.aliases.length ? <span class="muted small"> · {e.aliases.slice(0, 3).join(', ')}</span> : null}</td><td><span class="tag">{e.type}</span></td><td>{e.mentions}</td><td>{plural(e.article_ids.length, 'article')}</td></tr>
              ))}</tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
