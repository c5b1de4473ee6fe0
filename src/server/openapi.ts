// The OpenAPI document, generated from the same zod schemas as the export (committed as docs/openapi.json).
import { z } from 'zod';
import { Article } from '../model/article.js';
import {
  ArticleListQuery, ArticleSummary, EntityListQuery, EventListQuery, listOf, PageQuery, Problem, QuoteListQuery, SearchHit, SearchQuery,
  StoryListQuery, StorySummary,
} from '../model/api.js';
import { Entity, Event, OutletProfile, Quote, Story } from '../model/export.js';

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

const pathId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
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
      '/api/articles/{id}/entities': { get: { summary: 'Entities an article mentions', parameters: [pathId], responses: ok('EntityList', 'entities') } },
      '/api/search': { get: { summary: 'Full-text search with filters', parameters: queryParameters(SearchQuery), responses: ok('SearchResults', 'a page of hits') } },
      '/api/stories': { get: { summary: 'Stories and events with per-outlet coverage counts', parameters: queryParameters(StoryListQuery), responses: ok('StoryList', 'a page of stories') } },
      '/api/stories/{id}': { get: { summary: 'One story: coverage matrix, quote variants, framing, conflicts, articles, events, quotes', parameters: [pathId], responses: ok('StoryDetail', 'the story') } },
      '/api/entities': { get: { summary: 'Entities linked across articles', parameters: queryParameters(EntityListQuery), responses: ok('EntityList', 'a page of entities') } },
      '/api/entities/{id}': { get: { summary: 'One entity with its quotes and events', parameters: [pathId], responses: ok('EntityDetail', 'the entity') } },
      '/api/quotes': { get: { summary: 'Quotes with speakers', parameters: queryParameters(QuoteListQuery), responses: ok('QuoteList', 'a page of quotes') } },
      '/api/events': { get: { summary: 'Merged events (who did what to whom, when)', parameters: queryParameters(EventListQuery), responses: ok('EventList', 'a page of events') } },
      '/api/timeline': {
        get: {
          summary: 'Events in date order with cooperation–conflict scores, for a story or an actor pair',
          parameters: [{ name: 'story', in: 'query', schema: { type: 'string' } }, { name: 'actors', in: 'query', schema: { type: 'string', description: 'A,B' } }],
          responses: { 200: { description: 'timeline entries', content: { 'application/json': { schema: { type: 'object' } } } }, 400: problemResponse },
        },
      },
      '/api/outlets': { get: { summary: 'Outlet profiles', parameters: queryParameters(PageQuery), responses: ok('OutletList', 'a page of outlets') } },
      '/api/outlets/{name}': {
        get: { summary: 'One outlet profile with its stories', parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }], responses: ok('OutletDetail', 'the outlet') },
      },
    },
    components: {
      schemas: {
        Article: schema(Article),
        ArticleSummary: schema(ArticleSummary),
        ArticleList: schema(listOf(ArticleSummary)),
        SearchResults: schema(listOf(SearchHit)),
        Problem: schema(Problem),
        StoryList: schema(listOf(StorySummary)),
        StoryDetail: schema(z.object({ story: Story, articles: z.array(Article), children: z.array(StorySummary), events: z.array(Event), quotes: z.array(Quote) })),
        EntityList: schema(listOf(Entity)),
        EntityDetail: schema(z.object({ entity: Entity, quotes: z.array(Quote), events: z.array(Event) })),
        QuoteList: schema(listOf(Quote)),
        EventList: schema(listOf(Event)),
        OutletList: schema(listOf(OutletProfile)),
        OutletDetail: schema(z.object({ outlet: OutletProfile, stories: z.array(StorySummary) })),
      },
    },
  };
}
