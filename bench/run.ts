// `npm run bench`: speed and memory of the pipeline on generated corpora, beside references.
//   npm run bench                                 full-pipeline analyze on 10,000 generated articles,
//                                                 1 and 2 threads, SQLite (and PostgreSQL when it answers)
//   npm run bench -- --sizes 10000,100000,200000  corpus sizes (--size N for one)
//   npm run bench -- --threads 1,2 --stores sqlite,postgres [--pg postgres://…]
//   npm run bench -- --only analyze                sections whose name contains the word
//   npm run bench -- --from-sources                children under tsx instead of the built JavaScript
//   npm run bench -- --shared-wording              every event of a demo template keeps its wording
//                                                 (~30 families of near-copies: the provenance worst case)
//   npm run bench -- --html-share 0                share of HTML pages in the corpus (default 0.3; 0 for
//                                                 the text/JSON-input throughput goal)
// PostgreSQL: --pg, else PARALLAX_BENCH_PG, else PARALLAX_TEST_PG, else the test default URL; each
// run gets a schema of its own, dropped afterwards. The analyze table prints the command, the load
// average, articles/s, per-stage seconds, CPU seconds and peak RSS. Results go to bench/results/latest.{json,md}.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { nodeEnv, nodeFlags } from '../src/util/node-flags.js';
import { repoRoot } from '../src/util/paths.js';
import { writeCorpus } from './write-corpus.js';
import { GROWTH_LIMIT, perDoubling } from './growth.js';
import { LOCAL_TEST_PG, scratchSchema, type ScratchSchema } from '../src/store/postgres/pg-scratch-schema.js';

// The stage benches (language, clustering…) run in this process: under the V8 flags Parallax runs
// with (bin/parallax.js's first line), like the children, or they would measure another heap setup
// (the default young generation doubled the language stage's garbage-collection time).
const missingFlags = nodeFlags().filter((f) => !process.execArgv.includes(f));
const launcherEnv = nodeEnv();
if (missingFlags.length > 0 || Object.entries(launcherEnv).some(([k, v]) => process.env[k] !== v)) {
  const again = spawnSync(process.execPath, [...missingFlags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, ...launcherEnv } });
  process.exit(again.status ?? 1);
}

export interface BenchRow {
  section: string; case: string; figures: Record<string, number | string>;
  /** Analyze runs: what the growth table pairs runs by. */
  size?: number; store?: string; threads?: number;
}

