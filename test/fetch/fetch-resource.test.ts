import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fetchResource } from '../../src/fetch/fetch-resource.js';
import { createFetchContext } from '../../src/fetch/fetch-context.js';
import type { FetchOptions, FetchResult } from '../../src/fetch/types.js';
import { FakeClock, serve, startServer } from './server.js';

/** Options with a fresh context on a virtual clock, no host interval unless asked, no jitter. */
function setup(extra: FetchOptions = {}, minHostIntervalMs = 0) {
  const clock = new FakeClock();
  const context = createFetchContext({ clock, minHostIntervalMs });
  return { clock, options: { context, random: () => 0, ...extra } satisfies FetchOptions };
}

function expectError(r: FetchResult, kind: string): asserts r is Extract<FetchResult, { status: 'error' }> {
  assert.equal(r.status, 'error', JSON.stringify(r));
  assert.equal((r as { kind: string }).kind, kind, (r as { message: string }).message);
}

describe('fetchResource', () => {
  it('fetches a page with the Parallax User-Agent and returns its validators', async () => {
    const s = await startServer();
    s.route('/a', serve('<p>hello</p>', { etag: '"v1"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' }));
    const { options } = setup();
    const r = await fetchResource(s.url('/a'), options);
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') return;
    assert.equal(r.body.toString(), '<p>hello</p>');
    assert.equal(r.httpStatus, 200);
    assert.equal(r.etag, '"v1"');
    assert.equal(r.lastModified, 'Tue, 01 Oct 2024 10:00:00 GMT');
    assert.equal(r.attempts, 1);
    assert.match(r.contentType ?? '', /text\/html/);
    const req = s.log.find((l) => l.path === '/a');
    assert.equal(req?.headers['user-agent'], 'Parallax/0.1 (+news analysis)');
  });

  it('sends If-None-Match / If-Modified-Since and reports 304 as not-modified', async () => {
    const s = await startServer();
    s.route('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' }).end('<rss></rss>');
    });
    const { options } = setup();
    const first = await fetchResource(s.url('/feed'), options);
    assert.equal(first.status, 'ok');
    if (first.status !== 'ok') return;
    const second = await fetchResource(s.url('/feed'), { ...options, validators: { etag: first.etag, lastModified: first.lastModified } });
    assert.equal(second.status, 'not-modified');
    if (second.status === 'not-modified') assert.equal(second.etag, '"v1"');
    const conditional = s.log.filter((l) => l.path === '/feed')[1];
    assert.equal(conditional.headers['if-none-match'], '"v1"');
    assert.equal(conditional.headers['if-modified-since'], 'Tue, 01 Oct 2024 10:00:00 GMT');
  });

  it('treats a 304 to an unconditional request as an error, not as nothing new', async () => {
    const s = await startServer();
    s.route('/odd', serve('', {}, 304));
    const { options } = setup();
    const r = await fetchResource(s.url('/odd'), options);
    expectError(r, 'http');
    assert.equal(r.httpStatus, 304);
  });

  it('honours robots.txt: a disallowed path is never requested, robots.txt is cached per host with a TTL', async () => {
    const s = await startServer();
    s.route('/robots.txt', serve('User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }));
    s.route('/private/x', serve('secret'));
    s.route('/public', serve('open'));
    const clock = new FakeClock();
    const context = createFetchContext({ clock, minHostIntervalMs: 0, robotsTtlMs: 60_000 });
    const denied = await fetchResource(s.url('/private/x'), { context });
    expectError(denied, 'robots');
    assert.match(denied.message, /^http:\/\/127\.0\.0\.1:\d+\/private\/x: refused by robots\.txt/);
    assert.equal(s.hits('/private/x'), 0);
    assert.equal((await fetchResource(s.url('/public'), { context })).status, 'ok');
    assert.equal(s.hits('/robots.txt'), 1, 'cached within the TTL');
    clock.t += 61_000;
    assert.equal((await fetchResource(s.url('/public'), { context })).status, 'ok');
    assert.equal(s.hits('/robots.txt'), 2, 'fetched again after the TTL');
  });

  it('obeys a group for its own user agent and robots: false skips the check', async () => {
    const s = await startServer();
    s.route('/robots.txt', serve('User-agent: Parallax\nDisallow: /\n\nUser-agent: *\nAllow: /\n', { 'content-type': 'text/plain' }));
    s.route('/page', serve('x'));
    const { options } = setup();
    expectError(await fetchResource(s.url('/page'), options), 'robots');
    assert.equal((await fetchResource(s.url('/page'), { ...options, userAgent: 'OtherBot/1.0' })).status, 'ok');
    assert.equal((await fetchResource(s.url('/page'), { ...options, robots: false })).status, 'ok');
  });

  it('treats an unreachable robots.txt (5xx) as disallow and a missing one (404) as allow', async () => {
    const s = await startServer();
    s.route('/robots.txt', serve('down', {}, 503));
    s.route('/page', serve('x'));
    const { options } = setup({ maxAttempts: 1 });
    const r = await fetchResource(s.url('/page'), options);
    assert.equal(r.status, 'error');
    assert.match(r.status === 'error' ? r.message : '', /robots\.txt could not be fetched \(HTTP 503/);
    assert.equal(s.hits('/page'), 0);
    const s2 = await startServer();
    s2.route('/page', serve('x'));
    assert.equal((await fetchResource(s2.url('/page'), options)).status, 'ok');
  });

  it('retries 429 after the Retry-After it was given', async () => {
    const s = await startServer();
    s.route('/busy', (_req, res, hit) => {
      if (hit === 1) return res.writeHead(429, { 'retry-after': '7' }).end('slow down');
      res.writeHead(200).end('done');
    });
    const { options, clock } = setup();
    const r = await fetchResource(s.url('/busy'), options);
    assert.equal(r.status, 'ok');
    assert.equal(r.attempts, 2);
    assert.equal(s.hits('/busy'), 2);
    assert.ok(clock.sleeps.includes(7000), `waited ${clock.sleeps}`);
  });

  it('gives up at once when Retry-After is over the limit', async () => {
    const s = await startServer();
    s.route('/busy', serve('later', { 'retry-after': '3600' }, 429));
    const { options } = setup();
    const r = await fetchResource(s.url('/busy'), options);
    expectError(r, 'http');
    assert.equal(r.httpStatus, 429);
    assert.match(r.message, /HTTP 429 Too Many Requests \(Retry-After 3600 s is over/);
    assert.equal(s.hits('/busy'), 1);
  });

  it('retries 5xx with growing back-off, then succeeds', async () => {
    const s = await startServer();
    s.route('/flaky', (_req, res, hit) => (hit <= 2 ? res.writeHead(500).end('oops') : res.writeHead(200).end('fine')));
    const { options, clock } = setup({ backoffBaseMs: 1000 });
    const r = await fetchResource(s.url('/flaky'), options);
    assert.equal(r.status, 'ok');
    assert.equal(r.attempts, 3);
    assert.equal(s.hits('/flaky'), 3);
    assert.deepEqual(clock.sleeps, [500, 1000], 'random 0 gives the lower half of 1 s and 2 s');
  });

  it('stops after maxAttempts on a persistent 503, and never retries a 404', async () => {
    const s = await startServer();
    s.route('/down', serve('no', {}, 503));
    const { options } = setup({ maxAttempts: 3 });
    const r = await fetchResource(s.url('/down'), options);
    expectError(r, 'http');
    assert.match(r.message, /: HTTP 503 Service Unavailable \(after 3 attempts\)$/);
    assert.equal(s.hits('/down'), 3);
    const missing = await fetchResource(s.url('/missing'), options);
    expectError(missing, 'http');
    assert.equal(missing.httpStatus, 404);
    assert.match(missing.message, /\/missing: HTTP 404 Not Found$/);
    assert.equal(s.hits('/missing'), 1);
  });

  it('times out a slow response and retries it a bounded number of times', async () => {
    const s = await startServer();
    s.route('/slow', () => undefined); // never answers
    const { options } = setup({ timeoutMs: 100, maxAttempts: 2 });
    const r = await fetchResource(s.url('/slow'), options);
    expectError(r, 'timeout');
    assert.match(r.message, /\/slow: timed out after 100 ms \(after 2 attempts\)$/);
    assert.equal(s.hits('/slow'), 2);
  });

  it('times out a body that stalls half way', async () => {
    const s = await startServer();
    s.route('/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    });
    const { options } = setup({ timeoutMs: 100, maxAttempts: 1 });
    expectError(await fetchResource(s.url('/stall'), options), 'timeout');
  });

  it('stops reading an endless body at the size cap', async () => {
    const s = await startServer();
    let written = 0;
    s.route('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const { options } = setup({ maxBytes: 100 * 1024 });
    const r = await fetchResource(s.url('/endless'), options);
    expectError(r, 'too-large');
    assert.match(r.message, /body over 100 KiB \(the size cap\); download stopped/);
    assert.equal(s.hits('/endless'), 1, 'not retried');
    assert.ok(written < 64 * 1024 * 1024, 'the server was cut off before it finished');
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const s = await startServer();
    s.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.write('x');
    });
    const { options } = setup({ maxBytes: 1024 });
    expectError(await fetchResource(s.url('/huge'), options), 'too-large');
  });

  it('follows redirects to the final URL, and stops a redirect loop after 5', async () => {
    const s = await startServer();
    s.route('/old', serve('', { location: '/older' }, 301));
    s.route('/older', serve('', { location: s.url('/new') }, 302));
    s.route('/new', serve('arrived'));
    s.route('/loop-a', serve('', { location: '/loop-b' }, 302));
    s.route('/loop-b', serve('', { location: '/loop-a' }, 307));
    const { options } = setup();
    const r = await fetchResource(s.url('/old'), options);
    assert.equal(r.status, 'ok');
    if (r.status === 'ok') {
      assert.equal(r.finalUrl, s.url('/new'));
      assert.equal(r.url, s.url('/old'));
      assert.equal(r.attempts, 3);
    }
    const loop = await fetchResource(s.url('/loop-a'), options);
    expectError(loop, 'redirect');
    assert.match(loop.message, /too many redirects \(more than 5\)/);
    assert.equal(s.hits('/loop-a') + s.hits('/loop-b'), 6);
  });

  it('refuses redirects to file: and data: URLs', async () => {
    const s = await startServer();
    s.route('/to-file', serve('', { location: 'file:///etc/passwd' }, 302));
    s.route('/to-data', serve('', { location: 'data:text/html,<p>x</p>' }, 302));
    const { options } = setup();
    const f = await fetchResource(s.url('/to-file'), options);
    expectError(f, 'redirect');
    assert.match(f.message, /redirect to a file: URL refused/);
    expectError(await fetchResource(s.url('/to-data'), options), 'redirect');
  });

  it('refuses non-http URLs and bad URLs without any request', async () => {
    const { options } = setup();
    const f = await fetchResource('file:///etc/hostname', options);
    expectError(f, 'invalid-url');
    assert.equal(f.attempts, 0);
    expectError(await fetchResource('not a url', options), 'invalid-url');
  });

  it('names a refused connection and retries it', async () => {
    const s = await startServer();
    const url = s.url('/gone');
    await s.close();
    const { options } = setup({ maxAttempts: 2, robots: false });
    const r = await fetchResource(url, options);
    expectError(r, 'network');
    assert.match(r.message, /\/gone: connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/);
    assert.equal(r.attempts, 2);
  });

  it('returns an aborted error when the signal fires mid-request', async () => {
    const s = await startServer();
    s.route('/slow', () => undefined);
    const controller = new AbortController();
    const { options } = setup({ signal: controller.signal, timeoutMs: 60_000 });
    const pending = fetchResource(s.url('/slow'), options);
    const poll = setInterval(() => s.hits('/slow') > 0 && controller.abort(), 5);
    const r = await pending;
    clearInterval(poll);
    expectError(r, 'aborted');
    assert.equal(s.hits('/slow'), 1);
  });
});

describe('per-host rate limit', () => {
  it('spaces requests to one host by the minimum interval, in the order asked', async () => {
    const s = await startServer();
    for (const p of ['/1', '/2', '/3']) s.route(p, serve(p));
    const { options, clock } = setup({ robots: false }, 1000);
    const results = await Promise.all(['/1', '/2', '/3'].map((p) => fetchResource(s.url(p), options)));
    assert.deepEqual(results.map((r) => r.status), ['ok', 'ok', 'ok']);
    assert.deepEqual(s.log.map((l) => l.path), ['/1', '/2', '/3']);
    assert.deepEqual(clock.sleeps, [1000, 1000]);
  });

  it('does not make different hosts wait for each other', async () => {
    const a = await startServer();
    const b = await startServer();
    a.route('/x', serve('a'));
    b.route('/x', serve('b'));
    const { options, clock } = setup({ robots: false }, 1000);
    await Promise.all([fetchResource(a.url('/x'), options), fetchResource(b.url('/x'), options)]);
    assert.deepEqual(clock.sleeps, []);
  });

  it('raises the interval to a robots.txt Crawl-delay', async () => {
    const s = await startServer();
    s.route('/robots.txt', serve('User-agent: *\nCrawl-delay: 5\n', { 'content-type': 'text/plain' }));
    s.route('/1', serve('1'));
    s.route('/2', serve('2'));
    const { options, clock } = setup({}, 1000);
    await fetchResource(s.url('/1'), options);
    await fetchResource(s.url('/2'), options);
    // robots.txt first; its Crawl-delay then spaces /1 and /2 five seconds apart (not the default 1 s).
    assert.deepEqual(clock.sleeps, [5000, 5000]);
  });
});
