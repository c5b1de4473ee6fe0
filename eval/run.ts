// `npm run eval`: runs every evaluation module in eval/, prints its report, and compares the
// figures with the floors pinned in eval/baseline.json (the quality gate, after trafilatura's).
//   npm run eval                       all sections; exit 1 if a pinned figure fell below its floor
//   npm run eval -- --only extract     sections whose module file name contains "extract"
//   npm run eval -- --skip events      all but those
//   npm run eval -- --raise-floors     pin improved figures and new metrics (floors never go down)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedDir } from '../src/util/paths.js';
import type { EvalModule, EvalSection } from './types.js';

type Floors = Record<string, Record<string, number>>;
const BASELINE = join(repoRoot, 'eval', 'baseline.json');
/** Floors are pinned a hair below the measured figure so float noise cannot fail the gate. */
const SLACK = 1e-6;

function parseArgs(argv: string[]): { only: string[]; skip: string[]; raise: boolean } {
  const only: string[] = [];
  const skip: string[] = [];
  let raise = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only.push(argv[++i] ?? '');
    else if (argv[i] === '--skip') skip.push(argv[++i] ?? '');
    else if (argv[i] === '--raise-floors') raise = true;
  }
  return { only, skip, raise };
}

/** Evaluation modules: eval/*.ts that export run() (helpers live in sub-folders). */
function modules(only: string[], skip: string[]): string[] {
  return readdirSync(join(repoRoot, 'eval'))
    .filter((f) => f.endsWith('.ts') && !['run.ts', 'types.ts', 'extract-checks.ts'].includes(f) && !f.startsWith('_'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .filter((f) => !skip.some((s) => f.includes(s)))
    .sort();
}

function loadFloors(): Floors {
  try {
    return (JSON.parse(readFileSync(BASELINE, 'utf8')) as { floors: Floors }).floors ?? {};
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const { only, skip, raise } = parseArgs(process.argv.slice(2));
  const shared = sharedDir();
  console.log(shared ? `evaluation data: ../shared (found)` : 'evaluation data: ../shared NOT FOUND — data-set sections are skipped');
  const floors = loadFloors();
  const sections: EvalSection[] = [];
  for (const file of modules(only, skip)) {
    const mod = (await import(pathToFileURL(join(repoRoot, 'eval', file)).href)) as Partial<EvalModule>;
    if (typeof mod.run !== 'function') continue;
    const started = performance.now();
    let result: EvalSection | EvalSection[];
    try {
      result = await mod.run();
    } catch (err) {
      result = { name: basename(file, '.ts'), metrics: {}, report: `ERROR: ${(err as Error).stack ?? err}` };
      process.exitCode = 1;
    }
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    for (const s of Array.isArray(result) ? result : [result]) {
      sections.push(s);
      console.log(`\n== ${s.name}  (${file}, ${secs} s)${s.skipped ? `  SKIPPED: ${s.skipped}` : ''}`);
      if (s.report) console.log(s.report.trimEnd());
    }
  }
  console.log('\n== summary (figure / floor)');
  const failures: string[] = [];
  for (const s of sections) {
    if (s.skipped) { console.log(`${s.name.padEnd(40)} skipped`); continue; }
    for (const [metric, value] of Object.entries(s.metrics)) {
      const floor = floors[s.name]?.[metric];
      const ok = floor === undefined || value >= floor - SLACK;
      if (!ok) failures.push(`${s.name} ${metric} ${fmt(value)} < floor ${fmt(floor!)}`);
      console.log(`${s.name.padEnd(40)} ${metric.padEnd(22)} ${fmt(value).padStart(8)}  ${floor === undefined ? '(no floor)' : `floor ${fmt(floor)}`}${ok ? '' : '  BELOW FLOOR'}`);
    }
  }
  if (raise) raiseFloors(floors, sections);
  if (failures.length) {
    console.log(`\nquality gate FAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nquality gate passed');
  }
}

/** Reference systems run beside Parallax: their figures are printed, never pinned as floors. */
const REFERENCE_SECTION = /\/(baseline|compromise|chrono|readability)$/;
/** Counts and lower-is-better or descriptive rates are not floors either. */
const NOT_A_FLOOR = /^(items_total|articles|rest_.*|inf_.*|not_shared_ratio)$/;

function raiseFloors(floors: Floors, sections: EvalSection[]): void {
  for (const s of sections) {
    if (s.skipped || REFERENCE_SECTION.test(s.name)) continue;
    for (const [metric, value] of Object.entries(s.metrics)) {
      if (NOT_A_FLOOR.test(metric)) continue;
      const old = floors[s.name]?.[metric];
      if (old === undefined || value > old) (floors[s.name] ??= {})[metric] = Math.floor(value * 1e4) / 1e4;
    }
  }
  const sorted = Object.fromEntries(Object.keys(floors).sort().map((k) => [k, floors[k]]));
  writeFileSync(BASELINE, JSON.stringify({ about: 'Floors for npm run eval; raised with --raise-floors, never lowered silently.', floors: sorted }, null, 2) + '\n');
  console.log(`floors written to eval/baseline.json`);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4);
}

await main();
