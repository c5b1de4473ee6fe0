/// <reference lib="dom" />
// The web UI in a real browser (Debian's Chromium via playwright-core) on the demo corpus: story
// list, story page, article page, search, keyboard use, and the hostile article rendered inert.
// Screenshots at 1280×800 and 390×844 go to test-artifacts/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/model/article.js';
import type { ArticleSummary, StorySummary } from '../../src/model/api.js';
import type { Story } from '../../src/model/export.js';
import { placeEvents } from '../../web/src/lib/timeline-window.js';
import { chromiumAvailable, cspViolations, DESKTOP, PHONE, SKIP_REASON, startHarness, type Harness } from './harness.js';

interface List<T> { items: T[]; total: number }
interface StoryDetail { story: Story; articles: Article[] }
interface TimelineItem { date: string | null }

const HOSTILE_SOURCE = 'free-voice/hostile-ministry-site-defaced.html';

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/** A client-side navigation changes the URL before the new list renders: wait for the list itself, not for a fixed time. */
async function waitForItems(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.article-item').length === n, count, { timeout: 15_000 }).catch(() => undefined);
  await settle(page);
}

async function assertClean(page: Page, problems: string[]): Promise<void> {
  assert.deepEqual(problems, [], 'no dialogs, page errors or console errors');
  assert.deepEqual(await cspViolations(page), [], 'no CSP violations');
}

