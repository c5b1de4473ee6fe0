// API latency under load: a store of N generated articles served on loopback, hit by autocannon with
// 8 concurrent connections on the story list, the story page, search and the article page.
// Prints p50/p95/p99 per endpoint. Goal (issue 7): p95 < 50 ms.
//   node --import tsx bench/api-latency.ts [--articles 5000] [--seconds 10] [--fill pipeline|direct] [--threads N] [--store FILE]
//     [--workers N] [--connections 8]
// Requests vary as users' do, so that no cache of the server answers them all: the story list's
// first ten pages, 500 stories, 2,000 articles spread over the store, and ~200 searches made of
// words of stored titles (single words, pairs, the fixed words below; some on their second page).
// --workers N serves from `parallax serve --workers N` in child processes (the load generator
// keeps this process to itself) and adds the server's CPU per request under load, from /proc; without
// it the server runs in this process, next to the load generator.
// --fill pipeline (default) writes the generated corpus to files and runs the real `analyze` over
// it (extraction, language, provenance, entities, stories, comparison), so stories, quotes and
// events are what a user's store holds. --fill direct writes bare articles through the repository
// with synthetic stories of 40 (fast, for sizes the pipeline cannot reach on a small machine).
// --store FILE measures an existing store as it is (nothing is written to it); when FILE does not
// exist it is filled first (as --fill says) and kept, so later runs measure the same store (a
// postgres:// URL is filled on every run: re-saving the same articles changes nothing).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeEnv, nodeFlags } from '../src/util/node-flags.js';
import type { ExtractedArticle } from '../src/model/article.js';
import type { Story } from '../src/model/export.js';
import { analyze } from '../src/pipeline/analyze.js';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/repository.js';
import { repoRoot } from '../src/util/paths.js';
import { generateCorpus } from './generate-corpus.js';
import { writeCorpus } from './write-corpus.js';

const STORY_SIZE = 40;
const CONNECTIONS = Number(arg('--connections', '8'));
/** Words of the generated corpus (demo vocabulary and name pools): common, rare and a phrase. */
const SEARCH_WORDS = ['minister', 'pipeline', 'sanctions', 'valley', 'summit', 'troops', 'vote', 'Varga', 'said', '"the minister"'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Title = first non-empty line, text = the rest, tags stripped for HTML (enough for search and pages). */
function bareArticle(path: string, content: string, n: number): ExtractedArticle {
  const plain = content.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
  const lines = plain.split('\n').map((l) => l.trim()).filter(Boolean);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `b${n.toString(16).padStart(8, '0')}`, external_id: null, source: path, url: null, title: lines[0] ?? null, authors: [],
    published: `2025-03-${day}`, published_estimated: false, outlet: { name: `Outlet ${n % 40}`, domain: null }, dateline: null,
    original: null, language: 'en', segments: [], text: lines.slice(1).join('\n\n'), removed: [], flags: [],
  };
}

async function fillDirect(store: Store, count: number): Promise<void> {
  const ids: string[] = [];
  let batch: ExtractedArticle[] = [];
  let n = 0;
  const flush = async () => {
    await store.articles.saveMany(batch.map((article) => ({ article, raw: article.text, bodyType: 'text' as const, inputSha256: 'bench', recordIndex: 0, stageVersion: '1' })));
    batch = [];
  };
  for (const doc of generateCorpus({ count, seed: 7 })) {
    const a = bareArticle(doc.path, doc.content, n++);
    ids.push(a.id);
    batch.push(a);
    if (batch.length === 2000) await flush();
  }
  await flush();
  const stories: Story[] = [];
  for (let i = 0; i < ids.length; i += STORY_SIZE) {
    stories.push({
      id: `st_${(i / STORY_SIZE).toString(16).padStart(6, '0')}`, label: `Story ${i / STORY_SIZE}`, level: 'story', parent_id: null,
      article_ids: ids.slice(i, i + STORY_SIZE), first_date: '2025-03-01', last_date: '2025-03-28', summary: [], coverage: null, quote_variants: [], framing: [], conflicts: [],
    });
  }
  await store.stories.replaceAll(stories);
}

