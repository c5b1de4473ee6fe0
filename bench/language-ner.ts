// Throughput of tokenise + sentence split + entity recognition on generated news-like articles
// (sentences written for this bench, names recombined by a seeded generator; no ../shared needed).
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadModel } from '../src/language/ner/model-io.js';
import { recognizeEntities } from '../src/language/ner/recognize-entities.js';
import { tokenize } from '../src/language/tokens/tokenize.js';

const PEOPLE = ['Maria Lindqvist', 'Tomasz Wolny', 'Aiko Tanaka', 'Daniel Okafor', 'Sofia Marquez', 'Henrik Dahl', 'Li Wen', 'Omar Haddad'];
const PLACES = ['Oslo', 'Nairobi', 'Lima', 'Warsaw', 'Osaka', 'Lyon', 'Manila', 'Denver'];
const ORGS = ['the Nordic Rail Agency', 'Harbor Bank', 'the Ministry of Water', 'Lumen Energy Corp.', 'the World Bank', 'Civic Party'];
const TEMPLATES = [
  'P1, the mayor of L1, said on Tuesday that O1 would invest $4.5 billion in new lines.',
  'Speaking in L1, P1 told reporters: "We have no plans to cut 1,200 jobs this year."',
  'Prices rose 3.2 percent in March, according to O1, the fastest pace since 2019.',
  'P1 met P2 in L1 last week to discuss a 40 km pipeline to L2.',
  'O1 shares fell 7% after P1 resigned, the company said in a statement.',
  'Officials from O1 and O2 will meet again in L2 on Jan. 12, a spokesperson for P2 said.',
  'The U.S. and European Union imposed new sanctions, while Chinese diplomats protested in L1.',
  'L1 (AP) — Heavy rain flooded parts of L2 overnight, and about 300 families were evacuated.',
];

/** A deterministic article of about `sentences` sentences. */
function article(seed: number, sentences: number): string {
  let x = seed;
  const pick = <T>(a: readonly T[]) => a[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) % a.length];
  const paras: string[] = [];
  for (let p = 0; p < sentences / 4; p++) {
    const out: string[] = [];
    for (let k = 0; k < 4; k++) {
      out.push(pick(TEMPLATES).replace(/P1/g, pick(PEOPLE)).replace(/P2/g, pick(PEOPLE)).replace(/L1/g, pick(PLACES))
        .replace(/L2/g, pick(PLACES)).replace(/O1/g, pick(ORGS)).replace(/O2/g, pick(ORGS)));
    }
    paras.push(out.join(' '));
  }
  return paras.join('\n\n');
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const t0 = performance.now();
  loadModel();
  const loadMs = performance.now() - t0;
  const docs = Array.from({ length: 400 }, (_, i) => article(i + 1, 24));
  const tokens = docs.reduce((n, d) => n + tokenize(d).length, 0);
  for (const d of docs.slice(0, 20)) recognizeEntities(d); // warm-up (JIT, word cache)
  // CPU time of this process, not wall time: "per core" on a machine shared with other jobs.
  const c1 = process.cpuUsage();
  let mentions = 0;
  for (let round = 0; round < 3; round++) for (const d of docs) mentions += recognizeEntities(d).length;
  const used = process.cpuUsage(c1);
  const secs = (used.user + used.system) / 1e6 / 3;
  mentions /= 3;
  const tokensPerSec = tokens / secs;
  return {
    name: 'language/ner',
    metrics: { tokens_per_sec: Math.round(tokensPerSec), articles_per_sec: Math.round(docs.length / secs), model_load_ms: Math.round(loadMs) },
    report: `${tokens} tokens in ${docs.length} articles, ${mentions} mentions: ${Math.round(tokensPerSec).toLocaleString('en')} tokens/s (tokenise + split + NER, per CPU-second), ${Math.round(docs.length / secs)} articles/s; model load ${loadMs.toFixed(0)} ms`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log((await run()).report);
