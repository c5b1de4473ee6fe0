// The input record of a stored article, rebuilt from its raw input and record fields, so that
// extraction can run again. The article id is a hash of the record (extract/index.ts): a rebuilt
// record is used only when it hashes to the stored id, i.e. when it is exactly the original.
import { articleId } from '../extract/index.js';
import type { InputFormat, InputRecord, RecordFields } from '../model/input.js';
import type { StoredArticle } from '../store/repository.js';

/**
 * Articles stored before record fields were kept: a plain file's only fields are the charset it
 * was decoded with, so these candidates recover most of them; the id check rejects wrong guesses.
 */
const LEGACY_FIELDS: readonly RecordFields[] = [
  { charset: 'utf-8' }, {}, { charset: 'windows-1252' }, { charset: 'utf-16le' }, { charset: 'utf-16be' }, { charset: 'iso-8859-1' },
];

export function rebuildRecord(a: StoredArticle): InputRecord | null {
  const base = { source: a.source, externalId: a.externalId, bodyType: a.bodyType, body: a.raw, recordIndex: a.recordIndex, fileSha256: a.inputSha256 };
  const candidates: { format: InputFormat; fields: RecordFields }[] = a.input
    ? [a.input]
    : LEGACY_FIELDS.map((fields) => ({ format: a.bodyType === 'html' ? 'html' : 'text', fields }));
  for (const c of candidates) {
    const record: InputRecord = { ...base, format: c.format, fields: c.fields };
    if (articleId(record) === a.id) return record;
  }
  return null;
}
