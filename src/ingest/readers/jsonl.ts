// JSON Lines: one object per line, parsed as lines arrive; a broken line is a failure naming its
// line number and the rest of the file goes on.
import { TooLargeError } from '../bytes.js';
import { failureItem, type ReaderContext, type RecordItem, type TextInput } from './context.js';
import { objectRecord, shortError } from './object-record.js';

export async function* readJsonl(ctx: ReaderContext, input: TextInput): AsyncGenerator<RecordItem> {
  let carry = '';
  let lineNo = 0;
  let index = 0;
  const handle = (line: string): RecordItem | null => {
    lineNo++;
    if (!line.trim()) return null;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      return indexed(failureItem(ctx.source, `invalid JSON (${shortError(e)})`, lineNo));
    }
    return indexed(objectRecord(ctx, input, 'jsonl', value, index, lineNo));
  };
  const indexed = (item: RecordItem): RecordItem => {
    index++;
    return item;
  };
  for await (const chunk of input.chunks) {
    carry += chunk;
    let start = 0;
    for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', start)) {
      const item = handle(carry.slice(start, nl));
      start = nl + 1;
      if (item) yield item;
    }
    carry = carry.slice(start);
    if (carry.length > ctx.maxFileBytes) throw new TooLargeError(`line ${lineNo + 1} is longer than the maxFileBytes limit`);
  }
  const last = handle(carry);
  if (last) yield last;
}
