// Runs `analyze` on a folder into a fresh store and prints one JSON line of figures (child process,
// so peak RSS is this run's alone). Usage: node --import tsx bench/analyze-child.ts DIR DB THREADS
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/open-store.js';

const [dir, db, threadsArg] = process.argv.slice(2);
const store = await openStore(db);
const started = performance.now();
const summary = await analyze([dir], { store, threads: Number(threadsArg) });
const seconds = (performance.now() - started) / 1000;
await store.close();
process.stdout.write(JSON.stringify({
  seconds, records: summary.records, stored: summary.stored, failed: summary.failed.length,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
}) + '\n');
