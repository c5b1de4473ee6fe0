// Reads BASIL triplets (../shared/eval/basil: same event by Fox News, NYT, HuffPost) into compare
// inputs, with the phrase-level annotations located in the article text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareArticle } from '../../src/compare/types.js';
import { analyseText } from './story-input.js';

export interface BasilSpan {
  bias: string;
  quote: boolean;
  speaker: string;
  start: number;
  end: number;
}

export interface BasilArticle {
  article: CompareArticle;
  spans: BasilSpan[];
}

interface RawArticle { title: string; date: string; source: string; 'triplet-uuid': string; uuid: string; 'body-paragraphs': string[][] }
interface RawAnn { 'phrase-level-annotations': { txt: string; bias: string; quote: string; speaker: string }[] }

/** Offsets of an annotated phrase in the text: the first occurrence not yet used (annotation offsets are not article offsets). */
function locate(text: string, txt: string, used: Set<number>): { start: number; end: number } | null {
  const needle = txt.trim().replace(/^[“”"]+|[“”"]+$/gu, '').trim();
  if (needle.length < 3) return null;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!used.has(at)) {
      used.add(at);
      return { start: at, end: at + needle.length };
    }
  }
  return null;
}

/** Triplet id → its articles, for every year folder present. */
export function loadBasil(dir: string): Map<string, BasilArticle[]> {
  const out = new Map<string, BasilArticle[]>();
  const years = existsSync(join(dir, 'articles')) ? readdirSync(join(dir, 'articles')).sort() : [];
  for (const year of years) {
    for (const f of readdirSync(join(dir, 'articles', year)).filter((x) => x.endsWith('.json')).sort()) {
      const raw = JSON.parse(readFileSync(join(dir, 'articles', year, f), 'utf8')) as RawArticle;
      const text = raw['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      const id = f.replace(/\.json$/u, '');
      const article = analyseText({ id, text, outlet: raw.source.toLowerCase(), title: raw.title, published: raw.date });
      const annFile = join(dir, 'annotations', year, `${id}_ann.json`);
      const spans: BasilSpan[] = [];
      if (existsSync(annFile)) {
        const used = new Set<number>();
        for (const a of (JSON.parse(readFileSync(annFile, 'utf8')) as RawAnn)['phrase-level-annotations']) {
          const at = locate(text, a.txt, used);
          if (at) spans.push({ bias: a.bias, quote: a.quote === 'yes', speaker: a.speaker, ...at });
        }
      }
      const list = out.get(raw['triplet-uuid']) ?? [];
      list.push({ article, spans });
      out.set(raw['triplet-uuid'], list);
    }
  }
  return out;
}
