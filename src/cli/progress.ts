// Progress on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { AnalyzeProgress } from '../pipeline/analyze.js';

const PLAIN_INTERVAL_MS = 5000;
const MAX_SCAN_ENTRIES = 200_000;

/** Total bytes under the given paths (stat only), so the bar can show an ETA; null when unknown. */
export function totalBytes(paths: string[]): number | null {
  let total = 0;
  let seen = 0;
  const visit = (p: string): boolean => {
    if (++seen > MAX_SCAN_ENTRIES) return false;
    let st;
    try { st = statSync(p); } catch { return true; }
    if (st.isDirectory()) {
      let names: string[];
      try { names = readdirSync(p); } catch { return true; }
      for (const n of names) if (!n.startsWith('.') && !visit(join(p, n))) return false;
    } else if (st.isFile()) total += st.size;
    return true;
  };
  for (const p of paths) {
    if (p === '-') return null;
    if (!visit(p)) return null;
  }
  return total;
}

export interface ProgressView { update(p: AnalyzeProgress): void; stop(): void }

export function createProgressView(paths: string[], stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) return plainView(stream);
  const total = totalBytes(paths);
  const bar = new cliProgress.SingleBar(
    {
      format: total
        ? 'analyze |{bar}| {percentage}% | {files} files, {records} records, {stored} stored, {failed} failed | {rate} rec/s | ETA {eta_formatted}'
        : 'analyze | {files} files, {records} records, {stored} stored, {failed} failed | {rate} rec/s',
      stream, hideCursor: true, clearOnComplete: true, etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total ?? 1, 0, { files: 0, records: 0, stored: 0, failed: 0, rate: 0 });
  return {
    update(p) {
      const rate = Math.round(p.records / Math.max(0.001, (performance.now() - started) / 1000));
      bar.update(total ? Math.min(p.bytes, total) : 0, { ...p, rate });
    },
    stop() { bar.stop(); },
  };
}

function plainView(stream: NodeJS.WritableStream): ProgressView {
  let last = performance.now();
  const started = last;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < PLAIN_INTERVAL_MS) return;
      last = now;
      const rate = Math.round(p.records / ((now - started) / 1000));
      stream.write(`analyze: ${p.files} files, ${p.records} records, ${p.stored} stored, ${p.failed} failed, ${rate} records/s\n`);
    },
    stop() {},
  };
}
