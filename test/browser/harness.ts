/// <reference lib="dom" />
// Shared set-up of the browser tests: Debian's Chromium through playwright-core, a fresh build of
// the UI when web/ changed, the demo corpus analysed into a temporary store, and the server on a
// free loopback port. Everything a page logs as an error is collected so tests can assert on it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/repository.js';
import { repoRoot } from '../../src/util/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SKIP_REASON = `Chromium not installed at ${CHROMIUM}: browser tests skipped`;
export const ARTIFACTS = join(repoRoot, 'test-artifacts');
const WEB = join(repoRoot, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Builds web/dist unless it is newer than every source of the UI. */
export function ensureUiBuilt(): void {
  const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(WEB, p)).filter(existsSync);
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', 'web', '--logLevel', 'warn'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

/** `parallax analyze examples/corpus --outlets examples/outlets.json` into a fresh store file. */
export function analyzeDemo(db: string): void {
  const args = ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'analyze', 'examples/corpus', '--outlets', 'examples/outlets.json', '--db', db, '-q'];
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`analyze failed (${r.status}):\n${r.stderr}`);
}

export interface Harness {
  base: string;
  store: Store;
  browser: Browser;
  /** A page with error listeners attached; `problems` collects dialogs, page errors, console errors and CSP violations. */
  open(viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[] }>;
  api<T>(path: string): Promise<T>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The built UI, for tests that start a server of their own. */
export const WEB_DIST = join(WEB, 'dist');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function startHarness(options: { writeToken?: string } = {}): Promise<Harness> {
  ensureUiBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ui-'));
  const db = join(dir, 'demo.db');
  analyzeDemo(db);
  const store = await openStore(db);
  // The outlet registry the demo was analysed with, as `serve --outlets` gives it (groups included).
  const outletFiles = [join(repoRoot, 'examples', 'outlets.json')];
  const app: FastifyInstance = await buildServer({ store, webRoot: join(WEB, 'dist'), rateLimitPerMinute: 100_000, writeToken: options.writeToken ?? null, outletFiles });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    base, store, browser,
    async open(viewport = DESKTOP) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      contexts.push(context);
      // Runs before any page script and is exempt from the page's CSP; it only records violations.
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); void d.dismiss(); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
      return { page, problems };
    },
    async api<T>(path: string) {
      const res = await fetch(base + path);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return (await res.json()) as T;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** CSP violations the init script recorded on this page. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
