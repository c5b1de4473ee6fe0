/// <reference lib="dom" />
// "Add articles" in a real browser: hidden on a read-only server, then with a write token: a wrong
// token is refused, a pasted article is stored, linked, escaped, and found by search afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumAvailable, cspViolations, SKIP_REASON, startHarness, type Harness } from './harness.js';

const TOKEN = 'browser-test-write-token-42';
// A fictional article written for this test; the title carries markup that must stay text.
const PASTED = [
  'Quillon <b>ferry</b> service resumes after storm',
  '',
  'QUILLON — The Quillon ferry service resumed on Monday after a storm closed the strait for three days.',
  '"We are glad to have the boats running again," said harbour master Tavi Orlen.',
  'The ferry operator said 14 crossings would run each day until the end of the month.',
].join('\n');

describe('adding articles in Chromium', { skip: chromiumAvailable() ? false : SKIP_REASON }, () => {
  let h: Harness;
  before(async () => { h = await startHarness({ writeToken: TOKEN }); }, { timeout: 300_000 });
  after(async () => { await h?.close(); });

  test('paste an article with the keyboard, then find it', { timeout: 120_000 }, async () => {
    const { page, problems } = await h.open();
    await page.goto(`${h.base}/`);
    const link = page.getByRole('link', { name: 'Add articles' });
    await link.waitFor();
    await link.click();
    await page.getByRole('heading', { name: 'Add articles', level: 1 }).waitFor();

    // Wrong token first: refused with a clear message, nothing stored.
    await page.getByLabel('Write token').fill('wrong-token-000000000000000');
    await page.getByLabel('Article text or HTML').fill(PASTED);
    await page.getByLabel('Outlet (optional)').fill('Strait Courier');
    await page.getByRole('button', { name: 'Add articles' }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').textContent() ?? '', /write token was refused/);

    // The right token, submitted from the keyboard.
    await page.getByLabel('Write token').fill(TOKEN);
    await page.getByLabel('Outlet (optional)').focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('#add-results-h');
    await heading.waitFor({ timeout: 60_000 });
    assert.match(await heading.textContent() ?? '', /1 stored/);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('parallax.writeToken')), TOKEN);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'the token is not kept beyond the tab');
    const stored = page.locator('.add-stored a');
    assert.equal(await stored.textContent(), 'Quillon <b>ferry</b> service resumes after storm', 'markup in the title stays text');
    assert.equal(await page.locator('.add-results b').count(), 0);
    await h.shot(page, 'add-articles-1280');

    await page.locator('#quick-search').fill('Quillon ferry');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: 'Quillon <b>ferry</b> service resumes after storm' });
    await hit.first().waitFor({ timeout: 15_000 });
    await hit.first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Quillon' }).waitFor();
    assert.match(await page.locator('main').textContent() ?? '', /Strait Courier/);
    assert.deepEqual(problems.filter((p) => !/status of 40[13]/.test(p)), [], 'no errors besides the refused write');
    assert.deepEqual(await cspViolations(page), []);
  });
});

describe('a read-only server hides "Add articles"', { skip: chromiumAvailable() ? false : SKIP_REASON }, () => {
  let h: Harness;
  before(async () => { h = await startHarness(); }, { timeout: 300_000 });
  after(async () => { await h?.close(); });

  test('no nav link, and the page says the server is read-only', { timeout: 60_000 }, async () => {
    const { page } = await h.open();
    await page.goto(`${h.base}/`);
    await page.getByRole('link', { name: 'Search', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('link', { name: 'Add articles' }).count(), 0);
    await page.goto(`${h.base}/add`);
    await page.getByText('This server is read-only').waitFor();
  });
});
