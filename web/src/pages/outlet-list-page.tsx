// Every outlet in the corpus with its article count, as bars.
import { api } from '../api.js';
import { BarList } from '../components/bar-list.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { useOutletOrder } from '../lib/caches.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { useApi } from '../lib/use-api.js';

export function OutletListPage() {
  useTitle('Outlets');
  const order = useOutletOrder();
  const r = useApi((s) => api.outlets({ limit: 200 }, s), []);
  return (
    <div class="page">
      <header class="page-head"><h1>Outlets</h1><p class="lede">Who published the articles in this corpus.</p></header>
      {r.error ? <ErrorBox error={r.error} /> : !r.data ? <Loading what="outlets" /> : r.data.total === 0 ? <Empty>No outlets yet.</Empty> : (
        <BarList label="Articles per outlet" unit="articles" bars={[...r.data.items].sort((a, b) => b.article_ids.length - a.article_ids.length).map((o) => ({
          key: o.name, value: o.article_ids.length, hue: outletClass(o.name, order),
          label: <a href={href.outlet(o.name)}>{o.name}</a>,
        }))} />
      )}
    </div>
  );
}
