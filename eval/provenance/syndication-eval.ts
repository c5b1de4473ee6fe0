// Syndication section: copy-pair precision/recall and direction accuracy on the generated benchmark
// (added in two batches, so the incremental path is what is measured), plus the garbled flag's
// false-positive rate over the clean eval articles (ECB+ 1–35, BASIL, PolNeAR train/dev).
import { addSummarized } from '../../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { qualityFlags } from '../../src/provenance/quality/index.js';
import { oddWords } from '../../src/provenance/quality/odd-words.js';
import { splitSentences } from '../../src/provenance/quality/sentences.js';
import { summarizeAll } from '../../src/provenance/summarize-pool.js';
import type { ProvenanceInput } from '../../src/provenance/types.js';
import type { EvalSection } from '../types.js';
import { readBasil, readEcbPlus, readPolnear, type EvalArticle } from './corpora.js';
import { goldPairs, pairKey } from './gold-pairs.js';
import { generateSyndication, prng, type BenchDoc } from './syndication.js';

const round = (x: number): number => Math.round(x * 10000) / 10000;

export async function syndicationSection(shared: string): Promise<EvalSection> {
  const base = [...readEcbPlus(shared), ...readBasil(shared)];
  if (base.length === 0) return { name: 'provenance/syndication', metrics: {}, report: '', skipped: 'ECB+ and BASIL absent' };
  const docs = generateSyndication(base);
  const gold = goldPairs(docs);
  const inputs: ProvenanceInput[] = docs.map((d) => ({
    id: d.id, title: d.title, text: d.text, published: d.published, outlet: { name: d.outlet, domain: null }, dateline: null, original: null,
  }));
  const summaries = await summarizeAll(inputs, { threads: 2 });
  const index = new MemoryProvenanceIndex();
  // Added in a shuffled order, so that nothing can lean on originals being stored before their copies.
  const rnd = prng(7);
  const items = inputs.map((article, i) => ({ article, summary: summaries[i], r: rnd() })).sort((x, y) => x.r - y.r)
    .map(({ article, summary }) => ({ article, summary }));
  const cut = Math.floor(items.length * 0.7);
  const stats = [addSummarized(items.slice(0, cut), index).stats, addSummarized(items.slice(cut), index).stats];
  const predicted = new Set<string>();
  for (const d of docs) for (const dup of provenanceOf(d.id, index).duplicates) predicted.add(pairKey(d.id, dup.article_id));
  const tp = [...predicted].filter((p) => gold.has(p)).length;
  const precision = predicted.size ? tp / predicted.size : 1;
  const recall = gold.size ? tp / gold.size : 1;
  const direction = directionAccuracy(docs, index, predicted, gold);
  const fp = garbledFalsePositives([...base, ...readPolnear(shared)]);
  const lines = [
    `docs ${docs.length} (${docs.filter((d) => d.copyOf).length} generated copies, ${docs.filter((d) => d.transforms.includes('roundup')).length} round-ups), gold copy pairs ${gold.size} (incl. real ones between originals: ${realPairs(docs, gold)})`,
    `candidates ${stats[0].candidates + stats[1].candidates}, verified ${stats[0].verified + stats[1].verified}, links ${stats[0].links + stats[1].links}`,
    `copy pairs: predicted ${predicted.size}, correct ${tp}; precision ${round(precision)}, recall ${round(recall)}`,
    `direction (copy → original) on detected generated pairs: ${direction.correct}/${direction.total} = ${round(direction.accuracy)}; undetermined ${direction.undecided} (counted as misses), wrong ${direction.wrong}; accuracy when decided ${round(direction.correct / Math.max(1, direction.total - direction.undecided))}`,
    `  strict (only the generator's original accepted, not its real wire copies): ${direction.strict}/${direction.total} = ${round(direction.strict / Math.max(1, direction.total))}`,
    `  copies whose only changes are edits/headline/caption (no chrome, cut or date signal by design): ${direction.plainCorrect}/${direction.plainTotal}`,
    `garbled flag on clean eval articles: ${fp.flagged}/${fp.total} (false-positive rate ${round(fp.flagged / Math.max(1, fp.total))})${fp.examples.length ? `; e.g. ${fp.examples.join(', ')}` : ''}; paragraphs with an odd-word sign: ${fp.oddSigns}`,
  ];
  return {
    name: 'provenance/syndication',
    metrics: {
      pair_precision: round(precision), pair_recall: round(recall), direction_accuracy: round(direction.accuracy),
      direction_accuracy_strict: round(direction.strict / Math.max(1, direction.total)),
      garbled_specificity: round(1 - fp.flagged / Math.max(1, fp.total)),
    },
    report: lines.join('\n'),
  };
}

function realPairs(docs: BenchDoc[], gold: Set<string>): number {
  const original = new Set(docs.filter((d) => d.transforms.length === 0).map((d) => d.id));
  return [...gold].filter((p) => p.split('|').every((id) => original.has(id))).length;
}

/**
 * Direction of each detected generated copy: correct when its `original` is the article it was made
 * from, or a real copy of that article in the source data (gold pairs between two originals: their
 * own direction is unknown, so a chain leading to either is accepted; `strict` does not accept them).
 * An undetermined answer (no original) counts as a miss.
 */
function directionAccuracy(docs: BenchDoc[], index: MemoryProvenanceIndex, predicted: Set<string>, gold: Set<string>) {
  const r = { correct: 0, strict: 0, total: 0, undecided: 0, wrong: 0, plainCorrect: 0, plainTotal: 0, accuracy: 0 };
  const original = new Set(docs.filter((d) => d.transforms.length === 0).map((d) => d.id));
  const realCopy = (a: string, b: string): boolean => original.has(a) && original.has(b) && gold.has(pairKey(a, b));
  for (const d of docs) {
    if (!d.copyOf || !predicted.has(pairKey(d.id, d.copyOf))) continue;
    const got = provenanceOf(d.id, index).original?.article_id ?? null;
    const ok = got === d.copyOf || (got !== null && realCopy(got, d.copyOf));
    r.total++;
    if (got === d.copyOf) r.strict++;
    if (ok) r.correct++;
    else if (got === null) r.undecided++;
    else r.wrong++;
    if (d.transforms.every((t) => ['edits', 'headline', 'caption'].includes(t))) {
      r.plainTotal++;
      if (ok) r.plainCorrect++;
    }
  }
  r.accuracy = r.total ? r.correct / r.total : 1;
  return r;
}

function garbledFalsePositives(articles: EvalArticle[]): { flagged: number; total: number; examples: string[]; oddSigns: number } {
  const flagged = articles.filter((a) => qualityFlags(a.paragraphs.join('\n\n')).some((f) => f.flag === 'garbled'));
  // The "words that do not belong together" sign alone (it must not fire on clean text either).
  const oddSigns = articles.reduce((n, a) => n + a.paragraphs.filter((p) => oddWords(splitSentences(p)).length > 0).length, 0);
  return { flagged: flagged.length, total: articles.length, examples: flagged.slice(0, 5).map((a) => a.key), oddSigns };
}
