// Shapes of the story page's payload (GET /api/stories/{id}); types shared with the web UI.
import { z } from 'zod';
import { Article } from '../model/article.js';
import { PageQuery, StorySummary } from '../model/api.js';
import { Story } from '../model/export.js';

/** Stories compare their first 60 articles (pipeline/corpus/stories-step.ts): one page shows them all. */
export const STORY_ARTICLES_PAGE = 60;
export const StoryArticle = Article.pick({ id: true, title: true, url: true, published: true, outlet: true, language: true, original: true, flags: true, text: true });
export type StoryArticle = z.infer<typeof StoryArticle>;

export const StoryDetailQuery = PageQuery.extend({ limit: z.coerce.number().int().min(1).max(200).default(STORY_ARTICLES_PAGE) });

export const StoryDetail = z.object({
  story: Story,
  articles: z.array(StoryArticle).describe('one page of the story\'s articles, in story order (limit/offset)'),
  articles_total: z.number().int(),
  outlets: z.array(z.object({ name: z.string(), articles: z.number().int() })).describe('articles per outlet over the whole story'),
  children: z.array(StorySummary),
});
export type StoryDetail = z.infer<typeof StoryDetail>;

