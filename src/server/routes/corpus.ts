// Stories, entities, quotes, events, timelines and outlets: read-only views over the corpus stages.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EntityListQuery, EventListQuery, PageQuery, QuoteListQuery, StoryListQuery } from '../../model/api.js';
import type { Store } from '../../store/repository.js';
import { outletProfiles } from '../../services/outlets.js';
import { timeline } from '../../services/timeline.js';
import { HttpProblem, zodDetail } from '../problem.js';
import { storyDetail } from '../story-detail.js';
import { StoryDetailQuery } from '../story-schemas.js';
import { storyGroups } from '../../services/story-groups.js';
import { toStoryGroups } from '../story-groups-view.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TimelineQuery = z.object({ story: z.string().regex(ID).optional(), actors: z.string().max(400).optional() });

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpProblem(400, 'Invalid query', zodDetail(r.error));
  return r.data;
}

function checkId(id: string): string {
  if (!ID.test(id)) throw new HttpProblem(400, 'Invalid id', 'ids are letters, digits, - and _');
  return id;
}

export function corpusRoutes(app: FastifyInstance, store: Store, groupsOf: (outlet: string) => string[]): void {
  app.get('/api/stories', async (req) => {
    const { limit, offset, ...filter } = parse(StoryListQuery, req.query);
    return store.stories.list(filter, { limit, offset });
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const page = parse(StoryDetailQuery, req.query);
    const story = await store.stories.get(checkId(req.params.id));
    if (!story) throw new HttpProblem(404, 'Story not found', `no story ${req.params.id}`);
    return storyDetail(store, story, page);
  });

  // Outlets in no group of the server's registry fall under "(no group)"; `grouped` says whether any is grouped.
  app.get<{ Params: { id: string } }>('/api/stories/:id/groups', async (req) => {
    const id = checkId(req.params.id);
    const tables = await storyGroups(store, id, groupsOf);
    if (!tables) throw new HttpProblem(404, 'Story not found', `no story ${id}`);
    return toStoryGroups(id, tables);
  });

  app.get('/api/entities', async (req) => {
    const { limit, offset, type, q } = parse(EntityListQuery, req.query);
    return store.entities.list({ type: type?.toUpperCase(), q }, { limit, offset });
  });

  app.get<{ Params: { id: string } }>('/api/entities/:id', async (req) => {
    const entity = await store.entities.get(checkId(req.params.id));
    if (!entity) throw new HttpProblem(404, 'Entity not found', `no entity ${req.params.id}`);
    const quotes = (await store.quotes.list({ speaker: entity.id }, { limit: 1000, offset: 0 })).items;
    const events = (await store.events.list({ entity: entity.id }, { limit: 1000, offset: 0 })).items;
    return { entity, quotes, events };
  });

  app.get('/api/quotes', async (req) => {
    const { limit, offset, speaker, story, article } = parse(QuoteListQuery, req.query);
    const articles = story ? (await store.stories.get(story))?.article_ids ?? [] : undefined;
    return store.quotes.list({ speaker, article, articles }, { limit, offset });
  });

  app.get('/api/events', async (req) => {
    const { limit, offset, story, actor } = parse(EventListQuery, req.query);
    const articles = story ? (await store.stories.get(story))?.article_ids ?? [] : undefined;
    return store.events.list({ articles, entity: actor }, { limit, offset });
  });

  app.get('/api/timeline', async (req) => {
    const q = parse(TimelineQuery, req.query);
    const actors = q.actors?.split(',').map((s) => s.trim());
    if (actors && actors.length !== 2) throw new HttpProblem(400, 'Invalid query', 'actors: two names, A,B');
    const items = await timeline(store, { story: q.story, actors: actors as [string, string] | undefined });
    return { items, total: items.length };
  });

  app.get('/api/outlets', async (req) => {
    const { limit, offset } = parse(PageQuery, req.query);
    const all = await outletProfiles(store, groupsOf);
    return { items: all.slice(offset, offset + limit), total: all.length };
  });

  app.get<{ Params: { name: string } }>('/api/outlets/:name', async (req) => {
    const name = decodeURIComponent(req.params.name).slice(0, 200);
    const profile = (await outletProfiles(store, groupsOf)).find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!profile) throw new HttpProblem(404, 'Outlet not found', `no outlet ${name}`);
    const stories = (await store.stories.list({ outlet: profile.name }, { limit: 200, offset: 0 })).items;
    return { outlet: profile, stories };
  });
}