async function fillPipeline(store: Store, count: number, work: string, threads: number | undefined): Promise<void> {
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  writeCorpus(corpus, count, 1);
  const summary = await analyze([corpus], { store, threads });
  if (summary.failed.length) console.error(`${summary.failed.length} generated files failed, e.g. ${summary.failed[0].source}: ${summary.failed[0].message}`);
  rmSync(corpus, { recursive: true, force: true });
}

/** The pages users open: the story list's stories (largest first), articles spread over the list, and
 * searches made of words of the titles of articles spread over the store. */
async function targets(store: Store): Promise<{ stories: string[]; articles: string[]; searches: string[]; storyCount: number; articleCount: number }> {
  const list = await store.stories.list({ level: 'story' }, { limit: 200, offset: 0 });
  const total = await store.articles.count();
  const articles: string[] = [];
  const titles: string[] = [];
  const step = Math.max(200, Math.floor(total / 10));
  for (let offset = 0; offset < total && articles.length < 2000; offset += step) {
    const items = (await store.articles.list({}, { limit: 200, offset })).items;
    articles.push(...items.map((a) => a.id));
    titles.push(...items.filter((_, i) => i % 10 === 0).map((a) => a.title ?? ''));
  }
  return { stories: list.items.map((s) => s.id), articles, searches: searchQueries(titles), storyCount: list.total, articleCount: total };
}

/** About 200 distinct searches: title words of 5+ letters alone and in pairs, the fixed words. */
function searchQueries(titles: string[]): string[] {
  const words = [...new Set(titles.flatMap((t) => t.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase()))].slice(0, 120);
  const pairs = words.slice(0, 80).map((w, i) => `${w} ${words[(i * 7 + 3) % words.length]}`);
  return [...new Set([...SEARCH_WORDS, ...words, ...pairs])].slice(0, 200);
}

interface Row { endpoint: string; cpu: number; underLoad: number; requests: number; p50: number; p95: number; p99: number; rps: number; errors: number; kb: number }

/** Server CPU per request (process.cpuUsage over sequential in-process requests): the figure that does
 * not depend on how loaded the machine is, unlike the latencies under 8 connections. */
async function cpuPerRequest(app: FastifyInstance, paths: string[]): Promise<number> {
  const n = Math.min(paths.length, 40);
  for (const p of paths.slice(-3)) await app.inject(p); // compiled statements, not the measured requests' answers
  const c0 = process.cpuUsage();
  for (const p of paths.slice(0, n)) await app.inject(p);
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 100 / n) / 10;
}

/** Exact percentiles from every response time (autocannon's histogram has no p95). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

async function hit(url: string, paths: string[], seconds: number): Promise<Omit<Row, 'endpoint' | 'cpu' | 'underLoad'>> {
  let i = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url, connections: CONNECTIONS, duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => { times.push(responseTime); });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
    rps: Math.round(result.requests.average), errors: result.errors + result.non2xx,
    kb: Math.round(result.throughput.total / Math.max(1, result.requests.total) / 1024),
  };
}

interface Served { url: string; cpuSeconds: () => number; stop: () => Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** User + system CPU seconds of a process (Linux /proc; clock ticks of 1/100 s). */
function procCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch { return NaN; }
}

