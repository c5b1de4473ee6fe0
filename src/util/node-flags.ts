// The V8 flags the CLI runs with: those on bin/parallax.js's first line (why: see there). Children
// that run the CLI or a stage (benchmarks) pass the same, so they measure what a user runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export function nodeFlags(): string[] {
  const shebang = readFileSync(join(repoRoot, 'bin', 'parallax.js'), 'utf8').split('\n', 1)[0];
  return shebang.split(/\s+/).filter((w) => w.startsWith('--'));
}
