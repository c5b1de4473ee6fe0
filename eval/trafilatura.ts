// Main-text extraction on the English subset of trafilatura's benchmark (../shared/eval/trafilatura-en).
// Metric as upstream tests/eval_common.py: whitespace-normalised substring tests of "with" (TP/FN)
// and "without" (FP/TN) segments, micro-averaged. Neither system's output includes the title:
// upstream scores trafilatura's extract() without metadata and readability's summary() body alone.
// Run standalone: node --import tsx eval/trafilatura.ts [--failures]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { sharedDir } from '../src/util/paths.js';
import { extractHtml } from '../src/extract/html/index.js';
import type { EvalSection } from './types.js';

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  ms: number;
}

type System = (html: string) => string;

const WS_RE = /\s+/g;
const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;
const norm = (s: string): string => s.replace(WS_RE, ' ').trim();

const SYSTEMS: Record<string, System> = {
  parallax: (html) => extractHtml(html).text,
  readability: (html) => {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? '';
  },
  everything: (html) => parseHTML(html).document.body?.textContent ?? '',
  nothing: () => '',
};

/** Bytes to text: a declared charset, else UTF-8 unless it yields replacement characters, else chardet. */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = CHARSET_RE.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) return iconv.decode(bytes, declared);
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\ufffd')) return utf8;
  const guess = chardet.detect(bytes);
  return guess && iconv.encodingExists(guess) ? iconv.decode(bytes, guess) : utf8;
}

function score(entry: Entry, output: string, c: Counts): { missed: string[]; leaked: string[] } {
  const out = norm(output);
  const missed = entry.with.filter((w) => !out.includes(norm(w)));
  const leaked = entry.without.filter((w) => out.includes(norm(w)));
  c.tp += entry.with.length - missed.length;
  c.fn += missed.length;
  c.fp += leaked.length;
  c.tn += entry.without.length - leaked.length;
  return { missed, leaked };
}

function metrics(c: Counts): { f1: number; precision: number; recall: number; accuracy: number } {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  const total = c.tp + c.fp + c.fn + c.tn;
  return {
    f1: r(2 * c.tp / (2 * c.tp + c.fp + c.fn || 1)),
    precision: r(c.tp / (c.tp + c.fp || 1)),
    recall: r(c.tp / (c.tp + c.fn || 1)),
    accuracy: r((c.tp + c.tn) / (total || 1)),
  };
}

export async function run(): Promise<EvalSection[]> {
  const shared = sharedDir();
  const dir = shared ? join(shared, 'eval', 'trafilatura-en') : null;
  if (!dir || !existsSync(join(dir, 'evaldata-en.json'))) {
    const skipped = 'trafilatura-en data not found (../shared/eval/trafilatura-en)';
    return [
      { name: 'extract/trafilatura-en', metrics: {}, report: '', skipped },
      { name: 'extract/trafilatura-en/readability', metrics: {}, report: '', skipped },
    ];
  }
  const data = JSON.parse(readFileSync(join(dir, 'evaldata-en.json'), 'utf8')) as Record<string, Entry>;
  const counts: Record<string, Counts> = Object.fromEntries(Object.keys(SYSTEMS).map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0, ms: 0 }]));
  const failures: string[] = [];
  let docs = 0;
  for (const entry of Object.values(data)) {
    const path = join(dir, 'html', entry.file);
    if (!existsSync(path)) continue;
    const html = decode(readFileSync(path));
    docs++;
    for (const [name, system] of Object.entries(SYSTEMS)) {
      const start = performance.now();
      let output = '';
      try {
        output = system(html);
      } catch (err) {
        if (name === 'parallax') failures.push(`${entry.file}: CRASH ${(err as Error).message}`);
      }
      counts[name].ms += performance.now() - start;
      const { missed, leaked } = score(entry, output, counts[name]);
      if (name === 'parallax' && (missed.length || leaked.length)) {
        failures.push(`${entry.file}: ${missed.map((m) => `\n   MISS ${m.slice(0, 100)}`).join('')}${leaked.map((l) => `\n   LEAK ${l.slice(0, 100)}`).join('')}`);
      }
    }
  }
  const lines = [`${docs} documents`, 'system        F1     P      R      acc    TP  FP  FN  TN   ms/page'];
  for (const [name, c] of Object.entries(counts)) {
    const m = metrics(c);
    const cells = [m.f1, m.precision, m.recall, m.accuracy].map((x) => x.toFixed(3).padEnd(6)).join(' ');
    lines.push(`${name.padEnd(13)} ${cells} ${[c.tp, c.fp, c.fn, c.tn].map((x) => String(x).padStart(3)).join(' ')}  ${(c.ms / docs).toFixed(1)}`);
  }
  if (process.argv.includes('--failures')) lines.push('', ...failures);
  const report = lines.join('\n');
  return [
    { name: 'extract/trafilatura-en', metrics: metrics(counts.parallax), report },
    { name: 'extract/trafilatura-en/readability', metrics: { f1: metrics(counts.readability).f1 }, report: 'Readability.js 0.6.0 on linkedom, textContent of parse()' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sections = await run();
  for (const s of sections) console.log(`## ${s.name}\n${s.skipped ?? s.report}\n${JSON.stringify(s.metrics)}\n`);
}
