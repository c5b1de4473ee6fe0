// Typed client of the Parallax JSON API. Record types come from the shared zod model (type-only
// imports, erased at build time); the timeline entry is mirrored because it is a service type.
import type { Article } from '../../src/model/article.js';
import type { ArticleSummary, SearchHit, StorySummary } from '../../src/model/api.js';
import type { Entity, Event, OutletProfile, Quote, Story } from '../../src/model/export.js';
import type { IngestItem, IngestResponse, Meta } from '../../src/server/ingest/schemas.js';
import type { StoryArticle, StoryDetail } from '../../src/server/story-schemas.js';
import type { StoryGroups } from '../../src/server/story-groups-schema.js';

export type { Article, ArticleSummary, SearchHit, StorySummary, Entity, Event, OutletProfile, Quote, Story, IngestItem, IngestResponse, Meta, StoryArticle, StoryDetail, StoryGroups };

export interface List<T> { items: T[]; total: number }

export interface Party { key: string; name: string }
export interface TimelineItem {
  event: { id: string; kind: string; date: string | null; score: number; actor: Party | null; target: Party | null; participants: Party[]; place: Party | null; article_ids: string[] };
  date: string | null;
  score: number;
  running: number;
  rolling: number;
}

export interface EntityDetail { entity: Entity; quotes: Quote[]; events: Event[] }
export interface OutletDetail { outlet: OutletProfile; stories: StorySummary[] }

/** An RFC 9457 problem from the API, or a network failure. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail?: string) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

type Params = Record<string, string | number | undefined | null>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    const p = (await res.json().catch(() => null)) as { title?: string; detail?: string } | null;
    throw new ApiError(res.status, p?.title ?? res.statusText, p?.detail);
  }
  return (await res.json()) as T;
}

/** POST /api/articles with JSON items or files (FormData); 200 and 422 both carry per-item results. */
export async function postArticles(body: { items: IngestItem[] } | FormData, token: string): Promise<IngestResponse> {
  const json = !(body instanceof FormData);
  const res = await fetch('/api/articles', {
    method: 'POST',
    headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  const payload = (await res.json().catch(() => null)) as (IngestResponse & { title?: string; detail?: string }) | null;
  if ((res.ok || res.status === 422) && payload && Array.isArray(payload.items)) return payload;
  throw new ApiError(res.status, payload?.title ?? res.statusText, payload?.detail);
}

const id = encodeURIComponent;

export const api = {
  stories: (p: { level?: 'story' | 'event'; q?: string; limit?: number; offset?: number }, s?: AbortSignal) => getJson<List<StorySummary>>(`/api/stories${query(p)}`, s),
  story: (storyId: string, s?: AbortSignal, page: { limit?: number; offset?: number } = {}) => getJson<StoryDetail>(`/api/stories/${id(storyId)}${query(page)}`, s),
  storyGroups: (storyId: string, s?: AbortSignal) => getJson<StoryGroups>(`/api/stories/${id(storyId)}/groups`, s),
  articles: (p: Params, s?: AbortSignal) => getJson<List<ArticleSummary>>(`/api/articles${query(p)}`, s),
  article: (articleId: string, s?: AbortSignal) => getJson<Article>(`/api/articles/${id(articleId)}`, s),
  articleEntities: (articleId: string, s?: AbortSignal) => getJson<List<Entity>>(`/api/articles/${id(articleId)}/entities`, s),
  search: (p: Params, s?: AbortSignal) => getJson<List<SearchHit> & { total_capped?: boolean }>(`/api/search${query(p)}`, s),
  entities: (p: Params, s?: AbortSignal) => getJson<List<Entity>>(`/api/entities${query(p)}`, s),
  entity: (entityId: string, s?: AbortSignal) => getJson<EntityDetail>(`/api/entities/${id(entityId)}`, s),
  quotes: (p: Params, s?: AbortSignal) => getJson<List<Quote>>(`/api/quotes${query(p)}`, s),
  timeline: (p: { story?: string; actors?: string }, s?: AbortSignal) => getJson<List<TimelineItem>>(`/api/timeline${query(p)}`, s),
  outlets: (p: Params, s?: AbortSignal) => getJson<List<OutletProfile>>(`/api/outlets${query(p)}`, s),
  outlet: (name: string, s?: AbortSignal) => getJson<OutletDetail>(`/api/outlets/${id(name)}`, s),
  meta: (s?: AbortSignal) => getJson<Meta>('/api/meta', s),
};
