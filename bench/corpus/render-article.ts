// Renders a generated article as a scraped-looking .txt page or an .html page, wrapped in random
// boilerplate (menus, share prompts, comment forms, teasers) like the pages Parallax has to clean.
import { FOOTER_BLOCKS, HEADER_LINES, TEASERS } from './corpus-pools.js';
import type { Random } from './seeded-random.js';

export interface ArticleModel {
  title: string;
  paragraphs: string[];
  outlet: { name: string; domain: string };
  author: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string;
  /** Credit line of a republished copy, printed at the bottom. */
  credit: string | null;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const HTML_SPECIAL = /[&<>"]/g;
const escapeHtml = (s: string): string => s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]);

function fill(template: string, a: ArticleModel, rng: Random): string {
  return template
    .replace('{date}', a.published)
    .replace('{year}', a.published.slice(0, 4))
    .replace('{outlet}', a.outlet.name)
    .replace('{views}', rng.int(12, 90_000).toLocaleString('en-US'))
    .replace('{teaser}', rng.pick(TEASERS))
    .replace('{teaser2}', rng.pick(TEASERS));
}

function boilerplate(a: ArticleModel, rng: Random): { header: string[]; footer: string[] } {
  const header = rng.shuffle([...HEADER_LINES]).slice(0, rng.int(0, 2)).map((l) => fill(l, a, rng));
  const footer = rng.shuffle([...FOOTER_BLOCKS]).slice(0, rng.int(0, 4)).map((l) => fill(l, a, rng));
  return { header, footer };
}

export function renderText(a: ArticleModel, rng: Random): string {
  const { header, footer } = boilerplate(a, rng);
  const meta = [a.author ? `By ${a.author}` : null, a.published].filter(Boolean).join(' | ');
  const parts = [rng.chance(0.6) ? a.outlet.name : null, ...header, a.title, meta, ...a.paragraphs, a.credit, ...footer];
  return parts.filter((p): p is string => Boolean(p)).join('\n\n') + '\n';
}

export function renderHtml(a: ArticleModel, rng: Random): string {
  const { header, footer } = boilerplate(a, rng);
  const url = `https://${a.outlet.domain}/news/${a.published.replace(/-/g, '/')}/${a.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`;
  const head = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(a.title)} | ${escapeHtml(a.outlet.name)}</title>`,
    `<meta property="og:title" content="${escapeHtml(a.title)}">`,
    `<meta property="og:site_name" content="${escapeHtml(a.outlet.name)}">`,
    `<meta property="og:url" content="${url}">`,
    `<meta property="article:published_time" content="${a.published}T08:00:00Z">`,
    a.author ? `<meta name="author" content="${escapeHtml(a.author)}">` : '',
  ];
  if (rng.chance(0.4)) {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: a.published, author: a.author ? [{ '@type': 'Person', name: a.author }] : [] };
    head.push(`<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`);
  }
  const body = [
    `<header><a href="/">${escapeHtml(a.outlet.name)}</a><nav>${header.map((h) => `<p>${escapeHtml(h)}</p>`).join('')}</nav></header>`,
    `<main><article><h1>${escapeHtml(a.title)}</h1>`,
    `<p class="byline">${a.author ? `By ${escapeHtml(a.author)} · ` : ''}<time datetime="${a.published}">${a.published}</time></p>`,
    ...a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    a.credit ? `<p class="credit">${escapeHtml(a.credit)}</p>` : '',
    `</article>`,
    ...footer.map((f) => `<aside>${f.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</aside>`),
    `</main><footer><p>© ${a.published.slice(0, 4)} ${escapeHtml(a.outlet.name)}</p></footer>`,
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head.filter(Boolean).join('\n')}\n</head>\n<body>\n${body.filter(Boolean).join('\n')}\n</body>\n</html>\n`;
}
