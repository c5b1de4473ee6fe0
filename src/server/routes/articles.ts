// Articles: list with filters and pages, one record with removed boilerplate and provenance, search.
import type { FastifyInstance } from 'fastify';
import { ArticleListQuery, SearchQuery } from '../../model/api.js';
import type { Store } from '../../store/repository.js';
import { HttpProblem, zodDetail } from '../problem.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function articleRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/articles', async (req) => {
    const q = ArticleListQuery.safeParse(req.query);
    if (!q.success) throw new HttpProblem(400, 'Invalid query', zodDetail(q.error));
    const { limit, offset, ...filter } = q.data;
    return store.articles.list(filter, { limit, offset });
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', async (req) => {
    const { id } = req.params;
    if (!ID.test(id)) throw new HttpProblem(400, 'Invalid article id', 'ids are letters, digits, - and _');
    const article = await store.articles.get(id);
    if (!article) throw new HttpProblem(404, 'Article not found', `no article ${id}`);
    return article;
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id/entities', async (req) => {
    const { id } = req.params;
    if (!ID.test(id)) throw new HttpProblem(400, 'Invalid article id', 'ids are letters, digits, - and _');
    const items = await store.entities.ofArticle(id);
    return { items, total: items.length };
  });

  app.get('/api/search', async (req) => {
    const q = SearchQuery.safeParse(req.query);
    if (!q.success) throw new HttpProblem(400, 'Invalid query', zodDetail(q.error));
    const { q: text, limit, offset, ...filter } = q.data;
    return store.articles.search(text, filter, { limit, offset });
  });
}
