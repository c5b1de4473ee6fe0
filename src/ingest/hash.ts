// SHA-256 of a file, streamed (the file is never held in memory), or of a buffer.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { READ_CHUNK_BYTES } from './limits.js';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
