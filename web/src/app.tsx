// Routes to pages; unknown paths get a not-found page.
import { useEffect, useRef } from 'preact/hooks';
import { Layout } from './components/layout.js';
import { match, useLocation } from './lib/router.js';
import { AddPage } from './pages/add-page.js';
import { ArticlePage } from './pages/article-page.js';
import { EntityListPage } from './pages/entity-list-page.js';
import { EntityPage } from './pages/entity-page.js';
import { NotFound } from './pages/not-found.js';
import { OutletListPage } from './pages/outlet-list-page.js';
import { OutletPage } from './pages/outlet-page.js';
import { SearchPage } from './pages/search-page.js';
import { StoryListPage } from './pages/story-list-page.js';
import { StoryPage } from './pages/story-page.js';

function route(path: string, search: URLSearchParams) {
  let m;
  if ((m = match('/', path))) return <StoryListPage q={search.get('q') ?? ''} />;
  if ((m = match('/stories/:id', path))) return <StoryPage id={m.id} search={search} />;
  if ((m = match('/articles/:id', path))) return <ArticlePage id={m.id} />;
  if ((m = match('/entities', path))) return <EntityListPage search={search} />;
  if ((m = match('/entities/:id', path))) return <EntityPage id={m.id} />;
  if ((m = match('/outlets', path))) return <OutletListPage />;
  if ((m = match('/outlets/:name', path))) return <OutletPage name={m.name} />;
  if ((m = match('/search', path))) return <SearchPage search={search} />;
  if ((m = match('/add', path))) return <AddPage />;
  return <NotFound />;
}

export function App() {
  const loc = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    // After a navigation, move focus to the new content for keyboard and screen-reader users.
    if (document.activeElement && document.activeElement !== document.body && document.activeElement.closest('main')) return;
    if (document.activeElement?.id !== 'quick-search') document.getElementById('main')?.focus({ preventScroll: true });
  }, [loc.path]);
  return <Layout>{route(loc.path, loc.search)}</Layout>;
}
