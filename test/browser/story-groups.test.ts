/// <reference lib="dom" />
// The story page's "By outlet group" section in a real browser, on the demo corpus served with the
// outlet registry it was analysed with (examples/outlets.json has group labels); hidden when the
// server knows no groups for the story's outlets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { StorySummary } from '../../src/model/api.js';
import { buildServer } from '../../src/server/app.js';
import type { StoryGroups } from '../../src/server/story-groups-schema.js';
import { chromiumAvailable, cspViolations, SKIP_REASON, startHarness, WEB_DIST, type Harness } from './harness.js';

interface List<T> { items: T[]; total: number }

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

describe('per-group tables in Chromium', { skip: chromiumAvailable() ? false : SKIP_REASON }, () => {
  let h: Harness;
  /** The story of the demo with the most outlet groups. */
  let groups: StoryGroups | null = null;

  before(async () => {
    h = await startHarness();
    const list = await h.api<List<StorySummary>>('/api/stories?level=story&limit=200');
    for (const s of list.items) {
      const g = await h.api<StoryGroups>(`/api/stories/${encodeURIComponent(s.id)}/groups`);
      if (g.grouped && (!groups || g.groups.length > groups.groups.length)) groups = g;
    }
  }, { timeout: 300_000 });

  after(async () => { await h?.close(); });

  test('the demo has a story whose outlets fall in several groups', () => {
    assert.ok(groups, 'some story has grouped outlets');
    assert.ok(groups.groups.length >= 2, 'at least two groups');
  });

  test('the story page shows coverage, claims, quote share and framing per group', { timeout: 60_000 }, async () => {
    const g = groups!;
    const { page, problems } = await h.open();
    await page.goto(`${h.base}/stories/${encodeURIComponent(g.story_id)}`);
    await settle(page);
    const section = page.locator('#groups');
    await section.waitFor({ timeout: 15_000 });
    assert.equal(await section.locator('h2').textContent(), 'By outlet group');
    const rows = section.locator('.group-coverage tbody tr');
    assert.equal(await rows.count(), g.groups.length, 'one coverage row per group');
    for (let i = 0; i < g.groups.length; i++) {
      assert.equal(await rows.nth(i).locator('th').textContent(), g.groups[i].name);
      assert.equal(await rows.nth(i).locator('td').nth(1).textContent(), String(g.groups[i].article_ids.length));
    }
    assert.equal(await section.locator('.group-voices dt').count(), g.groups.length, 'quote share per group');
    if (g.claims.length) assert.equal(await section.locator('.group-claims thead th').count(), g.groups.length + 1, 'a claim column per group');
    assert.equal(await section.locator('.group-framing tbody tr').count(), g.framing.length, 'a framing row per referent');
    await h.shot(page, 'story-groups');
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('without outlet groups the section is not shown', { timeout: 60_000 }, async () => {
    const g = groups!;
    const plain = await buildServer({ store: h.store, webRoot: WEB_DIST, rateLimitPerMinute: 100_000, groupsOf: () => [] });
    await plain.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(plain.server.address() as AddressInfo).port}`;
      const { page, problems } = await h.open();
      await page.goto(`${base}/stories/${encodeURIComponent(g.story_id)}`);
      await settle(page);
      await page.locator('#timeline').waitFor();
      assert.equal(await page.locator('#groups').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await plain.close();
    }
  });
});
