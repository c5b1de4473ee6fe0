// Writes a generated corpus to disk (streaming: one file at a time, constant memory).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus, type GenerateOptions } from './generate-corpus.js';

/** `options`: see GenerateOptions (sharedWording: the worst case for provenance, ~30 families of near-copies). */
export function writeCorpus(dir: string, count: number, seed: number, options: Pick<GenerateOptions, 'sharedWording' | 'htmlShare'> = {}): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const doc of generateCorpus({ count, seed, ...options })) {
    const file = join(dir, doc.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, doc.content);
    files++;
    bytes += Buffer.byteLength(doc.content);
  }
  return { files, bytes };
}
