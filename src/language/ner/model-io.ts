// The shipped model file: a gzip of [JSON header line][bucket ids (Uint32)][row scales (Float32)]
// [weights (Int8, NT per row)]. Rows whose weights are all tiny are pruned; each row is quantised
// to int8 with its own scale, which keeps the file a few MB and costs no measurable accuracy.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../util/paths.js';
import { NT, TAGS } from './tags.js';
import { SparseWeights } from './weights.js';

export const DEFAULT_MODEL_PATH = dataPath('models', 'ner-en.bin.gz');
const FORMAT = 'parallax-ner/1';

export interface ModelHeader {
  format: string;
  bits: number;
  rows: number;
  tags: readonly string[];
  /** Free-form training facts (epochs, dev F1, feature count). */
  training: Record<string, number | string>;
}

/** Prunes and quantises dense averaged weights and writes the model; returns the header. */
export function saveModel(path: string, bits: number, dense: Float32Array, minWeight: number, training: ModelHeader['training']): ModelHeader {
  const buckets: number[] = [];
  for (let b = 0; b < 1 << bits; b++) {
    let max = 0;
    for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(dense[b * NT + t]));
    if (max >= minWeight) buckets.push(b);
  }
  const ids = Uint32Array.from(buckets);
  const scales = new Float32Array(ids.length);
  const q = new Int8Array(ids.length * NT);
  ids.forEach((b, r) => {
    let max = 0;
    for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(dense[b * NT + t]));
    scales[r] = max / 127;
    for (let t = 0; t < NT; t++) q[r * NT + t] = Math.round(dense[b * NT + t] / scales[r]);
  });
  const header: ModelHeader = { format: FORMAT, bits, rows: ids.length, tags: TAGS, training };
  const head = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 0x20);
  const body = Buffer.concat([head, pad, Buffer.from(ids.buffer), Buffer.from(scales.buffer), Buffer.from(q.buffer)]);
  writeFileSync(path, gzipSync(body, { level: 9 }));
  return header;
}

/** Reads a model written by saveModel. */
export function loadModel(path: string = DEFAULT_MODEL_PATH): { weights: SparseWeights; header: ModelHeader } {
  const buf = gunzipSync(readFileSync(path));
  const nl = buf.indexOf(0x0a);
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as ModelHeader;
  if (header.format !== FORMAT || header.tags.join() !== TAGS.join()) throw new Error(`unsupported NER model format in ${path}`);
  let at = Math.ceil((nl + 1) / 4) * 4;
  const n = header.rows;
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).slice(at); // aligned copy
  at = 0;
  const ids = new Uint32Array(bytes.buffer, at, n);
  const scales = new Float32Array(bytes.buffer, at + 4 * n, n);
  const q = new Int8Array(bytes.buffer, at + 8 * n, n * NT);
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  const rows = new Float32Array(n * NT);
  for (let r = 0; r < n; r++) {
    rowOf[ids[r]] = r;
    for (let t = 0; t < NT; t++) rows[r * NT + t] = q[r * NT + t] * scales[r];
  }
  return { weights: new SparseWeights(header.bits, rowOf, rows), header };
}
