// Character decoding: BOMs, UTF-16 without BOM, legacy code pages, declared charsets, damaged UTF-8.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, detectEncoding, incompleteUtf8Tail, normalizeCharset } from '../../src/ingest/decode.js';
import { readBytes, records, failures } from './helpers.js';

const SAMPLE = '“Café” is ‘here’ – déjà vu, naïve résumé.';
const latin = (s: string) => Buffer.from(s, 'latin1');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('single-record files in each encoding', () => {
  const cases: Array<{ name: string; file: string; bytes: Buffer; text: string; charset: string }> = [
    { name: 'UTF-8', file: 'a.txt', bytes: Buffer.from(SAMPLE), text: SAMPLE, charset: 'utf-8' },
    { name: 'UTF-8 with BOM', file: 'a.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), text: SAMPLE, charset: 'utf-8' },
    { name: 'UTF-16LE with BOM', file: 'a.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), text: SAMPLE, charset: 'utf-16le' },
    { name: 'UTF-16BE with BOM', file: 'a.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]), text: SAMPLE, charset: 'utf-16be' },
    { name: 'UTF-16LE without BOM', file: 'a.txt', bytes: Buffer.from(SAMPLE, 'utf16le'), text: SAMPLE, charset: 'utf-16le' },
    { name: 'UTF-16BE without BOM', file: 'a.txt', bytes: utf16be(SAMPLE), text: SAMPLE, charset: 'utf-16be' },
    {
      name: 'windows-1252 text with curly quotes and é',
      file: 'a.txt',
      bytes: latin('\x93Caf\xe9\x94 is \x91here\x92 \x96 d\xe9j\xe0 vu, na\xefve r\xe9sum\xe9.'),
      text: SAMPLE,
      charset: 'windows-1252',
    },
    {
      name: 'HTML with <meta charset="windows-1252">',
      file: 'a.html',
      bytes: latin('<!doctype html><html><head><meta charset="windows-1252"><title>T</title></head><body><p>\x93Caf\xe9\x94</p></body></html>'),
      text: '<p>“Café”</p>',
      charset: 'windows-1252',
    },
    {
      name: 'HTML with http-equiv ISO-8859-1 (read as windows-1252)',
      file: 'a.html',
      bytes: latin('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Caf\xe9 \x85</p></body></html>'),
      text: '<p>Café …</p>',
      charset: 'windows-1252',
    },
    {
      name: 'HTML declaring UTF-8 that really is UTF-8',
      file: 'a.html',
      bytes: Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Zürich – 東京</p></body></html>'),
      text: '<p>Zürich – 東京</p>',
      charset: 'utf-8',
    },
    {
      name: 'Shift_JIS HTML by <meta>',
      file: 'a.html',
      bytes: Buffer.concat([latin('<html><head><meta charset="Shift_JIS"></head><body><p>'), iconv.encode('日本語の記事', 'shift_jis'), latin('</p></body></html>')]),
      text: '<p>日本語の記事</p>',
      charset: 'shift_jis',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const items = await readBytes(c.bytes, c.file);
      assert.deepEqual(failures(items), []);
      const [rec] = records(items);
      assert.ok(rec.body.includes(c.text), `body was ${JSON.stringify(rec.body)}`);
      assert.ok(!rec.body.startsWith('\uFEFF'), 'BOM must be removed');
      assert.equal(rec.fields.charset, c.charset);
      assert.equal(rec.fields.decodeNote, undefined);
    });
  }
});

describe('decodeBytes', () => {
  it('replaces invalid bytes in mostly-UTF-8 text and notes it instead of failing', () => {
    const bytes = Buffer.concat([Buffer.from('Grüße aus Köln, schön. '), Buffer.from([0xff]), Buffer.from(' Ende')]);
    const d = decodeBytes(bytes);
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.text, 'Grüße aus Köln, schön. \uFFFD Ende');
    assert.match(d.note ?? '', /replaced/);
  });

  it('notes invalid bytes when the document declares UTF-8', () => {
    const d = decodeBytes(latin('<meta charset="utf-8"><p>caf\xe9</p>'), { markup: true });
    assert.equal(d.encoding, 'utf-8');
    assert.match(d.note ?? '', /replaced/);
  });

  it('prefers a charset stated outside the bytes (HTTP Content-Type) over <meta>', () => {
    const d = decodeBytes(latin('<meta charset="utf-8"><p>\xc1rvores</p>'), { markup: true, declared: 'iso-8859-1' });
    assert.equal(d.text, '<meta charset="utf-8"><p>Árvores</p>');
  });

  it('reads an XML declaration encoding', () => {
    const d = decodeBytes(latin('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf\xe9</title></rss>'), { markup: true });
    assert.ok(d.text.includes('<title>Café</title>'));
  });

  it('ignores a <meta> charset when not reading markup', () => {
    assert.equal(detectEncoding(Buffer.from('<meta charset="windows-1252"> plain'), {}).how, 'utf-8');
  });
});

describe('charset helpers', () => {
  it('maps labels the way browsers do', () => {
    assert.equal(normalizeCharset('ISO-8859-1'), 'windows-1252');
    assert.equal(normalizeCharset('"UTF8"'), 'utf-8');
    assert.equal(normalizeCharset('koi8-r'), 'koi8-r');
    assert.equal(normalizeCharset('no-such-charset'), null);
  });

  it('finds a cut multi-byte sequence at the end of a chunk', () => {
    const euro = Buffer.from('€'); // 3 bytes
    assert.equal(incompleteUtf8Tail(euro), 0);
    assert.equal(incompleteUtf8Tail(euro.subarray(0, 2)), 2);
    assert.equal(incompleteUtf8Tail(euro.subarray(0, 1)), 1);
    assert.equal(incompleteUtf8Tail(Buffer.from('abc')), 0);
  });
});

describe('streamed containers are decoded too', () => {
  it('reads a windows-1252 CSV (an Excel export)', async () => {
    const csv = latin('title,text\nCaf\xe9 opens,\x93Quoted\x94 text about the caf\xe9 and its cr\xe8me br\xfbl\xe9e\n');
    const [rec] = records(await readBytes(csv, 'export.csv'));
    assert.equal(rec.fields.title, 'Café opens');
    assert.equal(rec.body, '“Quoted” text about the café and its crème brûlée');
    assert.equal(rec.fields.charset, 'windows-1252');
  });

  it('reads a UTF-16LE JSONL file with BOM', async () => {
    const text = '{"title":"Zürich","text":"Grüezi"}\n{"title":"Genève","text":"Bonjour"}\n';
    const items = await readBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a.jsonl');
    assert.deepEqual(records(items).map((r) => r.fields.title), ['Zürich', 'Genève']);
  });

  it('decodes a multi-byte character split across read chunks', async () => {
    // Padding puts the two bytes of "é" on either side of the 64 KiB chunk boundary of readBuffer.
    const prefix = Buffer.byteLength(JSON.stringify({ title: 'é', text: '' })) - 2; // up to the opening quote of text
    const line = JSON.stringify({ title: 'é', text: `${'a'.repeat(65535 - prefix)}é${'b'.repeat(4000)}` });
    assert.equal(Buffer.from(line).indexOf(Buffer.from('é'), 20), 65535);
    const [rec] = records(await readBytes(`${line}\n${line}\n`, 'big.jsonl'));
    assert.ok(rec.body.includes('aé'));
    assert.ok(!rec.body.includes('\uFFFD'));
    assert.equal(rec.fields.decodeNote, undefined);
  });
});