/** A stage's bench module: `bench()` giving rows, or `run()` giving one section like an eval module. */
interface StageBench {
  bench?: () => Promise<BenchRow[]>;
  run?: () => Promise<{ name: string; metrics: Record<string, number>; report: string }>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

// Children run the built JavaScript, as the `parallax` command does (under tsx every worker thread
// would load the TypeScript compiler and compile the sources again: 2 threads then ran no faster
// than 1 on 2k articles). Built once per bench run; --from-sources runs them under tsx instead.
const FROM_SOURCES = process.argv.includes('--from-sources');
let built = false;

function child(script: string, args: string[]): Record<string, number> {
  if (!FROM_SOURCES && !built) {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'inherit' });
    built = true;
  }
  const entry = FROM_SOURCES ? ['--import', 'tsx', join(repoRoot, 'bench', script)] : [join(repoRoot, 'dist', 'bench', script.replace(/\.ts$/, '.js'))];
  const out = execFileSync(process.execPath, [...nodeFlags(), ...entry, ...args], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

function list(name: string, fallback: string): string[] {
  return arg(name, fallback).split(',').map((x) => x.trim()).filter(Boolean);
}

/** A fresh schema on the benchmark's PostgreSQL server, or why there is none. */
async function pgSchema(base: string): Promise<ScratchSchema | string> {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    return `PostgreSQL at ${base.replace(/\/\/[^@]*@/, '//…@')} does not answer (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
  return scratchSchema(base, 'bench');
}

const SHARED_WORDING = process.argv.includes('--shared-wording');
/** Share of articles written as HTML pages (the rest plain text); the generator's default is 0.3. */
const HTML_SHARE = Number(arg('--html-share', '0.3'));
const corpusNote = (): string => [SHARED_WORDING ? 'shared wording' : '', HTML_SHARE !== 0.3 ? `${Math.round(HTML_SHARE * 100)}% HTML` : ''].filter(Boolean).map((x) => ` (${x})`).join('');

const STAGES = ['read+per-article', 'store', 'provenance', 'entities', 'stories+compare', 'events'];

async function analyzeSection(sizes: number[], threadCounts: number[], stores: string[], rows: BenchRow[]): Promise<void> {
  const pgBase = arg('--pg', process.env.PARALLAX_BENCH_PG ?? process.env.PARALLAX_TEST_PG ?? LOCAL_TEST_PG);
  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
    try {
      const corpus = join(work, 'corpus');
      mkdirSync(corpus);
      const { files, bytes } = writeCorpus(corpus, size, 1, { sharedWording: SHARED_WORDING, htmlShare: HTML_SHARE });
      const mb = bytes / 1e6;
      console.log(`generated ${files} articles, ${mb.toFixed(1)} MB in ${corpus}`);
      for (const storeKind of stores) {
        for (const threads of threadCounts) {
          let location = join(work, `t${threads}.db`);
          let drop = async () => { rmSync(location, { force: true }); rmSync(`${location}-wal`, { force: true }); rmSync(`${location}-shm`, { force: true }); };
          if (storeKind === 'postgres') {
            const schema = await pgSchema(pgBase);
            if (typeof schema === 'string') { console.log(`skipped postgres: ${schema}`); break; }
            location = schema.url;
            drop = schema.drop;
          }
          const load = loadavg()[0];
          try {
            const r = child('analyze-child.ts', [corpus, location, String(threads)]) as unknown as ChildFigures;
            const stage = Object.fromEntries(STAGES.map((s) => [`${s} s`, round(r.stageSeconds[s] ?? 0, 1)]));
            // CPU seconds per stage (all threads): the figure load on a shared machine does not inflate.
            const stageCpu = Object.fromEntries(STAGES.map((s) => [`${s} CPU s`, round(r.stageCpuSeconds?.[s] ?? 0, 1)]));
            // The main thread's share (Linux): with worker threads, what the workers cannot take over;
            // on a quiet machine a stage's wall time is about max(main, all CPU / cores).
            const stageMain = r.stageMainCpuSeconds && threads > 1
              ? Object.fromEntries(STAGES.map((s) => [`${s} main-thread CPU s`, round(r.stageMainCpuSeconds?.[s] ?? 0, 1)]))
              : {};
            rows.push({
              size, store: storeKind, threads,
              section: 'analyze', case: `${size} articles${corpusNote()}, ${storeKind}, ${threads} thread${threads > 1 ? 's' : ''}`,
              figures: {
                'articles/s': round(r.records / r.seconds, 1), 'MB/s': round(mb / r.seconds, 2), seconds: round(r.seconds, 1),
                'CPU s': round(r.cpuSeconds, 1), ...stage, ...stageCpu, ...stageMain, 'peak RSS MB': round(r.peakRssMB), failed: r.failed,
                'export s': round(r.exportSeconds, 1), 'export CPU s': round(r.exportCpuSeconds, 1),
                'load avg': `${round(load, 1)}-${round(r.loadAverage ?? load, 1)}`,
              },
            });
            console.log(rows[rows.length - 1]);
          } finally {
            await drop();
          }
        }
      }
      const html = arg('--readability', 'yes') !== 'no' ? listFiles(corpus).filter((f) => f.endsWith('.html')) : [];
      if (html.length > 0) {
        const htmlList = join(work, 'html-files.txt');
        writeFileSync(htmlList, html.join('\n'));
        const r = child('readability-child.ts', [htmlList]);
        rows.push({
          section: 'analyze', case: `Readability.js + linkedom alone, ${r.pages} HTML pages, 1 thread`,
          figures: { 'pages/s': round(r.pages / r.seconds), 'MB/s': round(r.bytes / 1e6 / r.seconds, 2), 'peak RSS MB': round(r.peakRssMB), seconds: round(r.seconds, 1) },
        });
        console.log(rows[rows.length - 1]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

interface ChildFigures {
  seconds: number; cpuSeconds: number; records: number; failed: number; peakRssMB: number; exportSeconds: number; exportCpuSeconds: number;
  stageSeconds: Record<string, number>; stageCpuSeconds?: Record<string, number>; stageMainCpuSeconds?: Record<string, number>; loadAverage?: number;
}

/** A Markdown table: the first column's title, the other columns', and rows of cells. */
function table(first: string, cols: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${first} | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

/** The analyze rows as one table: a column per figure. */
function analyzeTable(rows: BenchRow[]): string {
  const runs = rows.filter((r) => r.section === 'analyze' && 'articles/s' in r.figures);
  if (runs.length === 0) return '';
  const cols = [...new Set(runs.flatMap((r) => Object.keys(r.figures)))];
  return table('case', cols, runs.map((r) => [r.case, ...cols.map((c) => r.figures[c] ?? '')]));
}

/** A pair of analyze runs compared figure by figure. */
interface RunPair { label: string; a: BenchRow; b: BenchRow }

/** One row per pair: `ratio` of each figure in `a` and `b`, as a factor (blank when a figure is 0). */
function ratioTable(title: string, first: string, figures: readonly string[], pairs: readonly RunPair[], ratio: (x: number, y: number, p: RunPair) => number): string {
  if (pairs.length === 0) return '';
  const cells = (p: RunPair) => figures.map((f) => {
    const [x, y] = [Number(p.a.figures[f]), Number(p.b.figures[f])];
    return x > 0 && y > 0 ? `${round(ratio(x, y, p), 2)}×` : '';
  });
  return `${title}\n\n` + table(first, figures, pairs.map((p) => [p.label, ...cells(p)]));
}

const analyzeRuns = (rows: BenchRow[]): BenchRow[] => rows.filter((r) => r.section === 'analyze' && r.size !== undefined);

/**
 * Growth per doubling between consecutive corpus sizes of the same store and thread count: total and
 * per-stage CPU seconds (load on a shared machine inflates wall time, not CPU) and peak RSS.
 */
function growthTable(rows: BenchRow[]): string {
  const runs = analyzeRuns(rows);
  const pairs: RunPair[] = [];
  for (const key of new Set(runs.map((r) => `${r.store} ${r.threads}`))) {
    const same = runs.filter((r) => `${r.store} ${r.threads}` === key).sort((a, b) => a.size! - b.size!);
    for (let i = 1; i < same.length; i++) {
      const [a, b] = [same[i - 1], same[i]];
      pairs.push({ label: `${a.size} → ${b.size}, ${a.store}, ${a.threads} thread${a.threads! > 1 ? 's' : ''}`, a, b });
    }
  }
  const figures = ['CPU s', ...STAGES.map((s) => `${s} CPU s`), 'peak RSS MB'];
  return ratioTable(`growth per doubling (limit ${GROWTH_LIMIT}×)`, 'sizes', figures, pairs, (x, y, p) => perDoubling(x, y, p.a.size!, p.b.size!));
}

/**
 * Speed-up of more threads over one, per corpus size and store: total and per-stage wall time (the
 * goal: 2 threads ≥ 1.8× one on the CPU-bound stages). Provenance steps run beside the read loop with
 * more than one thread, so 'read+per-article' and 'provenance' are best read together.
 */
function threadTable(rows: BenchRow[]): string {
  const runs = analyzeRuns(rows);
  const pairs: RunPair[] = [];
  for (const a of runs.filter((r) => r.threads === 1)) {
    for (const b of runs.filter((r) => r.size === a.size && r.store === a.store && r.threads! > 1)) {
      pairs.push({ label: `${a.size}, ${a.store}, ${b.threads} threads ÷ 1`, a, b });
    }
  }
  const figures = ['seconds', ...STAGES.map((s) => `${s} s`)];
  return ratioTable('speed-up over 1 thread (wall time; goal 1.8× with 2 threads)', 'case', figures, pairs, (x, y) => x / y);
}

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function markdown(rows: BenchRow[]): string {
  const lines = ['| section | case | figures |', '|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.section} | ${r.case} | ${Object.entries(r.figures).map(([k, v]) => `${k}: ${v}`).join(', ')} |`);
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const sizes = (process.argv.includes('--size') ? [arg('--size', '10000')] : list('--sizes', '10000')).map(Number);
  const threads = list('--threads', '1,2').map(Number);
  const stores = list('--stores', 'sqlite,postgres');
  const only = arg('--only', '');
  const rows: BenchRow[] = [];
  const command = `npm run bench --${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}`;
  if (!only || 'analyze'.includes(only)) await analyzeSection(sizes, threads, stores, rows);
  // Stage benches contributed by their modules: bench/<stage>.ts exporting `bench(): Promise<BenchRow[]>`.
  for (const f of readdirSync(join(repoRoot, 'bench')).filter((f) => f.endsWith('.ts')).sort()) {
    if (['run.ts', 'analyze-child.ts', 'readability-child.ts', 'write-corpus.ts', 'generate-corpus.ts'].includes(f)) continue;
    if (only && !f.includes(only)) continue;
    const mod = (await import(pathToFileURL(join(repoRoot, 'bench', f)).href)) as StageBench;
    if (typeof mod.bench === 'function') rows.push(...(await mod.bench()));
    else if (typeof mod.run === 'function') {
      const r = await mod.run();
      console.log(r.report);
      rows.push({ section: r.name, case: f, figures: r.metrics });
    }
  }
  const table = analyzeTable(rows);
  const derived = [growthTable(rows), threadTable(rows)].filter(Boolean).map((t) => t + '\n').join('');
  const md = `command: \`${command}\` (${new Date().toISOString().slice(0, 16)}Z, load average at the start and end of each run in the table)\n\n${table ? table + '\n' : ''}${derived}${markdown(rows)}`;
  console.log('\n' + md);
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), command, rows }, null, 2) + '\n');
  writeFileSync(join(repoRoot, 'bench', 'results', 'latest.md'), md);
}

await main();
