// Page metadata: JSON-LD first, then OpenGraph and standard meta tags, then markup hints.
import type { DomDocument, DomElement } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { META_KEYS, MetaTags } from './meta-tags.js';
import { normaliseDate } from './dates.js';
import { cleanAuthors } from './authors.js';
import { cleanTitle } from './title.js';
import { decodeResidualEntities, fold } from './text.js';

export interface PageMetadata {
  /** JSON-LD headline or og:title; the caller falls back to the main <h1>, then `docTitle`. */
  title: string | null;
  /** The <title> without its site suffix. */
  docTitle: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  url: string | null;
  domain: string | null;
  language: string | null;
  description: string | null;
  section: string | null;
  isNewsArticle: boolean;
  /** JSON-LD articleBody, the baseline's first rescue. */
  ldBody: string | null;
}

const LANG_RE = /^([a-z]{2})(?:[-_]|$)/i;
const WWW_RE = /^www\./;
const ELLIPSIS_RE = /(?:\.\.\.|…)$/;
const HTTP_RE = /^https?:\/\//i;
const NEWS_ITEMTYPE_SELECTOR = '[itemtype*="NewsArticle"]';

export function readMetadata(doc: DomDocument, pageUrl: string | null): PageMetadata {
  const { article: ld, isNews } = readJsonLd(doc);
  const meta = new MetaTags(doc);
  const siteName = clean(meta.first(META_KEYS.siteName)) ?? clean(ld?.publisher);
  const url = resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.first(META_KEYS.url) ?? ld?.url ?? null, pageUrl);
  const ldTitle = clean(ld?.headline);
  const metaTitle = clean(meta.first(META_KEYS.title));
  // Some CMSs cut the JSON-LD headline with an ellipsis; og:title then has the whole of it.
  const titleRaw = ldTitle && ELLIPSIS_RE.test(ldTitle) && metaTitle ? metaTitle : (ldTitle ?? metaTitle);
  const docTitle = clean(doc.title || doc.querySelector('title')?.textContent);
  return {
    title: titleRaw ? cleanTitle(titleRaw, siteName) : null,
    docTitle: docTitle ? cleanTitle(docTitle, siteName, true) : null,
    authors: cleanAuthors([...(ld?.authors ?? []), ...meta.all(META_KEYS.authors).filter((a) => !HTTP_RE.test(a)), ...relAuthors(doc)].map(decodeResidualEntities))
      .filter((a) => a.toLowerCase() !== siteName?.toLowerCase()),
    published: firstDate([ld?.datePublished, ...meta.all(META_KEYS.published), itemprop(doc, 'datePublished')]),
    modified: firstDate([ld?.dateModified, ...meta.all(META_KEYS.modified), itemprop(doc, 'dateModified')]),
    siteName,
    url,
    domain: domainOf(url),
    language: language([doc.documentElement?.getAttribute('lang'), ld?.language, ...meta.all(META_KEYS.language)]),
    description: clean(meta.first(META_KEYS.description)) ?? clean(ld?.description),
    section: clean(meta.first(META_KEYS.section)) ?? clean(ld?.section),
    isNewsArticle: isNews || doc.querySelector(NEWS_ITEMTYPE_SELECTOR) !== null,
    ldBody: ld?.body ?? null,
  };
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = fold(decodeResidualEntities(value));
  return text || null;
}

function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const date = normaliseDate(c);
    if (date) return date;
  }
  return null;
}

function itemprop(doc: DomDocument, name: string): string | null {
  const el = doc.querySelector(`[itemprop="${name}"]`);
  return el ? (el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent) : null;
}

/** Visible names of rel=author links (their href is a profile URL, the text is the name). */
function relAuthors(doc: DomDocument): string[] {
  const links = doc.querySelectorAll('a[rel="author"], [itemprop="author"] [itemprop="name"]');
  const names: string[] = [];
  for (let i = 0; i < links.length && i < 5; i++) names.push(links[i].textContent ?? '');
  return names;
}

function language(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const m = c ? LANG_RE.exec(c.trim()) : null;
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  const candidate = href?.trim();
  if (candidate) {
    try {
      const resolved = new URL(candidate, base ?? undefined);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // relative href without a base URL: fall through to the page URL
    }
  }
  return base;
}

export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(WWW_RE, '') || null;
  } catch {
    return null;
  }
}

/** The first `<time datetime>` inside the given elements (article header dates). */
export function timeInside(elements: DomElement[]): string | null {
  for (const el of elements) {
    const times = el.querySelectorAll('time[datetime]');
    for (let i = 0; i < times.length && i < 3; i++) {
      const date = normaliseDate(times[i].getAttribute('datetime'));
      if (date) return date;
    }
  }
  return null;
}
