import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSources, SourcesError } from '../../src/watch/sources-file.js';
import { emptyState, rememberKeys } from '../../src/watch/source-state.js';
import { fileStateStore } from '../../src/watch/state-file.js';
import { itemKey, summaryOnlyLink } from '../../src/watch/summary-only.js';
import type { InputRecord } from '../../src/model/input.js';
import { tempDir } from '../ingest/helpers.js';

describe('parseSources', () => {
  it('reads JSON entries and plain URL strings', () => {
    const text = JSON.stringify([{ url: 'https://example.test/feed', kind: 'feed' }, { url: 'https://example.test/live', kind: 'page' }, 'https://example.test/rss']);
    assert.deepEqual(parseSources(text), [
      { url: 'https://example.test/feed', kind: 'feed' },
      { url: 'https://example.test/live', kind: 'page' },
      { url: 'https://example.test/rss' },
    ]);
  });

  it('reads one URL per line with an optional kind, comments and blank lines, without duplicates', () => {
    const text = '# my sources\nhttps://example.test/feed feed\n\nhttps://example.test/live page  # a live page\nhttps://example.test/feed\r\n';
    assert.deepEqual(parseSources(text), [
      { url: 'https://example.test/feed', kind: 'feed' },
      { url: 'https://example.test/live', kind: 'page' },
    ]);
  });

  it('names the line or entry of a bad source', () => {
    assert.throws(() => parseSources('https://example.test/a\nftp://example.test/b\n', 'list.txt'), (e: Error) =>
      e instanceof SourcesError && e.message === 'list.txt:2: only http:// and https:// URLs can be watched: ftp://example.test/b');
    assert.throws(() => parseSources('https://example.test/a magazine\n', 'list.txt'), /list\.txt:1: expected "URL" or "URL feed\|page"/);
    assert.throws(() => parseSources('[{"url": "https://example.test/a", "kind": "podcast"}]', 'list.json'), /list\.json: entry 1: expected/);
    assert.throws(() => parseSources('[{"url": ', 'list.json'), /list\.json: invalid JSON/);
    assert.throws(() => parseSources('example.test/feed', 'list.txt'), /list\.txt:1: not a URL/);
  });
});

describe('rememberKeys', () => {
  it('keeps the newest keys within the bound', () => {
    assert.deepEqual(rememberKeys(['a', 'b', 'c'], ['d', 'e'], new Set(['d', 'e']), 3), ['c', 'd', 'e']);
  });

  it('never drops a key that is still in the current feed, even past the bound', () => {
    assert.deepEqual(rememberKeys(['a', 'b', 'c'], ['d'], new Set(['a', 'b', 'c', 'd']), 2), ['a', 'b', 'c', 'd']);
  });

  it('moves a key seen again to the end instead of repeating it', () => {
    assert.deepEqual(rememberKeys(['a', 'b'], ['a'], new Set(['a']), 5), ['b', 'a']);
  });
});

describe('feed items', () => {
  const rec = (body: string, fields: InputRecord['fields'] = {}, externalId: string | null = null, bodyType: 'html' | 'text' = 'text'): InputRecord => ({
    source: 'http://example.test/feed', externalId, format: 'rss', bodyType, body, fields, recordIndex: 0, fileSha256: '',
  });

  it('takes a short item with a link for a summary, a long one or one without an http link for full text', () => {
    assert.equal(summaryOnlyLink(rec('Short teaser.', { url: 'http://example.test/a' }), 700), 'http://example.test/a');
    assert.equal(summaryOnlyLink(rec('word '.repeat(300), { url: 'http://example.test/a' }), 700), null);
    assert.equal(summaryOnlyLink(rec('Short teaser.', { url: 'mailto:desk@example.test' }), 700), null);
    assert.equal(summaryOnlyLink(rec('Short teaser.'), 700), null);
    const markup = `<p>${'<a href="http://example.test/very/long/link/that/is/not/text">x</a> '.repeat(40)}</p>`;
    assert.equal(summaryOnlyLink(rec(markup, { url: 'http://example.test/a' }, null, 'html'), 700), 'http://example.test/a', 'markup does not count as text');
  });

  it('keys items by guid, then link, then content', () => {
    assert.equal(itemKey(rec('x', { url: 'http://example.test/a' }, 'guid-1')), 'guid-1');
    assert.equal(itemKey(rec('x', { url: 'http://example.test/a' })), 'http://example.test/a');
    const k = itemKey(rec('x', { title: 'T' }));
    assert.match(k, /^sha256:[0-9a-f]{64}$/);
    assert.notEqual(k, itemKey(rec('y', { title: 'T' })));
  });
});

describe('fileStateStore', () => {
  it('saves and loads states by URL atomically, and starts empty without a file', async () => {
    const path = join(tempDir('parallax-watch-'), 'sub', 'state.json');
    const hooks = fileStateStore(path);
    assert.equal(await hooks.loadState('https://example.test/feed'), null);
    await hooks.saveState('https://example.test/feed', { ...emptyState(), etag: '"e1"', seen: ['a'] });
    await hooks.saveState('https://example.test/live', { ...emptyState(), contentSha256: 'ab' });
    const again = fileStateStore(path);
    assert.deepEqual((await again.loadState('https://example.test/feed'))?.seen, ['a']);
    assert.equal((await again.loadState('https://example.test/live'))?.contentSha256, 'ab');
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(path, 'utf8')).sources).sort(), ['https://example.test/feed', 'https://example.test/live']);
  });

  it('refuses a damaged state file with a clear message', async () => {
    const path = join(tempDir('parallax-watch-'), 'state.json');
    writeFileSync(path, '{"sources": ');
    await assert.rejects(fileStateStore(path).loadState('https://example.test/feed'), /state\.json: watch state is not valid JSON/);
  });
});
