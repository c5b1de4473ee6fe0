// The HTTP server: JSON API under /api, the built web UI under /, strict security headers.
// Read-only unless started with a write token; an optional read token guards private deployments.
import { existsSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import type { Store } from '../store/repository.js';
import { articleRoutes } from './routes/articles.js';
import { corpusRoutes } from './routes/corpus.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, sendProblem } from './problem.js';

export interface ServerOptions {
  store: Store;
  /** Built UI (web/dist); the API alone is served when absent. */
  webRoot?: string | null;
  /** When set, every /api request must carry `Authorization: Bearer <readToken>`. */
  readToken?: string | null;
  /** Outlet groups (registry `groups`), for outlet profiles and group comparisons. */
  groupsOf?: (outlet: string) => string[];
  /** Requests per minute per client IP. */
  rateLimitPerMinute?: number;
  logger?: boolean;
}

/** No inline scripts, no foreign origins, no framing: article text can never run as code. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const BODY_LIMIT = 1 << 20;

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
    errorResponseBuilder: (_req, ctx) => Object.assign(new HttpProblem(429, 'Too many requests', `limit is ${ctx.max} per minute`), { statusCode: 429 }),
  });

  if (options.readToken) {
    const expected = Buffer.from(options.readToken);
    app.addHook('onRequest', async (req: FastifyRequest) => {
      if (!req.url.startsWith('/api/')) return;
      const got = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
      if (got.length !== expected.length || !timingSafeEqual(got, expected)) throw new HttpProblem(401, 'Unauthorized', 'a read token is required');
    });
  }

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.status, err.title, err.detail);
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendProblem(reply, status, 'Bad request', (err as Error).message);
    app.log.error(err);
    return sendProblem(reply, 500, 'Internal error');
  });

  app.get('/api/openapi.json', async () => openApiDocument());
  articleRoutes(app, options.store);
  corpusRoutes(app, options.store, options.groupsOf ?? (() => []));

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
