// Clustering time and peak memory on generated article summaries (word, entity and date pools;
// events grow with N: one event per 8 articles, one story per 5 events). Each size runs in its own
// child process so peak RSS is that run's; articles are generated, represented and taken in as a
// stream (never all held) with the stories step's own store (ClusterOverlay), so the figures are
// the stage's clustering, not the generator's. Reported per size: CPU seconds (the machine
// may be shared: load inflates wall time, not CPU time), wall seconds, peak RSS, heap retained after
// the run, load average; and the growth per doubling between consecutive sizes.
//   node --import tsx bench/clustering.ts                 sizes 100k, 200k (PARALLAX_BENCH_CLUSTER_SIZES=100000,200000,400000,1000000 for more)
//   node --import tsx bench/clustering.ts --size N        one size, prints JSON (child mode)
// The child gets the CLI's V8 flags (src/util/node-flags.ts) and --max-old-space-size
// (PARALLAX_BENCH_CLUSTER_HEAP_MB, default 12288) for the large sizes.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoryClusterer } from '../src/stories/clustering/story-clusterer.js';
import { loadClusteringModel } from '../src/stories/clustering/model.js';
import type { ArticleSummary } from '../src/stories/clustering/types.js';
import { ClusterOverlay } from '../src/store/cluster-overlay.js';
import { nodeEnv, nodeFlags } from '../src/util/node-flags.js';
import { repoRoot } from '../src/util/paths.js';
import { mulberry32 } from '../src/util/mulberry32.js';
import { perDoubling } from './growth.js';

const COMMON_WORDS = 3000;
const DAY0 = Date.UTC(2020, 0, 1);

/** A distinct letters-only word per number (base 26 → a–z; bijective, so pools never collide as N grows). */
const word = (prefix: string, n: number) => prefix + [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');

/** The generated articles one by one (the same sequence `generate` returns). */
export function* articles(n: number, seed = 1): Generator<ArticleSummary> {
  const r = mulberry32(seed);
  const events = Math.max(1, Math.floor(n / 8));
  for (let i = 0; i < n; i++) {
    const ev = Math.floor(r() * events), story = Math.floor(ev / 5);
    const day = Math.floor((ev * 2000) / events) + Math.floor(r() * 3);
    const words: string[] = [];
    for (let k = 0; k < 8; k++) words.push(word('ev', ev * 12 + Math.floor(r() * 12)));
    for (let k = 0; k < 6; k++) words.push(word('st', story * 10 + Math.floor(r() * 10)));
    for (let k = 0; k < 50; k++) words.push(word('co', Math.floor(COMMON_WORDS * r() * r()))); // 64 tokens: a full text, not a snippet
    // Story and event entities from separate pools (one shared numbering would tie unrelated stories together).
    const entities = [`s${story * 3 + Math.floor(r() * 3)}`, `e${ev * 2 + Math.floor(r() * 2)}`].map((e) => ({ key: `ent-${e}`, name: `Ent ${e}`, type: 'PERSON' }));
    const published = new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
    yield { id: `g${String(i).padStart(8, '0')}`, title: words.slice(0, 5).join(' '), text: words.join(' '), published, outlet: `o${i % 40}`, entities, dates: [{ value: published }] };
  }
}

export const generate = (n: number, seed = 1): ArticleSummary[] => [...articles(n, seed)];

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

function measure(n: number): Record<string, number> {
  const load0 = loadavg()[0];
  const t0 = process.cpuUsage(), w0 = performance.now();
  const c = new StoryClusterer(loadClusteringModel(), new ClusterOverlay({ reps: [], groups: [] }));
  c.add(articles(n));
  const seconds = cpuSeconds(process.cpuUsage(t0)), wall = (performance.now() - w0) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  const out = { n, seconds, wall, peak_rss_mb: peak, load_start: load0, load_end: loadavg()[0], events: c.eventGroups().length, stories: c.storyGroups().length, edges: c.events.edgeCount(), heap_mb: 0 };
  (globalThis as { gc?: () => void }).gc?.();
  out.heap_mb = process.memoryUsage().heapUsed / 2 ** 20;
  return out;
}

function child(n: number): Record<string, number> {
  const heap = process.env.PARALLAX_BENCH_CLUSTER_HEAP_MB ?? '12288';
  const out = execFileSync(process.execPath, [...nodeFlags(), `--max-old-space-size=${heap}`, '--expose-gc', '--import', 'tsx', join(repoRoot, 'bench', 'clustering.ts'), '--size', String(n)], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...nodeEnv() } });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const sizes = (process.env.PARALLAX_BENCH_CLUSTER_SIZES ?? '100000,200000').split(',').map(Number).sort((a, b) => a - b);
  const rows = sizes.map(child);
  const metrics: Record<string, number> = {};
  const lines = ['articles   CPU s   wall s  peak RSS MB  heap MB  µs/article  KB/article  events  stories  load avg'];
  for (const r of rows) {
    metrics[`seconds_${r.n}`] = +r.seconds.toFixed(2);
    metrics[`wall_seconds_${r.n}`] = +r.wall.toFixed(2);
    metrics[`peak_rss_mb_${r.n}`] = Math.round(r.peak_rss_mb);
    lines.push(`${String(r.n).padStart(8)} ${r.seconds.toFixed(1).padStart(7)} ${r.wall.toFixed(1).padStart(8)} ${Math.round(r.peak_rss_mb).toString().padStart(12)} ${Math.round(r.heap_mb).toString().padStart(8)} ${((r.seconds * 1e6) / r.n).toFixed(0).padStart(11)} ${((r.peak_rss_mb * 1024) / r.n).toFixed(1).padStart(11)} ${String(r.events).padStart(7)} ${String(r.stories).padStart(8)}  ${r.load_start.toFixed(1)}-${r.load_end.toFixed(1)}`);
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1], b = rows[i];
    const t = perDoubling(a.seconds, b.seconds, a.n, b.n), m = perDoubling(a.peak_rss_mb, b.peak_rss_mb, a.n, b.n);
    metrics[`growth_${a.n}_${b.n}`] = +t.toFixed(2);
    lines.push(`growth per doubling ${a.n} → ${b.n}: CPU ${t.toFixed(2)}×, peak RSS ${m.toFixed(2)}× (limit 2.2×)`);
  }
  if (rows.length > 1) metrics.growth_per_doubling = +perDoubling(rows[0].seconds, rows.at(-1)!.seconds, rows[0].n, rows.at(-1)!.n).toFixed(2);
  return { name: 'stories/clustering', metrics, report: lines.join('\n') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--size');
  if (i >= 0) console.log(JSON.stringify(measure(Number(process.argv[i + 1]))));
  else { const s = await run(); console.log(s.report); console.log(JSON.stringify(s.metrics)); }
}
