// The exported article: extraction's record with the provenance stage's fields laid over it
// (shared by the stores, so both give byte-identical exports).
import type { ArticleSummary } from '../model/api.js';
import { Article } from '../model/article.js';
import type { ExtractedArticle } from '../model/article.js';
import type { ProvenanceLists } from '../provenance/provenance-of.js';
import type { ArticleWrite, ProvenanceResult } from './repository.js';

/**
 * The exported article: extraction's record with the provenance stage's fields laid over it: the stored
 * own fields, and the lists built on read (none when not asked for; stored lists of older versions
 * are never shown: they may be stale).
 */
export function toArticle(data: string, provenance: string | null = null, lists: ProvenanceLists | null = null): Article {
  const extracted = JSON.parse(data) as ExtractedArticle;
  if (!provenance) return Article.parse(lists ? { ...extracted, ...lists } : extracted);
  const p = JSON.parse(provenance) as ProvenanceResult;
  return Article.parse({
    ...extracted,
    original: p.original ?? extracted.original,
    copies: p.copies, duplicates: lists?.duplicates ?? [], reuse: lists?.reuse ?? [], diff: p.diff,
    flags: [...extracted.flags, ...p.flags.filter((f) => !extracted.flags.some((e) => e.flag === f.flag))],
  });
}


/**
 * Two records with the same content id but different documents (e.g. the same text in two files):
 * the record later in input order (source path, then position in the file) is kept, as a sequential
 * run keeps the last one it saw, whatever order workers or resumed runs save them in.
 */
export function supersedes(write: { source: string; recordIndex: number }, existing: { source: string; record_index: number }): boolean {
  const key = (source: string, index: number) => `${source}\u0000${String(index).padStart(12, '0')}`;
  return key(write.source, write.recordIndex) >= key(existing.source, existing.record_index);
}

/** A row of the article list queries: summary columns plus the article's flags, comma-joined. */
export interface ArticleRow {
  id: string;
  title: string | null;
  source: string;
  published: string | null;
  outlet: string | null;
  language: string | null;
  flags: string | null;
}

export function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id, title: r.title, source: r.source, published: r.published, outlet: r.outlet, language: r.language,
    flags: r.flags ? [...new Set(r.flags.split(','))].sort() : [],
  };
}

/** The stored JSON of a write's language result (given as JSON by the workers, else serialised here). */
export function languageJson(language: NonNullable<ArticleWrite['language']>): string {
  return 'json' in language ? language.json : JSON.stringify(language.data);
}
