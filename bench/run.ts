// `npm run bench`: speed and memory of the pipeline on generated corpora, beside references.
//   npm run bench                   full-pipeline analyze on 20,000 generated articles (1 and 2 threads)
//   npm run bench -- --size 5000    another corpus size
//   npm run bench -- --only analyze sections whose name contains the word
// Results are printed as a table and written to bench/results/latest.{json,md}.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/util/paths.js';
import { writeCorpus } from './write-corpus.js';

export interface BenchRow { section: string; case: string; figures: Record<string, number | string> }

/** A stage's bench module: `bench()` giving rows, or `run()` giving one section like an eval module. */
interface StageBench {
  bench?: () => Promise<BenchRow[]>;
  run?: () => Promise<{ name: string; metrics: Record<string, number>; report: string }>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

function child(script: string, args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench', script), ...args], {
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

async function analyzeSection(size: number, rows: BenchRow[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    const { files, bytes } = writeCorpus(corpus, size, 1);
    const mb = bytes / 1e6;
    console.log(`generated ${files} articles, ${mb.toFixed(1)} MB in ${corpus}`);
    for (const threads of [1, 2]) {
      const r = child('analyze-child.ts', [corpus, join(work, `t${threads}.db`), String(threads)]);
      rows.push({
        section: 'analyze', case: `${size} articles, ${threads} thread${threads > 1 ? 's' : ''}`,
        figures: { 'articles/s': round(r.records / r.seconds), 'MB/s': round(mb / r.seconds, 2), 'peak RSS MB': round(r.peakRssMB), seconds: round(r.seconds, 1), failed: r.failed },
      });
      console.log(rows[rows.length - 1]);
    }
    const html = listFiles(corpus).filter((f) => f.endsWith('.html'));
    const list = join(work, 'html-files.txt');
    writeFileSync(list, html.join('\n'));
    const r = child('readability-child.ts', [list]);
    rows.push({
      section: 'analyze', case: `Readability.js + linkedom alone, ${r.pages} HTML pages, 1 thread`,
      figures: { 'pages/s': round(r.pages / r.seconds), 'MB/s': round(r.bytes / 1e6 / r.seconds, 2), 'peak RSS MB': round(r.peakRssMB), seconds: round(r.seconds, 1) },
    });
    console.log(rows[rows.length - 1]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
  const size = Number(arg('--size', '20000'));
  const only = arg('--only', '');
  const rows: BenchRow[] = [];
  if (!only || 'analyze'.includes(only)) await analyzeSection(size, rows);
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
  const md = markdown(rows);
  console.log('\n' + md);
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
  writeFileSync(join(repoRoot, 'bench', 'results', 'latest.md'), md);
}

await main();
