// The article-model types provenance uses, derived from the shared zod schemas in one place.
import type { z } from 'zod';
import type { Duplicate, EditDiff as EditDiffSchema, Passage, Reuse } from '../model/article.js';

export type { Flag, Original, Outlet } from '../model/article.js';
export type EditDiff = z.infer<typeof EditDiffSchema>;
export type DuplicateRef = z.infer<typeof Duplicate>;
export type ReuseRef = z.infer<typeof Reuse>;
export type PassageRef = z.infer<typeof Passage>;
