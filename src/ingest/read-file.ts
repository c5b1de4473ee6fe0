// One file on disk: size check (never reading an oversized file), streamed hash, skipFile, parse.
import { createReadStream, type Stats } from 'node:fs';
import type { ReadItem, ReadOptions } from '../model/input.js';
import { formatBytes } from './bytes.js';
import { describeFsError } from './fs-errors.js';
import { sha256File } from './hash.js';
import { DEFAULT_MAX_FILE_BYTES, READ_CHUNK_BYTES } from './limits.js';
import { parseContent } from './parse-content.js';
import { readBuffer, readStreamBounded, tooLargeMessage } from './read-buffer.js';
import { failureItem } from './readers/context.js';

export async function* readFile(path: string, source: string, stats: Stats, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!stats.isFile()) {
    // A FIFO or device named on the command line (e.g. process substitution): it can be read only once.
    let bytes: Awaited<ReturnType<typeof readStreamBounded>>;
    try {
      bytes = await readStreamBounded(createReadStream(path), limit);
    } catch (e) {
      return yield failureItem(source, describeFsError(e));
    }
    if (!Buffer.isBuffer(bytes)) return yield failureItem(source, `content is over ${formatBytes(limit)} (the maxFileBytes limit); not read`);
    return yield* readBuffer(bytes, source, options);
  }
  if (stats.size > limit) return yield failureItem(source, tooLargeMessage(stats.size, limit));
  if (stats.size === 0) return yield failureItem(source, 'empty file');
  let sha256: string;
  try {
    sha256 = await sha256File(path);
  } catch (e) {
    return yield failureItem(source, describeFsError(e));
  }
  if (await options.skipFile?.(sha256, source)) {
    return yield { kind: 'file-skipped', source, sha256, size: stats.size };
  }
  yield* parseContent({
    source,
    sha256,
    size: stats.size,
    name: path,
    open: () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }),
    maxFileBytes: limit,
  });
}
