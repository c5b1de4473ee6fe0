// Learns the clustering thresholds on development data and writes data/models/clustering.json.
// Full-text events: ECB+ topics 1–35 (gold subtopic) and BASIL years (gold triplet), jointly;
// short texts: GoogleNews TS; stories: ECB+ topics as the near-miss family. Cross-validation by
// ECB+ topic group and BASIL year stores the parameters learned without each fold, so that
// eval/clustering.ts reports held-out figures. Also learns the TF-IDF + average-link baseline.
// Run: node --import tsx scripts/learn-clustering.ts   (needs ../shared; a few minutes)
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadBasil, loadEcb, loadGoogleNews, type LabelledDoc } from '../eval/clustering/datasets.js';
import { learnLevel, pairTable, unitsOf, type Task } from '../eval/clustering/learn.js';
import { DEFAULT_MODEL } from '../src/stories/clustering/model.js';
import type { ClusteringModel, LevelParams } from '../src/stories/clustering/types.js';
import { dataPath } from '../src/util/paths.js';

const NO_DATES: Partial<LevelParams> = { dateGapDays: null, datePenalty: 0, yearPenalty: 0, sameDayBonus: 0 };

function task(docs: LabelledDoc[], model: ClusteringModel, gold: 'gold' | 'family' = 'gold'): Task {
  const relabelled = gold === 'gold' ? docs : docs.map((d) => ({ ...d, gold: d.family }));
  const units = unitsOf(relabelled, model);
  const folds = [...new Set(docs.map((d) => d.fold))].sort();
  return { docs: relabelled, ids: units.map((u) => u.id), pairs: pairTable(units, model), folds, weight: 1 };
}

const only = (t: Task, folds: string[]): Task => ({ ...t, folds });
const log = (...xs: unknown[]) => console.error(...xs);

/** Learns event parameters (and the baseline) with and without each fold. */
function learnEvents(ecb: Task, basil: Task) {
  const learn = (tasks: Task[]) => ({
    params: learnLevel(tasks, DEFAULT_MODEL.event.full, true, true).params,
    baseline: learnLevel(tasks, { ...DEFAULT_MODEL.event.full, ...NO_DATES, entityWeight: 0 }, false, false).params,
  });
  const folds: Record<string, { params: LevelParams; baseline: LevelParams }> = {};
  for (const f of ecb.folds) { folds[`ecb:${f}`] = learn([only(ecb, ecb.folds.filter((x) => x !== f)), basil]); log('ecb fold', f, JSON.stringify(folds[`ecb:${f}`].params)); }
  for (const f of basil.folds) { folds[`basil:${f}`] = learn([ecb, only(basil, basil.folds.filter((x) => x !== f))]); log('basil fold', f, JSON.stringify(folds[`basil:${f}`].params)); }
  return { all: learn([ecb, basil]), folds };
}

export async function learnClustering(): Promise<ClusteringModel> {
  const ecbDocs = loadEcb(), basilDocs = loadBasil(), gn = loadGoogleNews('TS');
  if (!ecbDocs || !basilDocs || !gn) throw new Error('learn-clustering needs ../shared/eval (ecbplus, basil, googlenews-tsc)');
  const model = DEFAULT_MODEL;
  const ecb = task(ecbDocs, model), basil = task(basilDocs, model);
  const events = learnEvents(ecb, basil);
  log('events', JSON.stringify(events.all));
  const story = learnLevel([task(ecbDocs, model, 'family')], { ...model.story, ...NO_DATES }, false, true).params;
  log('story', JSON.stringify(story));
  const gnTask = task(gn, model);
  const gnGrid = { links: [0.1, 0.15, 0.2], merges: [0.02, 0.06, 0.1] };
  const shortFolds: Record<string, LevelParams> = {};
  for (const f of gnTask.folds) shortFolds[`gn:${f}`] = learnLevel([only(gnTask, gnTask.folds.filter((x) => x !== f))], { ...model.event.short, ...NO_DATES }, false, false, gnGrid).params;
  const short = learnLevel([gnTask], { ...model.event.short, ...NO_DATES }, false, false, gnGrid).params;
  log('short', JSON.stringify(short));
  return {
    ...model,
    event: { full: events.all.params, short },
    story,
    learned: {
      by: 'scripts/learn-clustering.ts',
      data: 'ECB+ topics 1-35 (subtopic), BASIL 2010-2016 (triplet), GoogleNews TS (cluster); folds: ECB+ topic mod 5, BASIL year, GoogleNews cluster mod 5',
      baseline: events.all.baseline,
      folds: { ...events.folds, ...Object.fromEntries(Object.entries(shortFolds).map(([k, v]) => [k, { params: v }])) },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const model = await learnClustering();
  writeFileSync(dataPath('models', 'clustering.json'), JSON.stringify(model, null, 1) + '\n');
  console.log('wrote data/models/clustering.json');
}
