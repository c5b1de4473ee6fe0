// History routing in a few lines (the server answers every non-/api GET with index.html).
// Hand-written: the app needs only path matching and link interception, not a router library.
import { useEffect, useState } from 'preact/hooks';

export interface Location { path: string; search: URLSearchParams }

const listeners = new Set<() => void>();

function current(): Location {
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

export function navigate(to: string, replace = false): void {
  if (to === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const l of listeners) l();
  if (!replace) window.scrollTo(0, 0);
}

/** Same-origin left clicks on plain links become history navigations. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== window.location.origin) return;
    if (a.pathname.startsWith('/api/')) return;
    if (a.pathname === window.location.pathname && a.search === window.location.search && a.hash) return; // in-page anchor
    e.preventDefault();
    navigate(a.pathname + a.search);
  });
  window.addEventListener('popstate', () => { for (const l of listeners) l(); });
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const l = () => setLoc(current());
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  return loc;
}

/** Matches '/stories/:id' against a path; returns the decoded parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (path === '/' && pattern === '/') return {};
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      try { out[p[i].slice(1)] = decodeURIComponent(s[i]); } catch { return null; }
    } else if (p[i] !== s[i]) return null;
  }
  return out;
}

export const href = {
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
  outlet: (name: string) => `/outlets/${encodeURIComponent(name)}`,
  search: (params: Record<string, string>) => `/search?${new URLSearchParams(params).toString()}`,
};
