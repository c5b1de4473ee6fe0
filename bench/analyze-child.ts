// Runs `analyze` on a folder into a store and prints one JSON line of figures (child process,
// so peak RSS is this run's alone). Usage: node --import tsx bench/analyze-child.ts DIR DB THREADS
// DB is a file (SQLite) or a postgres:// URL. CPU seconds are this process's (all threads).
import { loadavg } from 'node:os';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/open-store.js';

const [dir, db, threadsArg] = process.argv.slice(2);
const store = await openStore(db);
const cpu0 = process.cpuUsage();
const started = performance.now();
const summary = await analyze([dir], { store, threads: Number(threadsArg) });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
await store.close();
process.stdout.write(JSON.stringify({
  seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, records: summary.records, stored: summary.stored, failed: summary.failed.length,
  peakRssMB: process.resourceUsage().maxRSS / 1024, stageSeconds: summary.stageSeconds,
  stageCpuSeconds: summary.stageCpuSeconds, stageMainCpuSeconds: summary.stageMainCpuSeconds, loadAverage: loadavg()[0],
}) + '\n');
