// The side-by-side reference: Readability.js on linkedom alone over the same HTML files, one thread.
// Usage: node --import tsx bench/readability-child.ts FILE_LIST
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let bytes = 0;
const started = performance.now();
for (const f of files) {
  const html = readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(html);
  const { document } = parseHTML(html);
  new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ seconds, pages: files.length, bytes, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
