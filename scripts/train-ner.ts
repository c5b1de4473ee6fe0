// Reproduces data/models/ner-en.bin.gz from CoNLL-2003 eng.train, early-stopping on eng.testa.
// Usage: node --import tsx scripts/train-ner.ts [--epochs N] [--out PATH]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConll } from '../src/language/ner/conll.js';
import { DEFAULT_MODEL_PATH, loadModel, saveModel } from '../src/language/ner/model-io.js';
import { EntityTagger } from '../src/language/ner/tagger.js';
import { evaluateTagger, trainTagger } from '../src/language/ner/train.js';
import { sharedDir } from '../src/util/paths.js';

const BITS = 21;
const SEED = 20030531;
const MIN_WEIGHT = 0.1; // rows whose largest |weight| is below this are pruned

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '12' }, out: { type: 'string', default: DEFAULT_MODEL_PATH } } });
const shared = sharedDir();
if (!shared) throw new Error('../shared (CoNLL-2003 data) not found; set PARALLAX_SHARED');
const dir = join(shared, 'eval', 'conll2003-en');
const train = readConll(readFileSync(join(dir, 'eng.train'), 'utf8'));
const dev = readConll(readFileSync(join(dir, 'eng.testa'), 'utf8'));
console.log(`train: ${train.length} documents, dev: ${dev.length} documents`);
const t0 = Date.now();
const result = trainTagger(train, dev, { bits: BITS, epochs: Number(values.epochs), seed: SEED, log: (l) => console.log(l) });
console.log(`best epoch ${result.epoch} (dev F1 ${result.devF1.toFixed(4)}), ${result.features} feature rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const header = saveModel(values.out!, BITS, result.weights, MIN_WEIGHT, {
  corpus: 'CoNLL-2003 eng.train', dev: 'eng.testa', epoch: result.epoch, seed: SEED, devF1Dense: Number(result.devF1.toFixed(4)),
});
const shipped = evaluateTagger(new EntityTagger(loadModel(values.out).weights), dev).overall.f1;
console.log(`saved ${values.out}: ${header.rows} rows; dev F1 after pruning/quantising ${shipped.toFixed(4)}`);
