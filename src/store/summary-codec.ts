// Provenance summaries as stored rows: scalar fields as JSON, the typed arrays as raw bytes.
import type { ArticleSummary, ProvenanceInput } from '../provenance/types.js';
import type { ExtractedArticle } from '../model/article.js';

type SummaryScalars = Omit<ArticleSummary, 'id' | 'signature' | 'keys' | 'paragraphs'>;

export interface SummaryRow {
  article_id: string;
  text_hash: string;
  scalars: string;
  signature: Buffer | null;
  keys: Buffer;
  paragraphs: Buffer;
}

const toBytes = (a: ArrayBufferView | null): Buffer | null => (a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : null);
// Copy into fresh, aligned buffers: stored bytes may not be aligned for typed-array views.
const toU32 = (b: Buffer): Uint32Array => new Uint32Array(Uint8Array.from(b).buffer);
const toF64 = (b: Buffer): Float64Array => new Float64Array(Uint8Array.from(b).buffer);

export function encodeSummary(s: ArticleSummary): SummaryRow {
  const { id, signature, keys, paragraphs, ...scalars } = s;
  return { article_id: id, text_hash: s.textHash, scalars: JSON.stringify(scalars), signature: toBytes(signature), keys: toBytes(keys)!, paragraphs: toBytes(paragraphs)! };
}

/** Keys of a summary read without them (see decodeSummary). */
const NO_KEYS = new Float64Array(0);

/**
 * A stored summary; a row read without its keys gets none. Provenance looks up the LSH keys of the
 * articles it adds, from their fresh summaries, and never those of a stored summary (it looks up the
 * key rows), so its reads leave the keys out: at 20k a step reads ~17k stored summaries, and their
 * keys were ~750 bytes each of buffers no one read.
 */
export function decodeSummary(row: Omit<SummaryRow, 'keys'> & { keys?: Buffer }): ArticleSummary {
  const scalars = JSON.parse(row.scalars) as SummaryScalars;
  return { id: row.article_id, ...scalars, signature: row.signature ? toU32(row.signature) : null, keys: row.keys ? toF64(row.keys) : NO_KEYS, paragraphs: toU32(row.paragraphs) };
}

/** The fields provenance reads of a stored article (its JSON document). */
export function provenanceInput(data: string): ProvenanceInput {
  const a = JSON.parse(data) as ExtractedArticle;
  return { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet, dateline: a.dateline, original: a.original, flags: a.flags };
}
