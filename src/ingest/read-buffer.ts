// Bytes already in memory (uploads, stdin, fetched URLs) read like a file named by `source`.
import type { ReadItem, ReadOptions } from '../model/input.js';
import { chunksOf, formatBytes } from './bytes.js';
import { sha256Bytes } from './hash.js';
import { DEFAULT_MAX_FILE_BYTES, READ_CHUNK_BYTES } from './limits.js';
import { parseContent } from './parse-content.js';
import { failureItem } from './readers/context.js';

export function tooLargeMessage(size: number, limit: number): string {
  return `file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit (maxFileBytes); not read`;
}

export async function* readBuffer(bytes: Buffer, source: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > limit) return yield failureItem(source, tooLargeMessage(bytes.length, limit));
  if (bytes.length === 0) return yield failureItem(source, 'empty file');
  const sha256 = sha256Bytes(bytes);
  if (await options.skipFile?.(sha256, source)) {
    return yield { kind: 'file-skipped', source, sha256, size: bytes.length };
  }
  yield* parseContent({ source, sha256, size: bytes.length, name: source, open: () => chunksOf(bytes, READ_CHUNK_BYTES), maxFileBytes: limit });
}

/** Reads a stream (stdin, a FIFO) into memory, refusing more than `limit` bytes. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | { tooLarge: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > limit) return { tooLarge: size };
    parts.push(b);
  }
  return Buffer.concat(parts);
}
