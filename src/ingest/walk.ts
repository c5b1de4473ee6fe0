// Recursive directory walk: sorted entries, dotfiles skipped, symbolic links followed once
// (a link back up the tree is not walked twice); unreadable entries become failures.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from './fs-errors.js';

export type WalkEntry =
  | { kind: 'file'; path: string; source: string; stats: Stats }
  | { kind: 'failure'; source: string; problem: string };

/** Code-unit order, so the walk is the same on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function* walkDirectory(dir: string, shown: string, seen = new Set<string>()): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return yield { kind: 'failure', source: shown, problem: 'directory already read through another path (symbolic link loop?); skipped' };
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byName);
  } catch (e) {
    return yield { kind: 'failure', source: shown, problem: describeFsError(e) };
  }
  for (const name of names) {
    const path = join(dir, name);
    const source = join(shown, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { kind: 'failure', source, problem: code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describeFsError(e) };
      continue;
    }
    if (stats.isDirectory()) yield* walkDirectory(path, source, seen);
    else if (stats.isFile()) yield { kind: 'file', path, source, stats };
    else yield { kind: 'failure', source, problem: 'not a regular file (device, socket or FIFO); skipped' };
  }
}
