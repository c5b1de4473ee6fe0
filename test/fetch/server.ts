// A programmable HTTP server on 127.0.0.1 (random free port) for the client and watcher tests:
// routes by path, a log of every request, and a close that ends slow and endless responses.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import type { Clock } from '../../src/fetch/clock.js';

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface TestServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  /** Requests seen, in order, as "METHOD /path". */
  log: { path: string; headers: IncomingMessage['headers'] }[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const log: TestServer['log'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, headers: req.headers });
    const hit = (counts.get(path) ?? 0) + 1;
    counts.set(path, hit);
    const handler = routes.get(path);
    if (handler) return handler(req, res, hit);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  after(close);
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => routes.set(path, handler),
    log,
    hits: (path) => counts.get(path) ?? 0,
    close,
  };
}

/** Serves a fixed body with a status and headers. */
export function serve(body: string, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

/** A virtual clock: sleeps return at once, advance `now` and are recorded. */
export class FakeClock implements Clock {
  t = 0;
  readonly sleeps: number[] = [];
  now(): number {
    return this.t;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
  }
}

/** A short English article page written for these tests. */
export function articlePage(title: string, paragraphs = 6): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    `<p>Paragraph ${i + 1} of the report on ${title.toLowerCase()}: the harbour council met on Tuesday and agreed to repair the old pier before the winter storms arrive, officials said.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}
