// Development sets for clustering, read from ../shared at run time (never copied into the repo):
// ECB+ topics 1–35 (gold subtopic = event, topic = near-miss family), BASIL triplets by year,
// GoogleNews T/S/TS short texts. Summaries (NER, dates) are cached in the OS temp folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeArticle } from '../../src/stories/clustering/summarize.js';
import type { ArticleSummary } from '../../src/stories/clustering/types.js';
import { sharedDir } from '../../src/util/paths.js';

export interface LabelledDoc { summary: ArticleSummary; gold: string; family: string; fold: string }

const URL_SENTENCE_RE = /^https?\s*:/;
const HELD_OUT_ECB_TOPICS = 36; // topics ≥ 36 are the test split: never read

function cached(name: string, source: string, build: () => LabelledDoc[]): LabelledDoc[] {
  const st = statSync(source);
  const tag = createHash('sha256').update(`${name}|${st.size}|${st.mtimeMs}|v6`).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'parallax-clustering-cache');
  const file = join(dir, `${name}-${tag}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LabelledDoc[];
  const docs = build();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(docs));
  return docs;
}

/** ECB+ development topics; fold = topic mod 5, gold = subtopic, family = topic. */
export function loadEcb(): LabelledDoc[] | null {
  const shared = sharedDir();
  const file = shared && join(shared, 'eval', 'ecbplus', 'docs.jsonl');
  if (!file || !existsSync(file)) return null;
  return cached('ecb', file, () => readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((line) => {
    const d = JSON.parse(line) as { doc_id: string; topic: number; subtopic: string; sentences: string[] };
    if (d.topic >= HELD_OUT_ECB_TOPICS) return [];
    const text = d.sentences.filter((s) => !URL_SENTENCE_RE.test(s)).join('\n');
    const summary = summarizeArticle({ id: d.doc_id, title: null, text, published: null, outlet: null });
    return [{ summary, gold: d.subtopic, family: String(d.topic), fold: String(d.topic % 5) }];
  }));
}

interface BasilArticle { title: string; date: string; source: string; uuid: string; 'triplet-uuid': string; 'body-paragraphs': string[][] }

/** BASIL articles of every year present; fold = year, gold = triplet; id = the file name (a few uuids repeat). */
export function loadBasil(): LabelledDoc[] | null {
  const shared = sharedDir();
  const dir = shared && join(shared, 'eval', 'basil', 'articles');
  if (!dir || !existsSync(dir)) return null;
  return cached('basil', dir, () => readdirSync(dir).sort().flatMap((year) => readdirSync(join(dir, year)).sort().map((f) => {
    const a = JSON.parse(readFileSync(join(dir, year, f), 'utf8')) as BasilArticle;
    const text = a['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
    const summary = summarizeArticle({ id: f.replace(/\.json$/, ''), title: a.title, text, published: a.date, outlet: a.source.toLowerCase() });
    return { summary, gold: a['triplet-uuid'], family: year, fold: year };
  })));
}

/** GoogleNews short texts (variant T, S or TS); no entities, dates or titles; fold = cluster id mod 5. */
export function loadGoogleNews(variant: 'T' | 'S' | 'TS'): LabelledDoc[] | null {
  const shared = sharedDir();
  const file = shared && join(shared, 'eval', 'googlenews-tsc', `${variant}.jsonl`);
  if (!file || !existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line, i) => {
    const d = JSON.parse(line) as { text: string; cluster: number };
    const summary: ArticleSummary = { id: `gn${String(i).padStart(5, '0')}`, title: null, text: d.text, published: null, outlet: null, entities: [] };
    return { summary, gold: String(d.cluster), family: String(d.cluster), fold: String(d.cluster % 5) };
  });
}
