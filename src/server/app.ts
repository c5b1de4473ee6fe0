// The HTTP server: JSON API under /api, the built web UI under /, strict security headers.
// Read-only unless started with a write token; an optional read token guards private deployments.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import type { Store } from '../store/repository.js';
import { articleRoutes } from './routes/articles.js';
import { corpusRoutes } from './routes/corpus.js';
import { ingestRoutes } from './routes/ingest.js';
import { repoRoot } from '../util/paths.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, sendProblem } from './problem.js';
import { OutletRegistry } from '../extract/outlets/index.js';
import type { IngestRunner } from './cluster/ipc-ingest.js';

export interface ServerOptions {
  store: Store;
  /** Built UI (web/dist); the API alone is served when absent. */
  webRoot?: string | null;
  /** When set, every /api request must carry `Authorization: Bearer <readToken>`. */
  readToken?: string | null;
  /** When set, POST /api/articles adds articles for clients sending `Authorization: Bearer <writeToken>`; off otherwise. */
  writeToken?: string | null;
  /** User outlet registry files (as `analyze --outlets`) used by ingests. */
  outletFiles?: string[];
  /** Outlet groups, for outlet profiles and per-group story tables; by default the `groups` of the
   * shipped outlet registry plus `outletFiles` (outlets in no group are shown as "(no group)"). */
  groupsOf?: (outlet: string) => string[];
  /** Requests per minute per client IP. */
  rateLimitPerMinute?: number;
  /** Where the rate limits count (a @fastify/rate-limit store class); this process by default. The
   * workers of `serve --workers N` count in the primary process (cluster/ipc-rate-limit.ts). */
  rateLimitStore?: new (options: unknown) => unknown;
  /** Runs accepted ingests; by default a queue in this process. The workers of `serve --workers N`
   * hand them to the primary's single queue (cluster/ipc-ingest.ts). */
  ingest?: IngestRunner;
  logger?: boolean;
}

/** No inline scripts, no foreign origins, no framing: article text can never run as code. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const BODY_LIMIT = 1 << 20;
const CLIENT_ERROR_TITLES: Record<number, string> = { 413: 'Payload too large', 415: 'Unsupported media type', 429: 'Too many requests' };
const VERSION = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function registryGroups(files: readonly string[]): (outlet: string) => string[] {
  const registry = OutletRegistry.load(files);
  return (outlet) => registry.groupsOf(outlet);
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, routerOptions: { maxParamLength: 200 }, trustProxy: false });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    return payload;
  });

  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    ...(options.rateLimitStore ? { store: options.rateLimitStore as never } : {}),
    errorResponseBuilder: (_req, ctx) => Object.assign(new HttpProblem(429, 'Too many requests', `limit is ${ctx.max} per minute`), { statusCode: 429 }),
  });

  if (options.readToken) {
    // The write token grants reading too (one Authorization header carries one token).
    const accepted = [options.readToken, options.writeToken].filter((t): t is string => !!t).map((t) => Buffer.from(t));
    app.addHook('onRequest', async (req: FastifyRequest) => {
      if (!req.url.startsWith('/api/')) return;
      const got = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
      if (!accepted.some((t) => got.length === t.length && timingSafeEqual(got, t))) throw new HttpProblem(401, 'Unauthorized', 'a read token is required');
    });
  }

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.status, err.title, err.detail);
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendProblem(reply, status, CLIENT_ERROR_TITLES[status] ?? 'Bad request', (err as Error).message);
    app.log.error(err);
    return sendProblem(reply, 500, 'Internal error');
  });

  app.get('/api/openapi.json', async () => openApiDocument());
  articleRoutes(app, options.store);
  corpusRoutes(app, options.store, options.groupsOf ?? registryGroups(options.outletFiles ?? []));
  await ingestRoutes(app, { store: options.store, writeToken: options.writeToken ?? null, outletFiles: options.outletFiles ?? [], version: VERSION, ingest: options.ingest });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(webRoot)) {
    // @fastify/static resolves inside root only (no path traversal) and never lists directories.
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], list: false, dotfiles: 'deny' });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') return sendProblem(reply, 404, 'Not found');
      return reply.sendFile('index.html'); // client-side routes
    });
  } else {
    app.setNotFoundHandler((_req, reply) => sendProblem(reply, 404, 'Not found'));
  }
  return app;
}
