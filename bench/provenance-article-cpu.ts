// Per-article CPU of the per-article stages this helper owns, one thread, on the generated corpus:
// extractArticle() on text and on HTML records, Readability.js + linkedom alone on the same HTML
// (the reference the HTML path must match), and summarize() on the extracted texts.
// CPU time (process.cpuUsage), not wall time: the machine is shared.
//   node --import tsx bench/provenance-article-cpu.ts [--count 1500] [--seed 7] [--html-share 0.5] [--rounds 3] [--dump FILE]
// --dump writes every extractArticle() and summarize() output (JSON lines, examples/corpus included)
// so that two versions of the code can be compared for identical outputs.
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Command } from 'commander';
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractContext } from '../src/extract/index.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import { readInputs } from '../src/ingest/index.js';
import type { ExtractedArticle } from '../src/model/article.js';
import type { InputRecord } from '../src/model/input.js';
import { summarize } from '../src/provenance/summarize.js';
import { repoRoot } from '../src/util/paths.js';
import { generateCorpus } from './generate-corpus.js';

export interface ArticleCpu {
  textArticles: number;
  htmlArticles: number;
  /** CPU milliseconds per article, best round (per round: one pass over a fresh corpus). */
  textExtractMs: number;
  htmlExtractMs: number;
  readabilityAloneMs: number;
  summarizeMs: number;
}

function recordOf(path: string, content: string): InputRecord {
  const html = path.endsWith('.html');
  return {
    source: path, externalId: null, format: html ? 'html' : 'text', bodyType: html ? 'html' : 'text',
    body: content, fields: { charset: 'utf-8' }, recordIndex: 0, fileSha256: '',
  };
}

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

interface Corpus {
  text: InputRecord[];
  html: InputRecord[];
}

function corpusOf(count: number, seed: number, htmlShare: number): Corpus {
  const records = [...generateCorpus({ count, seed, htmlShare })].map((a) => recordOf(a.path, a.content));
  return { text: records.filter((r) => r.bodyType === 'text'), html: records.filter((r) => r.bodyType === 'html') };
}

/** One timed pass over a corpus, in CPU ms per article. */
function timeCorpus(c: Corpus, ctx: ExtractContext): Omit<ArticleCpu, 'textArticles' | 'htmlArticles'> {
  const articles: ExtractedArticle[] = [];
  const per = (n: number, f: () => void): number => (n ? cpuMs(f) / n : 0);
  return {
    textExtractMs: per(c.text.length, () => { for (const r of c.text) articles.push(extractArticle(r, ctx)); }),
    htmlExtractMs: per(c.html.length, () => { for (const r of c.html) articles.push(extractArticle(r, ctx)); }),
    readabilityAloneMs: per(c.html.length, () => {
      for (const r of c.html) new Readability(parseHTML(r.body).document as never).parse();
    }),
    summarizeMs: per(articles.length, () => {
      for (const a of articles) summarize({ id: a.id, text: a.text, dateline: a.dateline ?? null });
    }),
  };
}

/**
 * Each round times a corpus of its own seed (memoised results from an earlier round would flatter the
 * later ones), after a warm-up corpus that compiles every path; the best round per figure counts.
 */
export function measureArticleCpu(count: number, seed: number, htmlShare: number, rounds: number): ArticleCpu {
  const ctx: ExtractContext = { outlets: OutletRegistry.load() };
  timeCorpus(corpusOf(count, seed + 1000, htmlShare), ctx);
  const best: ArticleCpu = { textArticles: 0, htmlArticles: 0, textExtractMs: Infinity, htmlExtractMs: Infinity, readabilityAloneMs: Infinity, summarizeMs: Infinity };
  for (let r = 0; r < rounds; r++) {
    const c = corpusOf(count, seed + r, htmlShare);
    const t = timeCorpus(c, ctx);
    best.textArticles = c.text.length;
    best.htmlArticles = c.html.length;
    best.textExtractMs = Math.min(best.textExtractMs, t.textExtractMs);
    best.htmlExtractMs = Math.min(best.htmlExtractMs, t.htmlExtractMs);
    best.readabilityAloneMs = Math.min(best.readabilityAloneMs, t.readabilityAloneMs);
    best.summarizeMs = Math.min(best.summarizeMs, t.summarizeMs);
  }
  return best;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));
}

/** Every output on the generated corpus and examples/corpus, one JSON line per record. */
async function dump(file: string, count: number, seed: number, htmlShare: number): Promise<number> {
  const ctx: ExtractContext = { outlets: OutletRegistry.load() };
  const out = createWriteStream(file);
  let n = 0;
  const write = (r: InputRecord): void => {
    const article = extractArticle(r, ctx);
    const summary = summarize({ id: article.id, text: article.text, dateline: article.dateline ?? null });
    out.write(JSON.stringify({ source: r.source, article, summary: plain(summary) }) + '\n');
    n++;
  };
  for (const a of generateCorpus({ count, seed, htmlShare })) write(recordOf(a.path, a.content));
  for await (const item of readInputs([`${repoRoot}/examples/corpus`])) if (item.kind === 'record') write(item.record);
  await new Promise<void>((resolve) => out.end(resolve));
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = new Command()
    .option('--count <n>', 'generated articles', (v) => Number.parseInt(v, 10), 1500)
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 7)
    .option('--html-share <x>', 'share of HTML articles', Number.parseFloat, 0.5)
    .option('--rounds <n>', 'timed rounds, each on a corpus of its own seed (the best counts)', (v) => Number.parseInt(v, 10), 3)
    .option('--dump <file>', 'write every output as JSON lines instead of timing')
    .parse()
    .opts<{ count: number; seed: number; htmlShare: number; rounds: number; dump?: string }>();
  if (opts.dump) {
    console.log(`${await dump(opts.dump, opts.count, opts.seed, opts.htmlShare)} records written to ${opts.dump}`);
  } else {
    const r = measureArticleCpu(opts.count, opts.seed, opts.htmlShare, opts.rounds);
    console.log(`CPU ms per article (best of ${opts.rounds} corpora of ~${r.textArticles} text and ~${r.htmlArticles} HTML articles)`);
    console.log(`  extract text          ${r.textExtractMs.toFixed(3)}`);
    console.log(`  extract HTML          ${r.htmlExtractMs.toFixed(3)}`);
    console.log(`  Readability+linkedom  ${r.readabilityAloneMs.toFixed(3)}`);
    console.log(`  summarize             ${r.summarizeMs.toFixed(3)}`);
  }
}