function childPids(pid: number): number[] {
  try { return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { return []; }
}

/** `parallax serve --workers N` on the store, in child processes. */
async function serveWorkers(location: string, workers: number): Promise<Served> {
  const port = await freePort();
  const cli = join(repoRoot, 'src', 'cli', 'main.ts');
  const child = spawn(process.execPath, [...nodeFlags(), '--import', 'tsx', cli, 'serve', '--db', location, '--port', String(port), '--workers', String(workers), '--rate-limit', '100000000'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...nodeEnv() } });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => { log += d.toString(); if (log.includes('Parallax is serving')) resolve(); });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${log}`)));
  });
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    cpuSeconds: () => [pid, ...childPids(pid)].reduce((sum, p) => sum + procCpu(p), 0),
    stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }),
  };
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const count = Number(arg('--articles', '5000'));
  const seconds = Number(arg('--seconds', '10'));
  const fill = arg('--fill', 'pipeline');
  const threads = process.argv.includes('--threads') ? Number(arg('--threads', '1')) : undefined;
  const kept = arg('--store', '');
  const workers = process.argv.includes('--workers') ? Number(arg('--workers', '1')) : 0;
  const existing = kept && existsSync(kept) ? kept : '';
  const work = mkdtempSync(join(tmpdir(), 'parallax-api-bench-'));
  const store = await openStore(kept || join(work, 'api.db'));
  try {
    const t0 = performance.now();
    if (!existing) {
      if (fill === 'direct') await fillDirect(store, count);
      else await fillPipeline(store, count, work, threads);
    }
    const fillSeconds = (performance.now() - t0) / 1000;
    const t = await targets(store);
    const app = await buildServer({ store, rateLimitPerMinute: 10_000_000 });
    const served = workers ? await serveWorkers(kept || join(work, 'api.db'), workers) : null;
    const url = served ? served.url : await app.listen({ port: 0, host: '127.0.0.1' });
    const pick = <T>(xs: T[], k: number) => Array.from({ length: k }, (_, j) => xs[(j * 7919) % xs.length]);
    const cases: [string, string[]][] = [
      ['GET /api/stories', Array.from({ length: 10 }, (_, k) => `/api/stories?level=story&limit=20&offset=${k * 20}`)],
      ['GET /api/stories/{id}', pick(t.stories, 500).map((s) => `/api/stories/${s}`)],
      ['GET /api/search?q=', t.searches.map((q, k) => `/api/search?q=${encodeURIComponent(q)}${k % 3 === 2 ? '&offset=20' : ''}`)],
      ['GET /api/articles/{id}', pick(t.articles, 2000).map((id) => `/api/articles/${id}`)],
    ];
    const rows: Row[] = [];
    for (const [endpoint, paths] of cases) {
      const cpu = await cpuPerRequest(app, paths);
      const before = served?.cpuSeconds() ?? NaN;
      const r = await hit(url, paths, seconds);
      const underLoad = served ? Math.round(((served.cpuSeconds() - before) * 1000 / Math.max(1, r.requests)) * 10) / 10 : NaN;
      rows.push({ endpoint, cpu, underLoad, ...r });
    }
    await served?.stop();
    await app.close();
    const how = existing ? `existing store ${existing}` : fill === 'direct' ? 'filled directly, synthetic stories of 40' : 'filled by analyze';
    const server = workers ? `\`serve --workers ${workers}\` in child processes` : 'the server in this process';
    const lines = [`store: ${t.articleCount} articles, ${t.storyCount} stories (${how}${existing ? '' : ` in ${fillSeconds.toFixed(0)} s`}); ${CONNECTIONS} connections, ${seconds} s each, ${server}`,
      `| endpoint | server CPU ms/request |${workers ? ' under load |' : ''} p50 ms | p95 ms | p99 ms | req/s | KB/response | errors |`, `|---|---|${workers ? '---|' : ''}---|---|---|---|---|---|`,
      ...rows.map((r) => `| ${r.endpoint} | ${r.cpu} |${workers ? ` ${r.underLoad} |` : ''} ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${r.kb} | ${r.errors} |`)];
    const metrics: Record<string, number> = { articles: t.articleCount };
    for (const r of rows) {
      const key = r.endpoint.split(' ')[1].replace(/^\/api\//, '').replace(/\/\{id\}/, '_page').replace(/\?.*/, '');
      metrics[`${key}_p95_ms`] = r.p95;
      metrics[`${key}_cpu_ms`] = r.cpu;
    }
    return { name: 'api/latency', metrics, report: lines.join('\n') };
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await run();
  console.log(r.report);
}
