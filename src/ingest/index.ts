// Parallax's input readers: paths (files, directories, `-` for stdin) → a stream of records and
// failures. One bad file never stops the batch; records stream out as they are parsed.
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { ReadItem, ReadOptions } from '../model/input.js';
import { formatBytes } from './bytes.js';
import { describeFsError } from './fs-errors.js';
import { DEFAULT_MAX_FILE_BYTES } from './limits.js';
import { readBuffer, readStreamBounded } from './read-buffer.js';
import { readFile } from './read-file.js';
import { failureItem } from './readers/context.js';
import { walkDirectory } from './walk.js';

export { readBuffer } from './read-buffer.js';

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadItem> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Awaited<ReturnType<typeof readStreamBounded>>;
  try {
    bytes = await readStreamBounded(options.stdin ?? process.stdin, limit);
  } catch (e) {
    return yield failureItem('-', `cannot read standard input: ${describeFsError(e)}`);
  }
  if (!Buffer.isBuffer(bytes)) return yield failureItem('-', `standard input is over ${formatBytes(limit)} (the maxFileBytes limit); not read`);
  yield* readBuffer(bytes, '-', options);
}

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (e) {
      yield failureItem(path, describeFsError(e));
      continue;
    }
    if (!stats.isDirectory()) {
      yield* readFile(path, path, stats, options);
      continue;
    }
    for await (const entry of walkDirectory(path, path)) {
      if (entry.kind === 'failure') yield failureItem(entry.source, entry.problem);
      else yield* readFile(entry.path, entry.source, entry.stats, options);
    }
  }
}
