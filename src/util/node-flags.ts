// How the CLI's node runs: the V8 flags and environment on bin/parallax.js's first line (why: see
// there). Children that run the CLI or a stage (benchmarks) get the same, so they measure what a user runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

function shebangWords(): string[] {
  return readFileSync(join(repoRoot, 'bin', 'parallax.js'), 'utf8').split('\n', 1)[0].split(/\s+/);
}

export function nodeFlags(): string[] {
  return shebangWords().filter((w) => w.startsWith('--'));
}

/** The variables the launcher sets (`env -S NAME=value node …`). */
export function nodeEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const w of shebangWords()) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(w);
    if (m) env[m[1]] = m[2];
  }
  return env;
}
