// Readers of the shared evaluation sets used by the provenance eval (development parts only:
// ECB+ topics 1–35, BASIL, PolNeAR train/dev), as plain articles with paragraphs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalArticle {
  key: string;
  source: 'ecbplus' | 'basil' | 'polnear';
  /** ECB+ topic or BASIL triplet: articles about related events (hard negatives for each other). */
  group: string;
  title: string | null;
  published: string | null;
  paragraphs: string[];
}

const MAX_ECB_TOPIC = 35;

export function readEcbPlus(shared: string): EvalArticle[] {
  const file = join(shared, 'eval', 'ecbplus', 'docs.jsonl');
  if (!existsSync(file)) return [];
  const out: EvalArticle[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc_id: string; topic: number; sentences: string[] };
    if (doc.topic > MAX_ECB_TOPIC) continue;
    let sentences = doc.sentences.map(detokenize).filter((s) => s && !/^https?:/i.test(s));
    let title: string | null = null;
    if (sentences.length > 1 && !/[.!?'"”]$/.test(sentences[0])) {
      title = sentences[0];
      sentences = sentences.slice(1);
    }
    sentences = sentences.filter((s) => /[.!?'"”]$/.test(s) || s.split(' ').length > 8);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
    out.push({ key: `ecb:${doc.doc_id}`, source: 'ecbplus', group: `ecb-topic-${doc.topic}`, title, published: null, paragraphs });
  }
  return out;
}

export function readBasil(shared: string): EvalArticle[] {
  const root = join(shared, 'eval', 'basil', 'articles');
  if (!existsSync(root)) return [];
  const out: EvalArticle[] = [];
  for (const year of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, year)).sort()) {
      if (!f.endsWith('.json')) continue;
      const a = JSON.parse(readFileSync(join(root, year, f), 'utf8')) as {
        title?: string; date?: string; 'triplet-uuid'?: string; 'body-paragraphs'?: string[][];
      };
      const paragraphs = (a['body-paragraphs'] ?? []).map((p) => p.join(' ').trim()).filter(Boolean);
      out.push({ key: `basil:${f.replace(/\.json$/, '')}`, source: 'basil', group: `basil-${a['triplet-uuid'] ?? f}`, title: a.title ?? null, published: a.date ?? null, paragraphs });
    }
  }
  return out;
}

export function readPolnear(shared: string): EvalArticle[] {
  const out: EvalArticle[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(shared, 'eval', 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const paragraphs = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      out.push({ key: `polnear:${f}`, source: 'polnear', group: `polnear-${f}`, title: paragraphs[0] ?? null, published: null, paragraphs: paragraphs.slice(1) });
    }
  }
  return out;
}

/** Undoes Penn-Treebank-style tokenisation of ECB+ sentences. */
export function detokenize(s: string): string {
  let depth = 0;
  return s
    .replace(/-LRB-/g, '(').replace(/-RRB-/g, ')')
    .replace(/``\s*|''|"/g, (m) => {
      if (m.startsWith('``')) return '“';
      if (m === "''") return '”';
      depth ^= 1;
      return depth ? '“' : '”';
    })
    .replace(/“\s+/g, '“').replace(/\s+”/g, '”')
    .replace(/\s+([.,;:!?%)\]}])/g, '$1')
    .replace(/([(\[{$])\s+/g, '$1')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/\s+'\s/g, "' ")
    .replace(/\s*-\s*(?=\w)/g, (m) => (m.trim() === '-' && !/\s/.test(m) ? '-' : m))
    .replace(/\s{2,}/g, ' ')
    .trim();
}
