// Text, Markdown and HTML files: the whole decoded file is one record (read whole, under the size cap).
import { decodeBytes } from '../decode.js';
import { FormatError, recordItem, type ReaderContext, type RecordItem } from './context.js';

export function readWholeFile(ctx: ReaderContext, bytes: Buffer, format: 'text' | 'markdown' | 'html'): RecordItem {
  const decoded = decodeBytes(bytes, { markup: format === 'html' });
  if (!decoded.text.trim()) throw new FormatError('empty file (only whitespace)');
  return recordItem(ctx, {
    format,
    bodyType: format === 'html' ? 'html' : 'text',
    body: decoded.text,
    externalId: null,
    fields: { charset: decoded.encoding, ...(decoded.note ? { decodeNote: decoded.note } : {}) },
    recordIndex: 0,
  });
}
