// JSON documents, streamed with stream-json: one article object, an array of them, or an array under
// a key such as `articles`, `data.items` or `response.docs`. Array elements are assembled and
// emitted one at a time, so a big export never sits in memory whole. Concatenated top-level
// values (a JSONL file without the extension) are read one after another.
import Assembler from 'stream-json/assembler.js';
import { jsonParser, type Token } from 'stream-json/parser.js';
import { JSON_ARRAY_KEYS, JSON_WRAPPER_KEYS, foldFieldName } from '../field-names.js';
import { JSON_SLICE_CHARS, JSON_WRAPPER_DEPTH } from '../limits.js';
import { mapRecord } from '../record-fields.js';
import { FormatError, failureItem, type ReaderContext, type RecordItem, type TextInput } from './context.js';
import { objectRecord, shortError } from './object-record.js';


/** An object we walk through (the root or a wrapper such as `response`): its other properties are kept. */
interface ObjectFrame {
  kind: 'object';
  props: Record<string, unknown>;
  key: string | null;
}
/** An array whose elements are the articles. */
interface RecordsFrame {
  kind: 'records';
}
type Frame = ObjectFrame | RecordsFrame;

const NO_ARTICLES =
  'no articles found (expected an article object, an array of them, or an array under articles/data/items/results/records/docs)';

function scalar(tok: Token): unknown {
  switch (tok.name) {
    case 'stringValue':
      return tok.value;
    case 'numberValue':
      return Number(tok.value);
    case 'trueValue':
      return true;
    case 'falseValue':
      return false;
    default:
      return null;
  }
}

const isStart = (name: string) => name === 'startObject' || name === 'startArray';
const isEnd = (name: string) => name === 'endObject' || name === 'endArray';

/** Walks the token stream of one file; `emit` receives each element value (or failure) in order. */
class JsonWalker {
  private stack: Frame[] = [];
  private containers: ObjectFrame[] = [];
  private foundArray = false;
  private asm: Assembler | null = null;
  private asmInto: ObjectFrame | null = null; // null: the value is an article
  private asmKey = '';
  private skip = 0;
  readonly out: Array<{ value: unknown } | { message: string }> = [];

  get open(): boolean {
    return this.stack.length > 0 || this.asm !== null || this.skip > 0;
  }

  consume(tok: Token): void {
    if (this.skip > 0) {
      if (isStart(tok.name)) this.skip++;
      else if (isEnd(tok.name)) this.skip--;
    } else if (this.asm) {
      this.asm.consume(tok);
      if (this.asm.done) this.assembled(this.asm.current);
    } else {
      const top = this.stack.at(-1);
      if (!top) this.startRoot(tok);
      else if (top.kind === 'records') this.inRecords(tok);
      else this.inObject(top, tok);
    }
  }

  private assemble(tok: Token, into: ObjectFrame | null, key = ''): void {
    this.asm = new Assembler();
    this.asmInto = into;
    this.asmKey = key;
    this.asm.consume(tok);
  }

  private assembled(value: unknown): void {
    this.asm = null;
    if (this.asmInto) this.asmInto.props[this.asmKey] = value;
    else this.out.push({ value });
  }

  private startRoot(tok: Token): void {
    this.containers = [];
    this.foundArray = false;
    if (tok.name === 'startObject') this.pushObject();
    else if (tok.name === 'startArray') {
      this.stack.push({ kind: 'records' });
      this.foundArray = true;
    } else this.out.push({ message: `top-level JSON value is a ${tok.name.replace('Value', '')}, not an object or array` });
  }

  private pushObject(): ObjectFrame {
    const frame: ObjectFrame = { kind: 'object', props: {}, key: null };
    this.stack.push(frame);
    this.containers.push(frame);
    return frame;
  }

  private inRecords(tok: Token): void {
    if (tok.name === 'endArray') this.pop();
    else if (tok.name === 'startObject') this.assemble(tok, null);
    else if (tok.name === 'startArray') this.assemble(tok, null); // reported as "not an object" once assembled
    else this.out.push({ value: scalar(tok) });
  }

