// Helpers of the kill/resume and worker tests: the CLI as child processes, exports, a seeded random.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/util/paths.js';
import { parallax } from '../helpers/cli.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

export function startCli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    cwd: repoRoot, env: { ...process.env, PARALLAX_DB: '' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

/** The export document as text, after checking the command succeeded. */
export function exportJson(db: string): string {
  const res = parallax(['export', '--db', db, '--format', 'json']);
  if (res.status !== 0) throw new Error(`export failed: ${res.stderr}`);
  return res.stdout;
}

/** Deterministic pseudo-random numbers in [0, 1), so a failing run can be repeated. */
export const seeded = mulberry32;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
