// Byte streams for the readers: peeking at a stream's head without losing it, streaming gunzip
// with errors that say they came from gzip, and bounded collection.
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';

export type ByteStream = AsyncIterable<Buffer>;

/** Raised for damaged gzip data so the caller can name the problem. */
export class GzipError extends Error {}

/** Raised when streamed content grows over a limit. */
export class TooLargeError extends Error {}

export interface Peeked {
  /** At least `n` leading bytes (fewer only when the stream ended). */
  head: Buffer;
  ended: boolean;
  /** An error met while reading the head (thrown again by `all` after the head). */
  error: unknown;
  /** The whole stream again, head included. */
  all: ByteStream;
  /** Releases the underlying stream when `all` is not read to its end. */
  close(): Promise<void>;
}

/**
 * Reads the first `n` bytes of a stream and hands back a stream that starts from the beginning.
 * An error while reading the head is deferred to `all`, after the bytes that came before it, so
 * a truncated file still yields what it holds.
 */
export async function peek(stream: ByteStream, n: number): Promise<Peeked> {
  const it = stream[Symbol.asyncIterator]();
  const pulled: Buffer[] = [];
  let size = 0;
  let ended = false;
  let error: unknown = null;
  while (size < n) {
    let r: IteratorResult<Buffer>;
    try {
      r = await it.next();
    } catch (e) {
      error = e;
      ended = true;
      break;
    }
    if (r.done) {
      ended = true;
      break;
    }
    pulled.push(r.value);
    size += r.value.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    try {
      yield* pulled;
      if (error) throw error;
      if (ended) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  }
  return {
    head: Buffer.concat(pulled),
    ended,
    error,
    all: all(),
    close: async () => {
      await it.return?.();
    },
  };
}

/**
 * Streams the decompression of gzip data (all members, as in .warc.gz); damage raises GzipError.
 * Hand-rolled over zlib events rather than Readable iteration because a stream's async iterator
 * drops the data decompressed before an error, and a truncated file should still give its records.
 */
export async function* gunzip(stream: ByteStream): AsyncGenerator<Buffer> {
  const z = createGunzip();
  const queue: Buffer[] = [];
  const stop = new AbortController();
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  z.on('data', (c: Buffer) => {
    queue.push(c);
    if (queue.length >= 8) z.pause();
    signal();
  });
  z.on('error', (e) => {
    failure ??= new GzipError(e.message);
    signal();
  });
  z.on('end', () => {
    ended = true;
    signal();
  });
  const feed = async () => {
    try {
      for await (const chunk of stream) {
        if (failure || stop.signal.aborted) return;
        if (!z.write(chunk)) await once(z, 'drain', { signal: stop.signal });
      }
      z.end();
    } catch (e) {
      if (!stop.signal.aborted) failure ??= e instanceof Error && (e as NodeJS.ErrnoException).code?.startsWith('Z_') ? new GzipError(e.message) : e;
      signal();
    }
  };
  void feed();
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        if (queue.length < 2 && z.isPaused()) z.resume();
        yield chunk;
      } else if (failure) throw failure;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stop.abort();
    z.destroy();
  }
}

/** Concatenates a stream, refusing to hold more than `limit` bytes. */
export async function collect(stream: ByteStream, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new TooLargeError(`content is over ${formatBytes(limit)} (the maxFileBytes limit)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Splits a buffer into chunks so that buffers and files flow through the same streaming code. */
export async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}
