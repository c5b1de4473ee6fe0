// Page frame: skip link, masthead with navigation and the quick search ('/' focuses it), content.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useMeta } from '../lib/meta.js';
import { navigate, useLocation } from '../lib/router.js';

const NAV = [
  { href: '/', label: 'Stories', active: (p: string) => p === '/' || p.startsWith('/stories') },
  { href: '/search', label: 'Search', active: (p: string) => p.startsWith('/search') || p.startsWith('/articles') },
  { href: '/outlets', label: 'Outlets', active: (p: string) => p.startsWith('/outlets') },
  { href: '/entities', label: 'Entities', active: (p: string) => p.startsWith('/entities') },
];
const ADD = { href: '/add', label: 'Add articles', active: (p: string) => p === '/add' };

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function Layout({ children }: { children: ComponentChildren }) {
  const loc = useLocation();
  const meta = useMeta();
  const nav = meta?.ingest.enabled ? [...NAV, ADD] : NAV;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const q = input.current?.value.trim() ?? '';
    if (q) navigate(`/search?${new URLSearchParams({ q })}`);
  };
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="masthead">
        <div class="masthead-inner">
          <a class="brand" href="/" aria-label="Parallax, home">
            <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" /><path d="M8 22 L14 10 M14 22 L20 10 M20 22 L26 10" /></svg>
            Parallax
          </a>
          <nav class="nav" aria-label="Main">
            <ul>{nav.map((n) => <li key={n.href}><a href={n.href} aria-current={n.active(loc.path) ? 'page' : undefined}>{n.label}</a></li>)}</ul>
          </nav>
          <form class="quick-search" role="search" onSubmit={onSubmit} action="/search">
            <label for="quick-search" class="sr-only">Search articles</label>
            <input id="quick-search" ref={input} type="search" name="q" placeholder="Search articles" autocomplete="off" />
            <kbd class="kbd-hint" aria-hidden="true">/</kbd>
          </form>
        </div>
      </header>
      <main id="main" tabindex={-1}>{children}</main>
      <footer class="site-footer"><p>Parallax shows how every outlet tells the same story. Article text is shown as published, never run.</p></footer>
    </>
  );
}
