import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { registerWatch } from '../../src/cli/commands/watch.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../ingest/helpers.js';
import { articlePage, serve, startServer } from '../fetch/server.js';
import { conditionalFeed, rss } from './feeds.js';

async function runCli(args: string[]): Promise<void> {
  const program = new Command('parallax').exitOverride();
  registerWatch(program);
  await program.parseAsync(['node', 'parallax', 'watch', ...args]);
}

describe('parallax watch --once', () => {
  it('stores the new articles of a feed and remembers them in the state file', async () => {
    const s = await startServer();
    s.route('/story/pier', serve(articlePage('Pier repairs approved')));
    s.route('/story/ferry', serve(articlePage('Ferry timetable changes')));
    s.route('/feed.xml', conditionalFeed(() => rss([
      { id: 'pier', title: 'Pier repairs approved', link: s.url('/story/pier'), text: 'Repairs approved.' },
      { id: 'ferry', title: 'Ferry timetable changes', link: s.url('/story/ferry'), text: 'Later ferries.' },
    ])));
    const dir = tempDir('parallax-watch-cli-');
    const sources = join(dir, 'sources.txt');
    const db = join(dir, 'p.db');
    writeFileSync(sources, `${s.url('/feed.xml')} feed\n`);
    const exitBefore = process.exitCode;
    try {
      await runCli([sources, '--db', db, '--once', '--host-interval', '0', '--quiet']);
      await runCli([sources, '--db', db, '--once', '--host-interval', '0', '--quiet']);
      assert.equal(process.exitCode ?? 0, exitBefore ?? 0);
    } finally {
      process.exitCode = exitBefore;
    }
    assert.equal(s.hits('/story/pier'), 1, 'the second run found nothing new');
    assert.equal(s.hits('/feed.xml'), 2);
    const store = await openStore(db);
    try {
      assert.equal(await store.articles.count(), 2);
      const page = await store.articles.list({}, { limit: 10, offset: 0 });
      assert.deepEqual(page.items.map((a) => a.title).sort(), ['Ferry timetable changes', 'Pier repairs approved']);
    } finally {
      await store.close();
    }
    const state = JSON.parse(readFileSync(`${db}.watch.json`, 'utf8'));
    assert.deepEqual(state.sources[s.url('/feed.xml')].seen, ['pier', 'ferry']);
  });
});
