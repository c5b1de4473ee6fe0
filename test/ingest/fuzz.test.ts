// Fuzzing readBuffer: random bytes and truncated / bit-flipped / spliced valid inputs of every
// format must finish, never throw, and yield only records and failures (then at most one file-done).
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { ReadItem } from '../../src/model/input.js';
import { readBuffer } from '../../src/ingest/index.js';

const JSONL = '{"title":"A","text":"a","id":1}\n{"headline":"B","content":"<p>b</p>","authors":["X","Y"]}\n{"title":"C"}\n';
const JSON_DOC = JSON.stringify({ status: 'ok', articles: [{ title: 'A', description: 'a', source: { name: 'S' } }, { title: 'B', body: 'b' }] });
const CSV = 'title,text,url,date\nA,"quoted, text",http://a,2024-01-01\nB,"multi\nline",http://b,2024-01-02\n';
const RSS = '<?xml version="1.0"?><rss><channel><title>O</title><item><title>A &amp; B</title><link>http://a</link><description><![CDATA[<p>x</p>]]></description></item><item><title>C</title></item></channel></rss>';
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><link href="http://e"/><content type="xhtml"><div><p>t</p></div></content></entry></feed>';
const HTML = '<!doctype html><html><head><meta charset="windows-1252"><title>T</title></head><body><p>\x93Caf\xe9\x94</p></body></html>';

async function* one(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function warc(): Promise<Buffer> {
  const recs = [
    WARCRecord.createWARCInfo({ filename: 'f.warc' }, { software: 'fuzz' }),
    WARCRecord.create({ url: 'http://w/1', type: 'response', httpHeaders: { 'Content-Type': 'text/html' } }, one(Buffer.from('<p>page one</p>'))),
    WARCRecord.create({ url: 'http://w/2', type: 'response', httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' } }, one(gzipSync('<p>two</p>'))),
  ];
  return Buffer.concat(await Promise.all(recs.map((r) => WARCSerializer.serialize(r))));
}

type Mutation = { op: 'flip' | 'truncate' | 'insert' | 'delete' | 'splice'; pos: number; byte: number };

function mutate(seed: Buffer, muts: Mutation[], other: Buffer): Buffer {
  let b = Buffer.from(seed);
  for (const m of muts) {
    const at = b.length ? m.pos % b.length : 0;
    if (m.op === 'flip' && b.length) b[at] ^= 1 << (m.byte % 8);
    else if (m.op === 'truncate') b = b.subarray(0, at);
    else if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from([m.byte]), b.subarray(at)]);
    else if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + (m.byte % 16))]);
    else b = Buffer.concat([b.subarray(0, at), other.subarray(m.byte % Math.max(1, other.length))]);
  }
  return b;
}

const NAMES = ['x', 'a.jsonl', 'a.json', 'a.csv', 'a.tsv', 'a.rss', 'a.xml', 'a.warc', 'a.warc.gz', 'a.gz', 'a.html', 'a.md', 'a.txt'];
const HANG_MS = 10_000; // a hang detector only: each case takes milliseconds

async function runCase(bytes: Buffer, name: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  let timer: NodeJS.Timeout | undefined;
  const work = (async () => {
    for await (const item of readBuffer(bytes, name, { maxFileBytes: 1 << 20 })) items.push(item);
  })();
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`readBuffer did not finish on ${name} (${bytes.length} bytes)`)), HANG_MS);
  });
  try {
    await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
  return items;
}

function checkItems(items: ReadItem[]): void {
  assert.ok(items.length > 0, 'at least one item');
  items.forEach((item, i) => {
    assert.ok(['record', 'failure', 'file-done'].includes(item.kind), `unexpected ${item.kind}`);
    if (item.kind === 'file-done') assert.equal(i, items.length - 1, 'file-done comes last');
    if (item.kind === 'record') {
      assert.equal(typeof item.record.body, 'string');
      assert.ok(item.record.bodyType === 'html' || item.record.bodyType === 'text');
    }
    if (item.kind === 'failure') assert.ok(item.failure.message.length > 0);
  });
  const done = items.filter((i) => i.kind === 'file-done').length;
  const failed = items.at(-1)?.kind === 'failure';
  assert.ok(done === 1 || (done === 0 && failed), 'ends with file-done or a failure');
}

describe('fuzz readBuffer', () => {
  let cases = 0;
  let seeds: Buffer[] = [];
  const warn = console.warn;
  before(async () => {
    console.warn = () => {}; // warcio warns about damaged records on the console; the failures say it already
    const plain: Buffer[] = [...[JSONL, JSON_DOC, CSV, RSS, ATOM].map((s) => Buffer.from(s)), Buffer.from(HTML, 'latin1'), await warc()];
    seeds = [...plain, ...plain.map((b) => gzipSync(b)), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSONL, 'utf16le')])];
  });
  after(() => {
    console.warn = warn;
    console.log(`fuzz: ${cases} cases through readBuffer`);
  });

  it('survives random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        cases++;
        checkItems(await runCase(Buffer.from(bytes), name));
      }),
      { numRuns: 1000 },
    );
  });

  it('survives truncated, bit-flipped and spliced valid inputs', async () => {
    const mutation = fc.record({
      op: fc.constantFrom<Mutation['op']>('flip', 'truncate', 'insert', 'delete', 'splice'),
      pos: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom(...NAMES), async (s, o, muts, name) => {
        cases++;
        checkItems(await runCase(mutate(seeds[s % seeds.length], muts, seeds[o % seeds.length]), name));
      }),
      { numRuns: 2500 },
    );
  });

  it('reads every unmutated seed without failures', async () => {
    for (const seed of seeds) {
      cases++;
      const items = await runCase(seed, 'seed');
      checkItems(items);
      assert.ok(items.some((i) => i.kind === 'record'), 'a valid seed gives records');
      assert.deepEqual(items.filter((i) => i.kind === 'failure'), []);
    }
  });
});
