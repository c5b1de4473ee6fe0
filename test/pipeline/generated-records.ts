// Input records of the bench's generated corpus (about 30% HTML pages), for tests of the per-article pool.
import { generateCorpus } from '../../bench/generate-corpus.js';
import type { InputRecord } from '../../src/model/input.js';

export function generatedRecords(n: number): InputRecord[] {
  return [...generateCorpus({ count: n, seed: 3, htmlShare: 0.3 })].map((a, i) => {
    const html = a.path.endsWith('.html');
    return { source: a.path, externalId: null, format: html ? 'html' : 'text', bodyType: html ? 'html' : 'text', body: a.content, fields: {}, recordIndex: 0, fileSha256: String(i).padStart(64, '0') };
  });
}
