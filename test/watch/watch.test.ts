import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { systemClock } from '../../src/fetch/clock.js';
import { createFetchContext } from '../../src/fetch/fetch-context.js';
import type { InputRecord, ReadItem } from '../../src/model/input.js';
import { fileStateStore } from '../../src/watch/state-file.js';
import type { PollReport, SourceState, WatchOptions, WatchSource } from '../../src/watch/types.js';
import { watch } from '../../src/watch/watch.js';
import { tempDir } from '../ingest/helpers.js';
import { FakeClock, articlePage, serve, startServer } from '../fetch/server.js';
import { atom, conditionalFeed, fullText, rss, type TestItem } from './feeds.js';

const recordsOf = (items: ReadItem[]): InputRecord[] => items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));

/** Runs the watcher on a virtual clock and collects what it hands on. */
async function run(sources: WatchSource[], extra: Partial<WatchOptions> = {}) {
  const clock = new FakeClock();
  const batches: { source: string; records: InputRecord[]; items: ReadItem[] }[] = [];
  const reports: PollReport[] = [];
  const summary = await watch(sources, {
    clock, minHostIntervalMs: 0, intervalSeconds: 900, maxRounds: 1,
    fetch: { random: () => 0, maxAttempts: 2, timeoutMs: 20_000 },
    ...extra,
    onRecords: extra.onRecords ?? ((items, source) => void batches.push({ source: source.url, records: recordsOf(items), items })),
    onPoll: (r) => {
      reports.push(r);
      extra.onPoll?.(r);
    },
  });
  return { clock, batches, reports, summary };
}

const item = (n: number, text = fullText(`Story ${n}`)): TestItem => ({
  id: `urn:test:item-${n}`, title: `Story ${n}`, link: `http://127.0.0.1:9/story-${n}`, text,
});

