// Turns one parsed JSON value (a JSONL line, a JSON array element, a CSV row) into a record or a failure.
import type { InputFormat } from '../../model/input.js';
import { mapRecord } from '../record-fields.js';
import { decodeFields, failureItem, recordItem, type ReaderContext, type RecordItem, type TextInput } from './context.js';

export function objectRecord(
  ctx: ReaderContext,
  input: TextInput,
  format: InputFormat,
  value: unknown,
  index: number,
  line?: number,
): RecordItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failureItem(ctx.source, `record ${index + 1} is not an object (${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`, line);
  }
  const mapped = mapRecord(value as Record<string, unknown>);
  if (!mapped) return failureItem(ctx.source, `record ${index + 1} has no title and no text`, line);
  return recordItem(ctx, {
    format,
    bodyType: mapped.bodyType,
    body: mapped.body,
    externalId: mapped.externalId,
    fields: { ...mapped.fields, ...decodeFields(input.decoder) },
    recordIndex: index,
  });
}

/** Error messages of parsers can quote whole lines: keep them to one readable sentence. */
export function shortError(e: unknown, max = 160): string {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return msg.length > max ? `${msg.slice(0, max)}…` : msg;
}
