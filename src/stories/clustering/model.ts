// The shipped clustering model: thresholds learned by scripts/learn-clustering.ts, with defaults
// for a checkout where the file is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import type { ClusteringModel } from './types.js';

export const DEFAULT_MODEL: ClusteringModel = {
  shortTextTokens: 60,
  titleBoost: 3,
  eventSpanDays: 30,
  leadBoost: 2,
  numberTerms: true,
  entityTypeWeights: { PERSON: 2, PER: 2 },
  event: {
    full: { entityWeight: 0.3, linkThreshold: 0.1, mergeThreshold: 0.1, dateGapDays: 30, datePenalty: 0.1, yearPenalty: 0.05, yearGap: 2, sameDayBonus: 0.1 },
    short: { entityWeight: 0, linkThreshold: 0.12, mergeThreshold: 0.01, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 },
  },
  story: { entityWeight: 0, linkThreshold: 0.1, mergeThreshold: 0.06, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 },
  retrieval: { termKeys: 12, entityKeys: 8, postingCap: 2000, minPartial: 0.02 },
};

let cached: ClusteringModel | null = null;

export function loadClusteringModel(): ClusteringModel {
  if (cached) return cached;
  const file = dataPath('models', 'clustering.json');
  cached = existsSync(file) ? { ...DEFAULT_MODEL, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<ClusteringModel>) } : DEFAULT_MODEL;
  return cached;
}
