// Collects <meta> and <link> values by lower-cased name/property/itemprop, in document order.
import type { DomDocument } from './dom.js';

export class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(doc: DomDocument) {
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i];
      const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv');
      const content = m.getAttribute('content');
      if (key && content && content.trim()) this.add(key, content.trim());
    }
  }

  private add(key: string, value: string): void {
    const k = key.trim().toLowerCase();
    const list = this.values.get(k);
    if (list) list.push(value);
    else this.values.set(k, [value]);
  }

  /** First value among the keys, in the order the keys are given. */
  first(keys: readonly string[]): string | null {
    for (const k of keys) {
      const v = this.values.get(k);
      if (v) return v[0];
    }
    return null;
  }

  /** All values of all keys, in key order. */
  all(keys: readonly string[]): string[] {
    return keys.flatMap((k) => this.values.get(k) ?? []);
  }
}

/** Meta keys per field, most specific first (OpenGraph, Dublin Core, Parse.ly, Sailthru, citation_*). */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'citation_title', 'title', 'headline'],
  siteName: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher', 'citation_journal_title'],
  authors: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'citation_author', 'twitter:creator:name', 'byline'],
  published: [
    'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'article.published', 'pubdate', 'publishdate',
    'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
    'dcterms.date', 'citation_publication_date', 'citation_date', 'date', 'created', 'originalpublicationdate', 'article:post_date',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod', 'article:modified'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.abstract'],
  section: ['article:section', 'parsely-section', 'section', 'category', 'dc.subject'],
  url: ['og:url', 'twitter:url', 'parsely-link'],
  language: ['content-language', 'og:locale', 'dc.language', 'language', 'citation_language', 'inlanguage'],
} as const;
