// Small article records for store and service tests (written for the project).
import type { ExtractedArticle } from '../../src/model/article.js';
import type { ArticleWrite } from '../../src/store/repository.js';

export function makeArticle(over: Partial<ExtractedArticle> & { id: string }): ExtractedArticle {
  return {
    external_id: null, source: `fixtures/${over.id}.txt`, url: null, title: `Title ${over.id}`, authors: [],
    published: null, published_estimated: false, outlet: null, dateline: null, original: null, language: 'en',
    segments: [], text: `Body of ${over.id}.`, removed: [], flags: [],
    ...over,
  };
}

export function makeWrite(article: ExtractedArticle, stageVersion = '1'): ArticleWrite {
  return { article, raw: `raw ${article.id}\n${article.text}`, bodyType: 'text', inputSha256: 'sha-' + article.id, recordIndex: 0, stageVersion };
}
