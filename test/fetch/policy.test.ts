import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeNetworkError } from '../../src/fetch/network-error.js';
import { backoffDelay, parseRetryAfter } from '../../src/fetch/retry-policy.js';
import { HostLimiter } from '../../src/fetch/host-limiter.js';
import { FakeClock } from './server.js';

const fetchFailed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`getaddrinfo ${code} example.invalid`), { code }) });

describe('retry policy', () => {
  it('doubles the back-off per retry up to the cap, jittered within its upper half', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, 5000, () => 0)), [500, 1000, 2000, 2500]);
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, 5000, () => 0.999999)), [1000, 2000, 4000, 5000]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('120', 0), 120_000);
    const now = Date.parse('Tue, 01 Oct 2024 10:00:00 GMT');
    assert.equal(parseRetryAfter('Tue, 01 Oct 2024 10:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Tue, 01 Oct 2024 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter(null, now), null);
  });
});

describe('describeNetworkError', () => {
  it('names DNS failures and does not retry a host that does not exist', () => {
    assert.deepEqual(describeNetworkError(fetchFailed('ENOTFOUND')), { kind: 'dns', problem: 'DNS lookup failed (no such host) (ENOTFOUND)', retryable: false });
    assert.equal(describeNetworkError(fetchFailed('EAI_AGAIN')).retryable, true);
  });

  it('falls back to the innermost message for unknown errors', () => {
    const p = describeNetworkError(new TypeError('fetch failed', { cause: new Error('other side hung up') }));
    assert.equal(p.problem, 'network error: other side hung up');
    assert.equal(p.retryable, true);
  });
});

describe('HostLimiter', () => {
  it('runs one request per host at a time, in order', async () => {
    const clock = new FakeClock();
    const limiter = new HostLimiter(clock, 0);
    const events: string[] = [];
    const task = (name: string, ticks: number) => async () => {
      events.push(`start ${name}`);
      for (let i = 0; i < ticks; i++) await new Promise((r) => setImmediate(r));
      events.push(`end ${name}`);
    };
    await Promise.all([limiter.run('a', task('a1', 3)), limiter.run('a', task('a2', 1)), limiter.run('b', task('b1', 1))]);
    assert.ok(events.indexOf('end a1') < events.indexOf('start a2'));
    assert.ok(events.indexOf('start b1') < events.indexOf('end a1'), 'another host does not wait');
  });

  it('stops waiting when the signal fires', async () => {
    const clock = new FakeClock();
    const limiter = new HostLimiter(clock, 1000);
    await limiter.run('a', async () => undefined);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(limiter.run('a', async () => 'never', controller.signal));
  });
});
