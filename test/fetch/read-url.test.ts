import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createFetchContext } from '../../src/fetch/fetch-context.js';
import { readInputsAndUrls } from '../../src/fetch/read-sources.js';
import { isUrlArgument, readUrl } from '../../src/fetch/read-url.js';
import type { ReadItem } from '../../src/model/input.js';
import { collectItems, failures, records, tempDir } from '../ingest/helpers.js';
import { FakeClock, articlePage, serve, startServer } from './server.js';

const context = () => createFetchContext({ clock: new FakeClock(), minHostIntervalMs: 0 });

function rss(items: { title: string; link: string; description: string }[]): string {
  const body = items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid><description>${i.description}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>${body}</channel></rss>`;
}

describe('readUrl', () => {
  it('reads a page like a file: source is the URL asked for, fields.url the final URL', async () => {
    const s = await startServer();
    s.route('/short', serve('', { location: '/story/pier' }, 301));
    s.route('/story/pier', serve(articlePage('Pier repairs approved')));
    const items = await collectItems(readUrl(s.url('/short'), { context: context() }));
    const [rec] = records(items);
    assert.equal(rec.source, s.url('/short'));
    assert.equal(rec.fields.url, s.url('/story/pier'));
    assert.equal(rec.format, 'html');
    assert.equal(rec.bodyType, 'html');
    assert.match(rec.body, /Pier repairs approved/);
    assert.equal(items.at(-1)?.kind, 'file-done');
  });

  it('reads a feed URL into one record per item, each keeping its own link', async () => {
    const s = await startServer();
    s.route('/feed.xml', serve(rss([
      { title: 'Ferry timetable changes', link: 'http://example.test/a', description: 'Ferries run later from May.' },
      { title: 'Market reopens', link: 'http://example.test/b', description: 'The fish market reopened on Monday.' },
    ]), { 'content-type': 'application/rss+xml' }));
    const recs = records(await collectItems(readUrl(s.url('/feed.xml'), { context: context() })));
    assert.deepEqual(recs.map((r) => r.fields.url), ['http://example.test/a', 'http://example.test/b']);
    assert.deepEqual(recs.map((r) => r.externalId), ['http://example.test/a', 'http://example.test/b']);
    assert.ok(recs.every((r) => r.source === s.url('/feed.xml') && r.format === 'rss'));
  });

  it('turns a fetch failure into one failure item naming the URL', async () => {
    const s = await startServer();
    const items = await collectItems(readUrl(s.url('/nothing'), { context: context() }));
    assert.deepEqual(items.map((i) => i.kind), ['failure']);
    assert.deepEqual(failures(items), [`${s.url('/nothing')}: HTTP 404 Not Found`]);
  });

  it('reports malformed XML as a failure without throwing', async () => {
    const s = await startServer();
    s.route('/bad.xml', serve('<?xml version="1.0"?><notafeed><<<&&& </broken>', { 'content-type': 'application/xml' }));
    const items = await collectItems(readUrl(s.url('/bad.xml'), { context: context() }));
    assert.equal(records(items).length, 0);
    assert.equal(failures(items).length, 1);
    assert.ok(failures(items)[0].startsWith(s.url('/bad.xml')));
  });

  it('tells URL arguments from paths', () => {
    assert.ok(isUrlArgument('https://example.test/a'));
    assert.ok(isUrlArgument('HTTP://example.test/a'));
    assert.ok(!isUrlArgument('file:///tmp/a'));
    assert.ok(!isUrlArgument('examples/a.txt'));
  });
});

describe('readInputsAndUrls', () => {
  it('reads files and URLs in argument order', async () => {
    const s = await startServer();
    s.route('/p', serve(articlePage('Lighthouse keeper retires')));
    const dir = tempDir('parallax-fetch-');
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Council meets\n\nThe council meets on Friday to discuss the budget for the harbour.\n');
    const items: ReadItem[] = await collectItems(readInputsAndUrls([file, s.url('/p')], {}, { context: context() }));
    assert.deepEqual(records(items).map((r) => r.source), [file, s.url('/p')]);
  });
});
