// Runs the parallax CLI from sources in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/util/paths.js';

export interface CliResult { status: number; stdout: string; stderr: string }

export function parallax(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    cwd: options.cwd ?? repoRoot, input: options.input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000,
    env: { ...process.env, PARALLAX_DB: '' },
  });
  return { status: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}
