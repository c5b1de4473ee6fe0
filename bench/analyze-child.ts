// Runs `analyze` on a folder into a store and prints one JSON line of figures (child process,
// so peak RSS is this run's alone). Usage: node --import tsx bench/analyze-child.ts DIR DB THREADS
// DB is a file (SQLite) or a postgres:// URL. CPU seconds are this process's (all threads). After the
// analysis, the store's JSON export is timed (peak RSS is the analysis's).
import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { analyze } from '../src/pipeline/analyze.js';
import { writeExport } from '../src/services/export-writer.js';
import { openStore } from '../src/store/open-store.js';

const [dir, db, threadsArg] = process.argv.slice(2);
const store = await openStore(db);
const cpu0 = process.cpuUsage();
const started = performance.now();
const summary = await analyze([dir], { store, threads: Number(threadsArg) });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const peakRssMB = process.resourceUsage().maxRSS / 1024;
// Then the JSON export of the whole store, to a sink: what reading the results costs (duplicate and
// reuse lists are built on read).
const exportCpu0 = process.cpuUsage();
const exportStarted = performance.now();
await writeExport(store, 'json', new Writable({ write: (_chunk, _enc, done) => done() }));
const exportSeconds = (performance.now() - exportStarted) / 1000;
const exportCpu = process.cpuUsage(exportCpu0);
await store.close();
process.stdout.write(JSON.stringify({
  seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, records: summary.records, stored: summary.stored, failed: summary.failed.length,
  peakRssMB, exportSeconds, exportCpuSeconds: (exportCpu.user + exportCpu.system) / 1e6, stageSeconds: summary.stageSeconds,
  stageCpuSeconds: summary.stageCpuSeconds, stageMainCpuSeconds: summary.stageMainCpuSeconds, loadAverage: loadavg()[0],
}) + '\n');