describe('web UI in Chromium', { skip: chromiumAvailable() ? false : SKIP_REASON }, () => {
  let h: Harness;
  /** The story with the most articles whose comparison marks unique claims, when there is one. */
  let story: StoryDetail | null = null;

  before(async () => {
    h = await startHarness();
    const list = await h.api<List<StorySummary>>('/api/stories?level=story&limit=200');
    const ranked = [...list.items].sort((a, b) => b.outlets.length - a.outlets.length || b.article_count - a.article_count);
    for (const s of ranked) {
      const d = await h.api<StoryDetail>(`/api/stories/${encodeURIComponent(s.id)}`);
      if (d.articles.length >= 2) { story ??= d; }
      if (d.articles.length >= 2 && Object.values(d.story.coverage?.unique ?? {}).some((ids) => ids.length > 0)) { story = d; break; }
    }
  }, { timeout: 300_000 });

  after(async () => { await h?.close(); });

  test('story list shows stories with coverage bars, or says there are none', { timeout: 60_000 }, async () => {
    const stories = await h.api<List<StorySummary>>('/api/stories?level=story&limit=200');
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await h.open(viewport);
      await page.goto(`${h.base}/`);
      await settle(page);
      assert.equal(await page.locator('h1').first().textContent(), 'Stories');
      if (stories.total > 0) {
        const cards = page.locator('.story-card');
        assert.equal(await cards.count(), Math.min(stories.total, 100));
        const first = stories.items[0];
        const card = cards.filter({ has: page.getByRole('link', { name: first.label, exact: true }) }).first();
        assert.equal(await card.locator('svg.stack rect').count(), first.outlets.length, 'one bar segment per outlet');
        assert.match((await card.locator('.meta').first().textContent()) ?? '', new RegExp(`${first.article_count} articles?`));
      } else {
        await page.getByText('No stories yet').waitFor();
        assert.ok(await page.locator('.article-item').count() > 0, 'recent articles listed instead');
      }
      await h.shot(page, `story-list-${viewport.width}`);
      await assertClean(page, problems);
    }
  });

  test('story page: articles side by side, unique passages marked, quote variants, timeline', { timeout: 90_000 }, async () => {
    assert.ok(story, 'the demo corpus forms a story of two or more articles');
    const { page, problems } = await h.open(DESKTOP);
    await page.goto(`${h.base}/`);
    await settle(page);
    await page.getByRole('link', { name: story.story.label, exact: true }).first().click();
    await page.locator('.column').first().waitFor();
    await settle(page);
    assert.equal(await page.locator('h1').textContent(), story.story.label);

    const columns = page.locator('.column');
    assert.equal(await columns.count(), story.articles.length, 'one column per article');
    const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    assert.ok(a && b && Math.abs(a.y - b.y) < 2 && b.x >= a.x + a.width - 1, 'columns sit side by side');

    // A claim only one article reports (and that is not also part of a conflict, which is marked as such).
    const inConflict = (articleId: string, text: string) => story!.story.conflicts.some((c) => c.claims.some((x) => x.article_id === articleId && (x.text.includes(text) || text.includes(x.text))));
    const unique = Object.entries(story.story.coverage?.unique ?? {}).flatMap(([articleId, ids]) => ids.map((id) => {
      const claim = story!.story.coverage!.claims.find((c) => c.id === id)!;
      return { articleId, own: claim.variants.find((v) => v.article_id === articleId)?.text ?? claim.text };
    })).find((u) => !inConflict(u.articleId, u.own));
    assert.ok(unique, 'the story has a claim only one article reports');
    const marks = await page.locator(`.column[data-article="${unique.articleId}"] mark.hl-unique`).allTextContents();
    assert.ok(marks.some((m) => m.trim().length > 10 && unique.own.includes(m.trim())), `the unique claim is highlighted: ${unique.own}`);
    const shared = story.story.coverage?.claims.some((c) => c.article_ids.length > 1);
    if (shared) assert.ok(await page.locator('mark.hl-shared').count() > 0, 'shared passages highlighted');

    const groups = page.locator('#quotes .variant-group');
    assert.equal(await groups.count(), story.story.quote_variants.length, 'every quote-variant group shown');
    for (const [i, g] of story.story.quote_variants.entries()) {
      assert.equal(await groups.nth(i).locator('.renderings > li').count(), g.renderings.length);
    }
    const differing = story.story.quote_variants.findIndex((g) => g.renderings.some((r) => r.text !== g.renderings[0].text));
    if (differing >= 0) assert.ok(await groups.nth(differing).locator('ins, del').count() > 0, 'word diff marks the differences');

    if (story.story.coverage?.claims.length) {
      assert.equal(await page.locator('#coverage table.matrix thead th.matrix-col').count(), story.articles.length, 'a matrix column per article');
    }
    assert.equal(await page.locator('#framing tbody tr').count(), story.story.framing.length);
    assert.equal(await page.locator('#conflicts li.conflict').count(), story.story.conflicts.length);

    const timeline = await h.api<List<TimelineItem>>(`/api/timeline?story=${encodeURIComponent(story.story.id)}`);
    const dated = placeEvents(timeline.items).placed.length;
    assert.ok(dated > 0, 'the story has dated events');
    assert.equal(await page.locator('#timeline svg circle.dot').count(), dated, 'a dot per dated event');
    assert.equal(await page.locator('#timeline table.events tbody tr').count(), timeline.total, 'a row per event');
    assert.match((await page.locator('#timeline svg').getAttribute('aria-label')) ?? '', /dated events?/);

    await h.shot(page, 'story-page-1280');
    await assertClean(page, problems);

    const phone = await h.open(PHONE);
    await phone.page.goto(`${h.base}/stories/${encodeURIComponent(story.story.id)}`);
    await phone.page.locator('.column').first().waitFor();
    await settle(phone.page);
    const scroll = await phone.page.locator('.columns-scroll').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    assert.ok(scroll.sw > scroll.cw, 'columns scroll sideways on a phone');
    const pageWidth = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= PHONE.width + 1, `the page itself does not overflow (${pageWidth}px)`);
    await h.shot(phone.page, 'story-page-390');
    await assertClean(phone.page, phone.problems);
  });

  test('article page: clean text, removed boilerplate greyed and expandable, lineage and edit diff', { timeout: 60_000 }, async () => {
    const list = await h.api<List<ArticleSummary>>('/api/articles?limit=200');
    let copy: Article | null = null;
    for (const s of list.items) {
      const a = await h.api<Article>(`/api/articles/${s.id}`);
      if (a.original && a.diff && a.removed.length > 0) { copy = a; break; }
    }
    assert.ok(copy, 'the demo corpus has a credited copy with removed boilerplate');
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await h.open(viewport);
      await page.goto(`${h.base}/articles/${copy.id}`);
      await page.locator('#article-title').waitFor();
      await settle(page);
      assert.equal(await page.locator('#article-title').textContent(), copy.title);
      const firstPara = (await page.locator('.article-main .article-text p').first().textContent()) ?? '';
      assert.ok(firstPara.length > 20 && copy.text.includes(firstPara), 'clean text shown');

      const removed = page.locator('details.removed');
      assert.equal(await removed.evaluate((d) => (d as HTMLDetailsElement).open), false, 'removed passages start collapsed');
      assert.match((await removed.locator('summary').textContent()) ?? '', new RegExp(`${copy.removed.length} passages? removed`));
      await removed.locator('summary').click();
      assert.equal(await removed.evaluate((d) => (d as HTMLDetailsElement).open), true);
      assert.equal(await removed.locator('li').count(), copy.removed.length);
      await removed.locator('.removed-text').first().waitFor({ state: 'visible' });
      const grey = await removed.locator('.removed-text').first().evaluate((el) => getComputedStyle(el).color);
      const ink = await page.locator('.article-main .article-text').evaluate((el) => getComputedStyle(el).color);
      assert.notEqual(grey, ink, 'removed text is greyed');

      const lineage = page.locator('#lineage');
      await lineage.getByRole('heading', { name: 'Original', exact: true }).waitFor();
      if (copy.original?.evidence) assert.ok(((await lineage.textContent()) ?? '').includes(copy.original.evidence), 'evidence of the copy shown');
      await lineage.getByRole('heading', { name: 'Edits against the original' }).waitFor();
      const edits = copy.diff!.added.length + copy.diff!.removed.length + copy.diff!.changed.length;
      if (edits) assert.ok(await lineage.locator('.edit-diff .diff-line').count() >= edits, 'every edit listed');
      await h.shot(page, `article-page-${viewport.width}`);
      await assertClean(page, problems);
    }
  });

  test('search: "/" focuses the box, snippets highlight matches, filters and pages narrow results', { timeout: 60_000 }, async () => {
    const { page, problems } = await h.open(DESKTOP);
    await page.goto(`${h.base}/`);
    await settle(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content', 'skip link comes first');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'quick-search', '"/" focuses search');
    await page.keyboard.type('pipeline');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=pipeline/);
    await page.locator('.article-item').first().waitFor();
    await settle(page);
    const api = await h.api<List<ArticleSummary & { snippet: string }>>('/api/search?q=pipeline&limit=20');
    assert.ok(api.total > 0);
    assert.equal(await page.locator('.article-item').count(), Math.min(20, api.total));
    const marks = await page.locator('.snippet mark').allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => /pipeline/i.test(m)), `matches highlighted: ${marks.join(', ')}`);
    assert.equal(await page.locator('.snippet').first().evaluate((el) => /[\u27E6\u27E7]/.test(el.textContent ?? '')), false, 'no raw match brackets');

    const outlet = api.items[0].outlet!;
    await page.locator('#s-outlet').selectOption(outlet);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/outlet=/);
    const filtered = await h.api<List<ArticleSummary>>(`/api/search?q=pipeline&outlet=${encodeURIComponent(outlet)}`);
    await waitForItems(page, filtered.total);
    assert.equal(await page.locator('.article-item').count(), filtered.total);
    const outlets = await page.locator('.article-item .meta a').allTextContents();
    assert.ok(outlets.every((o) => o === outlet), 'only the chosen outlet');
    await h.shot(page, 'search-1280');

    const all = await h.api<List<ArticleSummary>>('/api/articles?limit=20');
    if (all.total > 20) {
      await page.goto(`${h.base}/search`);
      await settle(page);
      await page.getByRole('link', { name: 'Next →' }).first().click();
      await page.waitForURL(/offset=20/);
      await waitForItems(page, Math.min(20, all.total - 20));
      assert.equal(await page.locator('.article-item').count(), Math.min(20, all.total - 20));
    }
    const phone = await h.open(PHONE);
    await phone.page.goto(`${h.base}/search?q=pipeline`);
    await phone.page.locator('.article-item').first().waitFor();
    await settle(phone.page);
    await h.shot(phone.page, 'search-390');
    await assertClean(page, problems);
    await assertClean(phone.page, phone.problems);
  });

  test('hostile article: script, onerror and javascript: payloads show as text and run nothing', { timeout: 60_000 }, async () => {
    const list = await h.api<List<ArticleSummary>>('/api/articles?limit=200');
    const hostile = list.items.find((a) => a.source.endsWith(HOSTILE_SOURCE));
    assert.ok(hostile, 'the hostile demo article was analysed');
    const { page, problems } = await h.open(DESKTOP);
    await page.goto(`${h.base}/articles/${hostile.id}`);
    await page.locator('#article-title').waitFor();
    await settle(page);
    assert.ok(((await page.locator('#article-title').textContent()) ?? '').includes('<script>alert(1)</script>'), 'title shows the tag as text');
    const body = (await page.locator('.article-main .article-text').textContent()) ?? '';
    assert.ok(body.includes('<img src=x onerror=alert(1)>'), 'img payload shown as text');
    assert.ok(body.includes('javascript:alert(1)'), 'javascript: payload shown as text');
    await page.locator('details.removed summary').click();

    const dom = await page.evaluate(() => ({
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      foreignScripts: [...document.scripts].filter((s) => s.src && new URL(s.src).origin !== location.origin).length,
      alertScripts: [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
      imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
      onAttrs: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((at) => at.name.startsWith('on'))).length,
    }));
    assert.deepEqual(dom, { inlineScripts: 0, foreignScripts: 0, alertScripts: 0, imgX: 0, jsLinks: 0, onAttrs: 0 });

    // The payload also passes through search snippets and the outlet's lists.
    await page.goto(`${h.base}/search?q=defaced`);
    await page.locator('.article-item').first().waitFor();
    await settle(page);
    assert.ok(((await page.locator('.article-item h3').first().textContent()) ?? '').includes('<script>'));
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length), 0);
    await page.waitForTimeout(300); // give any payload that slipped through a moment to fire
    await h.shot(page, 'hostile-search-1280');
    await assertClean(page, problems);
  });

  test('entity and outlet pages render their sections', { timeout: 60_000 }, async () => {
    const entities = await h.api<List<{ id: string; name: string }>>('/api/entities?type=PERSON&limit=5');
    assert.ok(entities.total > 0);
    const { page, problems } = await h.open(DESKTOP);
    await page.goto(`${h.base}/entities/${entities.items[0].id}`);
    await page.locator('h1').filter({ hasText: entities.items[0].name }).waitFor();
    await settle(page);
    for (const name of ['Relations over time', 'Mentioned in']) await page.getByRole('heading', { name }).waitFor();
    assert.ok(await page.locator('#mentions .article-item').count() > 0, 'articles that mention it');
    await h.shot(page, 'entity-page-1280');

    const outlets = await h.api<List<{ name: string; article_ids: string[] }>>('/api/outlets?limit=50');
    const busiest = [...outlets.items].sort((a, b) => b.article_ids.length - a.article_ids.length)[0];
    await page.goto(`${h.base}/outlets`);
    await settle(page);
    await page.getByRole('link', { name: busiest.name, exact: true }).click();
    await page.locator('h1').filter({ hasText: busiest.name }).waitFor();
    await settle(page);
    for (const name of ['Whom it quotes', 'Copies and flags']) await page.getByRole('heading', { name }).waitFor();
    await h.shot(page, 'outlet-page-1280');
    await assertClean(page, problems);
  });
});
