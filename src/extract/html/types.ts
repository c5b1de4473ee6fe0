// The result of HTML main-content extraction.

export interface RemovedBlock {
  text: string;
  /** navigation, header, footer, sidebar, related, comments, share, newsletter, advertisement, caption, cookie, byline, ... */
  reason: string;
}

export interface HtmlExtraction {
  title: string | null;
  authors: string[];
  /** ISO 8601 date or date-time. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  /** Canonical or og:url, else options.url. */
  url: string | null;
  /** Host without "www.". */
  domain: string | null;
  /** ISO 639-1. */
  language: string | null;
  description: string | null;
  section: string | null;
  /** JSON-LD says NewsArticle, ReportageNewsArticle, ... */
  isNewsArticle: boolean;
  /** Main text: paragraphs, headings and list items separated by "\n\n", whitespace folded inside. */
  text: string;
  /** Non-main blocks that were dropped, with the reason (bounded). */
  removed: RemovedBlock[];
  /** Which stage of the cascade won, for debugging. */
  method: string;
}

export interface HtmlExtractOptions {
  url?: string | null;
}
