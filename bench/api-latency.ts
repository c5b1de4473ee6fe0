// API latency under load: a store of N generated articles (default 100,000) grouped into stories,
// served on loopback, hit by autocannon with 8 concurrent connections on the story page, search
// and the article page. Prints p50/p95/p99 per endpoint. Goal (issue 7): p95 < 50 ms.
//   node --import tsx bench/api-latency.ts [--articles 100000] [--seconds 10]
// The store is filled directly through the repositories (the pipeline's own speed is measured by
// the analyze bench); texts come from the demo-derived generator so the FTS index is realistic.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractedArticle } from '../src/model/article.js';
import type { Story } from '../src/model/export.js';
import { buildServer } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/repository.js';
import { generateCorpus } from './generate-corpus.js';

const STORY_SIZE = 40;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Title = first non-empty line, text = the rest, tags stripped for HTML (enough for search and pages). */
function toArticle(path: string, content: string, n: number): ExtractedArticle {
  const plain = content.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
  const lines = plain.split('\n').map((l) => l.trim()).filter(Boolean);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `b${n.toString(16).padStart(8, '0')}`, external_id: null, source: path, url: null, title: lines[0] ?? null, authors: [],
    published: `2025-03-${day}`, published_estimated: false, outlet: { name: `Outlet ${n % 40}`, domain: null }, dateline: null,
    original: null, language: 'en', segments: [], text: lines.slice(1).join('\n\n'), removed: [], flags: [],
  };
}

async function fill(store: Store, count: number): Promise<{ ids: string[]; stories: string[] }> {
  const ids: string[] = [];
  let batch: ExtractedArticle[] = [];
  let n = 0;
  const flush = async () => {
    await store.articles.saveMany(batch.map((article) => ({ article, raw: article.text, bodyType: 'text' as const, inputSha256: 'bench', recordIndex: 0, stageVersion: '1' })));
    batch = [];
  };
  for (const doc of generateCorpus({ count, seed: 7 })) {
    const a = toArticle(doc.path, doc.content, n++);
    ids.push(a.id);
    batch.push(a);
    if (batch.length === 2000) await flush();
  }
  await flush();
  const stories: Story[] = [];
  for (let i = 0; i < ids.length; i += STORY_SIZE) {
    const members = ids.slice(i, i + STORY_SIZE);
    stories.push({
      id: `st_${(i / STORY_SIZE).toString(16).padStart(6, '0')}`, label: `Story ${i / STORY_SIZE}`, level: 'story', parent_id: null,
      article_ids: members, first_date: '2025-03-01', last_date: '2025-03-28', summary: [], coverage: null, quote_variants: [], framing: [], conflicts: [],
    });
  }
  await store.stories.replaceAll(stories);
  return { ids, stories: stories.map((s) => s.id) };
}

interface Row { endpoint: string; p50: number; p95: number; p99: number; rps: number; errors: number }

/** Exact percentiles from every response time (autocannon's histogram has no p95). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

async function hit(url: string, paths: string[], seconds: number): Promise<Omit<Row, 'endpoint'>> {
  let i = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url, connections: 8, duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => { times.push(responseTime); });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
    rps: Math.round(result.requests.average), errors: result.errors + result.non2xx,
  };
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const count = arg('--articles', 100_000);
  const seconds = arg('--seconds', 10);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-api-bench-'));
  const store = await openStore(join(dir, 'api.db'));
  try {
    const t0 = performance.now();
    const { ids, stories } = await fill(store, count);
    const fillSeconds = (performance.now() - t0) / 1000;
    const app = await buildServer({ store, rateLimitPerMinute: 10_000_000 });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const words = ['Varga', 'pipeline', 'sanctions', 'valley', 'summit', 'troops', 'minister', 'vote'];
    const rows: Row[] = [];
    const pick = <T>(xs: T[], k: number) => Array.from({ length: k }, (_, j) => xs[(j * 7919) % xs.length]);
    rows.push({ endpoint: 'GET /api/stories/{id}', ...(await hit(url, pick(stories, 500).map((s) => `/api/stories/${s}`), seconds)) });
    rows.push({ endpoint: 'GET /api/search?q=', ...(await hit(url, words.map((w) => `/api/search?q=${w}`), seconds)) });
    rows.push({ endpoint: 'GET /api/articles/{id}', ...(await hit(url, pick(ids, 2000).map((id) => `/api/articles/${id}`), seconds)) });
    await app.close();
    const lines = [`store: ${count} articles, ${stories.length} stories of ${STORY_SIZE} (filled in ${fillSeconds.toFixed(0)} s); 8 connections, ${seconds} s each`,
      '| endpoint | p50 ms | p95 ms | p99 ms | req/s | errors |', '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.endpoint} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${r.errors} |`)];
    const metrics: Record<string, number> = {};
    for (const r of rows) metrics[`${r.endpoint.split(' ')[1].split('/')[2].replace(/\?.*/, '')}_p95_ms`] = r.p95;
    return { name: 'api/latency', metrics, report: lines.join('\n') };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await run();
  console.log(r.report);
}
