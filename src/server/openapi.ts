// The OpenAPI document, generated from the same zod schemas as the export (committed as docs/openapi.json).
import { z } from 'zod';
import { Article } from '../model/article.js';
import {
  ArticleListQuery, ArticleSummary, EntityListQuery, EventListQuery, listOf, PageQuery, Problem, QuoteListQuery, SearchHit, SearchQuery,
  StoryListQuery, StorySummary,
} from '../model/api.js';
import { Entity, Event, OutletProfile, Quote } from '../model/export.js';
import { IngestItem, IngestResponse, Meta } from './ingest/schemas.js';
import { StoryDetail, StoryDetailQuery } from './story-schemas.js';
import { StoryGroups } from './story-groups-schema.js';
import { MAX_FILE_BYTES, MAX_FILES, MAX_ITEMS } from './ingest/limits.js';
import { SEARCH_WINDOW } from '../store/search-limits.js';

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

function ingestOperation(): Json {
  const result = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResponse' } } } });
  return {
    summary: 'Add articles (only when the server has a write token): JSON items or uploaded files of any format `analyze` reads',
    description: `Runs the articles through the same pipeline as \`parallax analyze\`, then the corpus steps, so they appear in stories, entities and search. `
      + `Ingests run one at a time. At most ${MAX_ITEMS} items, or ${MAX_FILES} files of ${MAX_FILE_BYTES} bytes each.`,
    security: [{ writeToken: [] }],
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', minItems: 1, maxItems: MAX_ITEMS, items: { $ref: '#/components/schemas/IngestItem' } } } } },
        'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
      },
    },
    responses: {
      200: result('per-item results: the stored article id, or why the item failed'),
      422: result('every item failed (the results say why)'),
      400: problemResponse, 401: problemResponse, 403: problemResponse, 405: problemResponse, 413: problemResponse, 415: problemResponse, 429: problemResponse, 503: problemResponse,
    },
  };
}

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parallax API', version: '0.1.0',
      description: 'JSON API over a Parallax store. Lists are { items, total }; errors are RFC 9457 problem details. '
        + 'Read-only unless the server was started with a write token (`parallax serve --write-token T`): then POST /api/articles adds articles.',
    },
    paths: {
      '/api/meta': { get: { summary: 'Server facts the UI needs: version, store kind, whether adding articles is on and its limits', responses: ok('Meta', 'server facts') } },
      '/api/articles': {
        get: { summary: 'List articles', parameters: queryParameters(ArticleListQuery), responses: ok('ArticleList', 'a page of articles') },
        post: ingestOperation(),
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its clean text, removed boilerplate, provenance and flags',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: ok('Article', 'the article'),
        },
      },
      '/api/articles/{id}/entities': { get: { summary: 'Entities an article mentions', parameters: [pathId], responses: ok('EntityList', 'entities') } },
      '/api/search': {
        get: {
          summary: 'Full-text search with filters',
          description: `A search looks at the newest ${SEARCH_WINDOW} matches at most (SQLite; PostgreSQL: the first ${SEARCH_WINDOW} its index yields), so its cost stays bounded. `
            + `Queries whose every word is in fewer than ${SEARCH_WINDOW} articles are ranked by BM25 (title weighted); on SQLite a query with a word that common `
            + 'is ranked with all words in the title first, then newest first. `score` orders the hits of one response only.',
          parameters: queryParameters(SearchQuery), responses: ok('SearchResults', 'a page of hits'),
        },
      },
      '/api/stories': { get: { summary: 'Stories and events with per-outlet coverage counts', parameters: queryParameters(StoryListQuery), responses: ok('StoryList', 'a page of stories') } },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: coverage matrix, quote variants, framing, conflicts, a page of its articles (the first page holds the compared ones), outlet counts, events',
          description: 'Quotes and events of the story are paged at /api/quotes?story={id} and /api/events?story={id}.',
          parameters: [pathId, ...queryParameters(StoryDetailQuery)], responses: ok('StoryDetail', 'the story'),
        },
      },
      '/api/stories/{id}/groups': {
        get: {
          summary: 'One story\'s coverage, quote share and framing per outlet group',
          description: 'Groups are the `groups` labels of the server\'s outlet registry (the shipped one plus `serve --outlets` files). '
            + 'Articles whose outlet is in no group, or unknown, are counted under "(no group)"; `grouped` is false when that is every article.',
          parameters: [pathId], responses: ok('StoryGroups', 'the per-group tables'),
        },
      },
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
        SearchResults: schema(listOf(SearchHit).extend({
          total_capped: z.boolean().describe(`true when the matches fill the search window: total is then ${SEARCH_WINDOW} and means "${SEARCH_WINDOW}+"`),
        })),
        Problem: schema(Problem),
        StoryList: schema(listOf(StorySummary)),
        StoryDetail: schema(StoryDetail),
        StoryGroups: schema(StoryGroups),
        EntityList: schema(listOf(Entity)),
        EntityDetail: schema(z.object({ entity: Entity, quotes: z.array(Quote), events: z.array(Event) })),
        QuoteList: schema(listOf(Quote)),
        EventList: schema(listOf(Event)),
        OutletList: schema(listOf(OutletProfile)),
        OutletDetail: schema(z.object({ outlet: OutletProfile, stories: z.array(StorySummary) })),
        Meta: schema(Meta),
        IngestItem: schema(IngestItem),
        IngestResponse: schema(IngestResponse),
      },
      securitySchemes: { writeToken: { type: 'http', scheme: 'bearer', description: 'the token given to `parallax serve --write-token`' } },
    },
  };
}