describe('watch: feeds', () => {
  it('hands on only new items as the feed changes, and uses 304s in between', async () => {
    const s = await startServer();
    const items = [item(1), item(2)];
    s.route('/feed.xml', conditionalFeed(() => rss(items)));
    const { batches, reports, clock, summary } = await run([{ url: s.url('/feed.xml') }], {
      maxRounds: 4,
      onPoll: (r) => {
        if (r.round === 2) items.unshift(item(3)); // appears after the second poll
      },
    });
    assert.deepEqual(reports.map((r) => r.status), ['new', 'not-modified', 'new', 'not-modified']);
    assert.deepEqual(batches.map((b) => b.records.map((r) => r.externalId)), [
      ['urn:test:item-1', 'urn:test:item-2'],
      ['urn:test:item-3'],
    ]);
    assert.equal(s.hits('/feed.xml'), 4);
    const conditional = s.log.filter((l) => l.path === '/feed.xml').slice(1);
    assert.ok(conditional.every((l) => typeof l.headers['if-none-match'] === 'string'));
    assert.deepEqual(clock.sleeps, [900_000, 900_000, 900_000], 'waits one interval between rounds');
    assert.deepEqual(summary, { rounds: 4, polls: 4, records: 3, articlesFetched: 0, errors: 0 });
  });

  it('follows summary-only items to their article pages, keeping the feed metadata', async () => {
    const s = await startServer();
    s.route('/story/pier', serve(articlePage('Pier repairs approved')));
    s.route('/feed.xml', conditionalFeed(() => rss([{
      id: 'urn:test:pier', title: 'Pier repairs approved', link: s.url('/story/pier'),
      text: 'The council agreed to repair the pier.', published: 'Tue, 01 Oct 2024 09:00:00 GMT',
    }])));
    const { batches, reports } = await run([{ url: s.url('/feed.xml'), kind: 'feed' }]);
    assert.equal(s.hits('/story/pier'), 1);
    const [rec] = batches[0].records;
    assert.equal(rec.source, s.url('/story/pier'));
    assert.equal(rec.format, 'html');
    assert.match(rec.body, /Paragraph 6 of the report/);
    assert.equal(rec.externalId, 'urn:test:pier');
    assert.equal(rec.fields.published, 'Tue, 01 Oct 2024 09:00:00 GMT');
    assert.equal(rec.fields.outlet, 'Harbour Gazette');
    assert.equal(rec.fields.url, s.url('/story/pier'));
    assert.ok(batches[0].items.some((i) => i.kind === 'file-done' && i.source === s.url('/story/pier')));
    assert.equal(reports[0].articlesFetched, 1);
  });

  it('keeps the summary when robots.txt refuses the article, without requesting it', async () => {
    const s = await startServer();
    s.route('/robots.txt', serve('User-agent: *\nDisallow: /members/\n', { 'content-type': 'text/plain' }));
    s.route('/feed.xml', conditionalFeed(() => rss([
      { id: 'a', title: 'Members only', link: s.url('/members/a'), text: 'A short teaser.' },
    ])));
    const { batches, reports } = await run([{ url: s.url('/feed.xml') }]);
    assert.equal(s.hits('/members/a'), 0);
    assert.equal(batches[0].records[0].body, 'A short teaser.');
    assert.equal(batches[0].records[0].source, s.url('/feed.xml'));
    assert.equal(reports[0].errors.length, 1);
    assert.match(reports[0].errors[0], /\/members\/a: refused by robots\.txt .*\(feed summary kept\)$/);
  });

  it('does not follow items that carry their full text (Atom content)', async () => {
    const s = await startServer();
    s.route('/atom', conditionalFeed(() => atom([item(1), item(2)]), 'application/atom+xml'));
    const { batches, reports } = await run([{ url: s.url('/atom') }]);
    assert.deepEqual(batches[0].records.map((r) => r.format), ['atom', 'atom']);
    assert.equal(reports[0].articlesFetched, 0);
    assert.equal(s.log.filter((l) => l.path.startsWith('/story')).length, 0);
  });

  it('reports malformed XML and goes on with the other sources and rounds', async () => {
    const s = await startServer();
    s.route('/broken.xml', serve('<?xml version="1.0"?><rsss><<chan', { 'content-type': 'application/xml' }));
    s.route('/feed.xml', conditionalFeed(() => rss([item(1)])));
    const saved = new Map<string, SourceState>();
    const { batches, reports } = await run([{ url: s.url('/broken.xml') }, { url: s.url('/feed.xml') }], {
      maxRounds: 2, concurrency: 1, saveState: (url, st) => void saved.set(url, st),
    });
    const broken = reports.filter((r) => r.source.url === s.url('/broken.xml'));
    assert.deepEqual(broken.map((r) => r.status), ['error', 'error']);
    assert.ok(broken[0].errors[0].startsWith(s.url('/broken.xml')));
    assert.equal(saved.get(s.url('/broken.xml'))?.failures, 2);
    assert.deepEqual(batches.map((b) => b.source), [s.url('/feed.xml')]);
  });

  it('hands on a big first feed in bounded slices, the rest on later polls', async () => {
    const s = await startServer();
    const items = [1, 2, 3, 4, 5].map((n) => item(n));
    s.route('/feed.xml', conditionalFeed(() => rss(items)));
    const { batches, reports } = await run([{ url: s.url('/feed.xml') }], { maxRounds: 4, maxNewItemsPerPoll: 2 });
    assert.deepEqual(batches.map((b) => b.records.length), [2, 2, 1]);
    assert.deepEqual(reports.map((r) => r.status), ['new', 'new', 'new', 'not-modified']);
    const ids = batches.flatMap((b) => b.records.map((r) => r.externalId));
    assert.equal(new Set(ids).size, 5);
  });

  it('resumes from saved state: a restarted watcher hands on nothing old', async () => {
    const s = await startServer();
    const items = [item(1), item(2)];
    s.route('/feed.xml', (req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items))); // no validators
    const hooks = fileStateStore(join(tempDir('parallax-watch-'), 'state.json'));
    const first = await run([{ url: s.url('/feed.xml') }], hooks);
    assert.equal(first.batches[0].records.length, 2);
    items.push(item(3));
    const second = await run([{ url: s.url('/feed.xml') }], hooks);
    assert.deepEqual(second.batches.flatMap((b) => b.records.map((r) => r.externalId)), ['urn:test:item-3']);
    const third = await run([{ url: s.url('/feed.xml') }], hooks);
    assert.deepEqual(third.reports.map((r) => r.status), ['unchanged']);
    const state = await hooks.loadState(s.url('/feed.xml'));
    assert.deepEqual(state?.seen, ['urn:test:item-1', 'urn:test:item-2', 'urn:test:item-3']);
  });

  it('does not save state when onRecords fails, so the items come again', async () => {
    const s = await startServer();
    s.route('/feed.xml', conditionalFeed(() => rss([item(1)])));
    let calls = 0;
    const { reports } = await run([{ url: s.url('/feed.xml') }], {
      maxRounds: 2,
      onRecords: (items) => {
        calls++;
        if (calls === 1) throw new Error('store is busy');
        assert.equal(recordsOf(items).length, 1);
      },
    });
    assert.equal(calls, 2);
    assert.deepEqual(reports.map((r) => r.status), ['error', 'new']);
    assert.match(reports[0].errors[0], /store is busy/);
    assert.equal(s.log.filter((l) => l.path === '/feed.xml')[1].headers['if-none-match'], undefined, 'no validators were saved');
  });
});

