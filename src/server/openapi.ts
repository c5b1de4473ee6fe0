// The OpenAPI document, generated from the same zod schemas as the export (committed as docs/openapi.json).
import { z } from 'zod';
import { Article } from '../model/article.js';
import { ArticleListQuery, ArticleSummary, listOf, Problem, SearchHit, SearchQuery } from '../model/api.js';

type Json = Record<string, unknown>;

function schema(s: z.ZodType): Json {
  const out = z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

function queryParameters(s: z.ZodObject): Json[] {
  const js = z.toJSONSchema(s, { io: 'input' }) as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties).map(([name, p]) => ({
    name, in: 'query', required: js.required?.includes(name) ?? false, schema: p,
  }));
}

const problemResponse = { description: 'problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

function ok(ref: string, description: string): Json {
  return { 200: { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } }, 400: problemResponse, 404: problemResponse, 429: problemResponse };
}

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Parallax API', version: '0.1.0', description: 'Read-only JSON API over a Parallax store. Lists are { items, total }; errors are RFC 9457 problem details.' },
    paths: {
      '/api/articles': { get: { summary: 'List articles', parameters: queryParameters(ArticleListQuery), responses: ok('ArticleList', 'a page of articles') } },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its clean text, removed boilerplate, provenance and flags',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: ok('Article', 'the article'),
        },
      },
      '/api/search': { get: { summary: 'Full-text search with filters', parameters: queryParameters(SearchQuery), responses: ok('SearchResults', 'a page of hits') } },
    },
    components: {
      schemas: {
        Article: schema(Article),
        ArticleSummary: schema(ArticleSummary),
        ArticleList: schema(listOf(ArticleSummary)),
        SearchResults: schema(listOf(SearchHit)),
        Problem: schema(Problem),
      },
    },
  };
}
