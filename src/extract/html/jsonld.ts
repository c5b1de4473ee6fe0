// Reads schema.org JSON-LD blocks: the article object (via @graph, arrays, nested mainEntity) and its fields.
import type { DomDocument } from './dom.js';

export interface JsonLdArticle {
  types: string[];
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  language: string | null;
  section: string | null;
  description: string | null;
  url: string | null;
  body: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE_RE = /(?:Article|BlogPosting|Posting|Report|LiveBlogPosting)$/;
export const NEWS_TYPE_RE = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting)$/;
const CONTROL_RE = /[\u0000-\u001f]+/g;
const CDATA_RE = /^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)|(?:\/\/\s*)?\]\]>\s*$/g;

/** Every JSON object in the page's ld+json scripts, flattened through arrays and @graph. */
function ldObjects(doc: DomDocument): Json[] {
  const found: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i].textContent ?? '').replace(CDATA_RE, '');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      try {
        data = JSON.parse(raw.replace(CONTROL_RE, ' '));
      } catch {
        continue;
      }
    }
    flatten(data, found, 0);
  }
  return found;
}

function flatten(data: unknown, out: Json[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) flatten(item, out, depth + 1);
    return;
  }
  const obj = data as Json;
  out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') flatten(obj.mainEntity, out, depth + 1);
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Json;
    return str(o.name ?? o['@value'] ?? null);
  }
  return null;
}

/** Author values come as strings, Person objects or arrays of either. */
function authorNames(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (typeof value === 'string') return [value];
  if (typeof value === 'object') {
    // An Organization as author is the outlet, not a byline.
    if (typesOf(value as Json).some((t) => t === 'Organization' || t === 'NewsMediaOrganization')) return [];
    const name = (value as Json).name;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return name.filter((n): n is string => typeof n === 'string');
  }
  return [];
}

/** The page's article object, or null; `isNews` is also set by any NewsArticle-typed object. */
export function readJsonLd(doc: DomDocument): { article: JsonLdArticle | null; isNews: boolean } {
  const objects = ldObjects(doc);
  const isNews = objects.some((o) => typesOf(o).some((t) => NEWS_TYPE_RE.test(t)));
  const obj = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE_RE.test(t)));
  if (!obj) return { article: null, isNews };
  const publisher = obj.publisher ?? objects.find((o) => typesOf(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'));
  const page = obj.mainEntityOfPage;
  return {
    isNews,
    article: {
      types: typesOf(obj),
      headline: str(obj.headline) ?? str(obj.name),
      authors: authorNames(obj.author ?? obj.creator),
      datePublished: str(obj.datePublished) ?? str(obj.dateCreated),
      dateModified: str(obj.dateModified),
      publisher: str(publisher),
      language: str(obj.inLanguage),
      section: str(obj.articleSection),
      description: str(obj.description),
      url: str(obj.url) ?? (typeof page === 'string' ? page : page && typeof page === 'object' ? str((page as Json)['@id']) : null),
      body: str(obj.articleBody),
    },
  };
}