describe('watch: pages', () => {
  it('hands on a page when its content changes, not when it stays the same', async () => {
    const s = await startServer();
    let version = 1;
    s.route('/live', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Storm update ${version}`)));
    const { batches, reports } = await run([{ url: s.url('/live'), kind: 'page' }], {
      maxRounds: 3,
      onPoll: (r) => {
        if (r.round === 2) version = 2;
      },
    });
    assert.deepEqual(reports.map((r) => r.status), ['new', 'unchanged', 'new']);
    assert.equal(batches.length, 2);
    assert.match(batches[1].records[0].body, /Storm update 2/);
    assert.equal(batches[1].records[0].fields.url, s.url('/live'));
  });

  it('retries a source that answers 500 and then recovers within the poll', async () => {
    const s = await startServer();
    s.route('/flaky', (_req, res, hit) => (hit === 1 ? res.writeHead(500).end() : res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Ferry back'))));
    const { reports } = await run([{ url: s.url('/flaky') }]);
    assert.deepEqual(reports.map((r) => r.status), ['new']);
    assert.equal(s.hits('/flaky'), 2);
  });
});

describe('watch: stopping', () => {
  it('stops cleanly when the signal fires during the wait between rounds', async () => {
    const s = await startServer();
    s.route('/feed.xml', conditionalFeed(() => rss([item(1)])));
    const controller = new AbortController();
    const summary = await watch([{ url: s.url('/feed.xml') }], {
      clock: systemClock, context: createFetchContext({ minHostIntervalMs: 0 }), intervalSeconds: 3600,
      signal: controller.signal, onRecords: () => undefined, onPoll: () => controller.abort(),
    });
    assert.equal(summary.rounds, 1);
    assert.equal(summary.polls, 1);
  });

  it('cancels a request in flight and saves nothing for it', async () => {
    const s = await startServer();
    s.route('/slow.xml', () => undefined);
    const controller = new AbortController();
    const saved: string[] = [];
    const poll = setInterval(() => s.hits('/slow.xml') > 0 && controller.abort(), 5);
    const summary = await watch([{ url: s.url('/slow.xml') }], {
      clock: new FakeClock(), minHostIntervalMs: 0, signal: controller.signal, fetch: { timeoutMs: 60_000 },
      onRecords: () => undefined, saveState: (url) => void saved.push(url),
    });
    clearInterval(poll);
    assert.equal(summary.rounds, 1);
    assert.deepEqual(saved, []);
  });
});
