// Shared helpers for the reader tests: run the readers to completion and build fixtures in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { InputRecord, ReadItem, ReadOptions } from '../../src/model/input.js';
import { readBuffer, readInputs } from '../../src/ingest/index.js';

export async function collectItems(gen: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

export const readPaths = (paths: string[], options?: ReadOptions) => collectItems(readInputs(paths, options));
export const readBytes = (bytes: Buffer | string, source: string, options?: ReadOptions) =>
  collectItems(readBuffer(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, source, options));

export const records = (items: ReadItem[]): InputRecord[] => items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
export const failures = (items: ReadItem[]): string[] => items.flatMap((i) => (i.kind === 'failure' ? [i.failure.message] : []));
export const kinds = (items: ReadItem[]): string[] => items.map((i) => i.kind);

/** A fresh temporary directory removed after the test file. */
export function tempDir(prefix = 'parallax-ingest-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
