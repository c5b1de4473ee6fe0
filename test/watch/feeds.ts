// Feeds written for the watcher tests, served with ETag / Last-Modified and 304s.
import { createHash } from 'node:crypto';
import type { Handler } from '../fetch/server.js';

export interface TestItem {
  id: string;
  title: string;
  link: string;
  /** Item text; long text stands for a full-content feed, a sentence for a summary. */
  text: string;
  published?: string;
}

const LONG = 'The harbour council met on Tuesday and agreed to repair the old pier before the winter storms arrive, officials said. ';

export function fullText(topic: string): string {
  return `${topic}. ${LONG.repeat(10)}`;
}

export function rss(items: TestItem[], title = 'Harbour Gazette'): string {
  const body = items.map((i) =>
    `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.id}</guid>` +
    `${i.published ? `<pubDate>${i.published}</pubDate>` : ''}<description>${i.text}</description></item>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/</link>\n${body}\n</channel></rss>`;
}

export function atom(items: TestItem[]): string {
  const body = items.map((i) =>
    `<entry><title>${i.title}</title><link href="${i.link}"/><id>${i.id}</id><updated>2024-10-01T10:00:00Z</updated>` +
    `<content type="html">${i.text}</content></entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Times</title>\n${body}\n</feed>`;
}

/** Serves whatever `body()` returns now, with an ETag of its content, answering a matching If-None-Match with 304. */
export function conditionalFeed(body: () => string, type = 'application/rss+xml'): Handler {
  return (req, res) => {
    const text = body();
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, etag, 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' }).end(text);
  };
}