  private inObject(top: ObjectFrame, tok: Token): void {
    if (tok.name === 'keyValue') {
      top.key = String(tok.value);
      return;
    }
    if (tok.name === 'endObject') {
      this.pop();
      return;
    }
    const key = foldFieldName(top.key ?? '');
    if (tok.name === 'startArray' && JSON_ARRAY_KEYS.has(key)) {
      this.stack.push({ kind: 'records' });
      this.foundArray = true;
    } else if (tok.name === 'startObject' && JSON_WRAPPER_KEYS.has(key) && this.stack.length < JSON_WRAPPER_DEPTH) {
      this.pushObject();
    } else if (isStart(tok.name)) {
      this.assemble(tok, top, top.key ?? '');
    } else {
      top.props[top.key ?? ''] = scalar(tok);
    }
  }

  private pop(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.endRoot();
  }

  /** An object root with no article array: the root (or a wrapper) is the article, or an array in it holds them. */
  private endRoot(): void {
    if (this.foundArray) return;
    const article = this.containers.find((c) => mapRecord(c.props));
    if (article) {
      this.out.push({ value: article.props });
      return;
    }
    for (const c of this.containers) {
      const arrays = Object.values(c.props).filter((v) => Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null && !Array.isArray(x)));
      if (arrays.length) {
        for (const v of arrays[0] as unknown[]) this.out.push({ value: v });
        return;
      }
    }
    this.out.push({ message: this.containers.length === 1 && Object.keys(this.containers[0].props).length ? 'record 1 has no title and no text' : NO_ARTICLES });
  }
}

const CLOSER_RE = /[}\]]/;

/** Slices of at most JSON_SLICE_CHARS that also end after every `}` and `]`, so an object is complete before the next slice. */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const seg = text.slice(start, start + JSON_SLICE_CHARS);
    const closer = CLOSER_RE.exec(seg);
    const piece = closer ? seg.slice(0, closer.index + 1) : seg;
    yield piece;
    start += piece.length;
  }
}

/**
 * stream-json's bare tokenizer, driven directly: fed small slices so that a syntax error loses
 * only the tokens of its own slice (the Duplex form drops a whole chunk's tokens on error).
 * `Symbol.for('object-stream.none')` is stream-chain's shared end-of-input marker.
 */
function tokenizer(): { write(text: string): Token[]; end(): Token[] } {
  const fn = jsonParser({ streamValues: false, jsonStreaming: true }) as unknown as (input: unknown) => unknown;
  const values = (out: unknown): Token[] => ((out as { values?: Token[] } | null)?.values ?? []);
  return { write: (text) => values(fn(text)), end: () => values(fn(Symbol.for('object-stream.none'))) };
}

export async function* readJson(ctx: ReaderContext, input: TextInput): AsyncGenerator<RecordItem> {
  const tokens = tokenizer();
  const walker = new JsonWalker();
  let index = 0;
  let values = 0;
  const drain = function* (): Generator<RecordItem> {
    for (const item of walker.out.splice(0)) {
      values++;
      if ('message' in item) yield failureItem(ctx.source, item.message);
      else yield objectRecord(ctx, input, 'json', item.value, index++);
    }
  };
  const feed = function* (toks: Token[]): Generator<RecordItem> {
    for (const tok of toks) {
      walker.consume(tok);
      if (walker.out.length) yield* drain();
    }
  };
  try {
    for await (const chunk of input.chunks) {
      for (const slice of slices(chunk)) yield* feed(tokens.write(slice));
    }
    yield* feed(tokens.end());
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('Parser')) throw new FormatError(`invalid JSON (${shortError(e)})`);
    throw e;
  }
  if (walker.open) throw new FormatError('invalid JSON (the document ends early)');
  if (values === 0) throw new FormatError('invalid JSON (no value)');
}
