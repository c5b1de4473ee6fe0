// Clustering time and peak memory on generated article summaries (word, entity and date pools;
// events grow with N: one event per 8 articles, one story per 5 events). Each size runs in its own
// child process so peak RSS is that run's. Sizes: 100k and 200k for the growth per doubling
// (PARALLAX_BENCH_CLUSTER_SIZES=100000,200000,1000000 adds 1M; not measured on the shared 2-core machine).
//   node --import tsx bench/clustering.ts            all sizes, prints the section
//   node --import tsx bench/clustering.ts --size N   one size, prints JSON (child mode)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoryClusterer } from '../src/stories/clustering/story-clusterer.js';
import { loadClusteringModel } from '../src/stories/clustering/model.js';
import type { ArticleSummary } from '../src/stories/clustering/types.js';
import { repoRoot } from '../src/util/paths.js';
import { mulberry32 } from '../src/util/mulberry32.js';

const COMMON_WORDS = 3000;
const DAY0 = Date.UTC(2020, 0, 1);

const rng = mulberry32;

/** A distinct letters-only word per number (base 26 → a–z; bijective, so pools never collide as N grows). */
const word = (prefix: string, n: number) => prefix + [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');

export function generate(n: number, seed = 1): ArticleSummary[] {
  const r = rng(seed);
  const events = Math.max(1, Math.floor(n / 8));
  const out: ArticleSummary[] = [];
  for (let i = 0; i < n; i++) {
    const ev = Math.floor(r() * events), story = Math.floor(ev / 5);
    const day = Math.floor((ev * 2000) / events) + Math.floor(r() * 3);
    const words: string[] = [];
    for (let k = 0; k < 8; k++) words.push(word('ev', ev * 12 + Math.floor(r() * 12)));
    for (let k = 0; k < 6; k++) words.push(word('st', story * 10 + Math.floor(r() * 10)));
    for (let k = 0; k < 50; k++) words.push(word('co', Math.floor(COMMON_WORDS * r() * r()))); // 64 tokens: a full text, not a snippet
    const entities = [story * 3 + Math.floor(r() * 3), ev * 2 + Math.floor(r() * 2)].map((e) => ({ key: `ent${e}`, name: `Ent ${e}`, type: 'PERSON' }));
    const published = new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
    out.push({ id: `g${String(i).padStart(8, '0')}`, title: words.slice(0, 5).join(' '), text: words.join(' '), published, outlet: `o${i % 40}`, entities, dates: [{ value: published }] });
  }
  return out;
}

function measure(n: number): Record<string, number> {
  const articles = generate(n);
  // CPU time, not wall time: the machine may be shared, and load inflates wall time.
  const t0 = process.cpuUsage();
  const c = new StoryClusterer(loadClusteringModel());
  c.add(articles);
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  return { n, seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024, events: c.eventGroups().length, stories: c.storyGroups().length, edges: c.events.edgeCount() };
}

function child(n: number): Record<string, number> {
  const out = execFileSync(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', join(repoRoot, 'bench', 'clustering.ts'), '--size', String(n)], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const sizes = (process.env.PARALLAX_BENCH_CLUSTER_SIZES ?? '100000,200000').split(',').map(Number);
  const rows = sizes.map(child);
  const by = new Map(rows.map((r) => [r.n, r]));
  const metrics: Record<string, number> = {};
  for (const r of rows) { metrics[`seconds_${r.n}`] = +r.seconds.toFixed(2); metrics[`peak_rss_mb_${r.n}`] = Math.round(r.peak_rss_mb); }
  const a = by.get(100000), b = by.get(200000);
  if (a && b) metrics.growth_per_doubling = +(b.seconds / a.seconds).toFixed(2);
  const report = rows.map((r) => `${r.n} articles: ${r.seconds.toFixed(1)} s CPU, peak RSS ${Math.round(r.peak_rss_mb)} MB, ${r.events} events, ${r.stories} stories, ${r.edges} edges`).join('\n') +
    (metrics.growth_per_doubling ? `\ntime growth 100k → 200k: ${metrics.growth_per_doubling}× (limit 2.2×)` : '');
  return { name: 'stories/clustering', metrics, report };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--size');
  if (i >= 0) console.log(JSON.stringify(measure(Number(process.argv[i + 1]))));
  else { const s = await run(); console.log(s.report); console.log(JSON.stringify(s.metrics)); }
}
