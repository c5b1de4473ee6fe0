// Where the repository and the shared evaluation data live, resolved from this file (no machine paths).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
  return dir;
}

/** The repository root (works from src/ under tsx and from dist/src/ after a build). */
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

/** ../shared beside the checkout, or PARALLAX_SHARED; null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.PARALLAX_SHARED ? resolve(process.env.PARALLAX_SHARED) : resolve(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/** Files shipped with the package (data/, examples/). */
export function dataPath(...parts: string[]): string {
  return join(repoRoot, 'data', ...parts);
}
