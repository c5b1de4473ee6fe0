// Feeds (RSS 2.0, Atom, RDF) including hostile XML, and WARC / WARC.gz archives.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import { failures, kinds, readBytes, records } from './helpers.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>http://hg.example/</link><language>en-gb</language>
<item><title>Ferry &amp; port news</title><link>http://hg.example/1</link><guid isPermaLink="false">hg-1</guid>
<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><dc:creator>Ann Smith and Bo Jones</dc:creator>
<description>&lt;p&gt;Short summary&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The full <b>story</b> &amp; more.</p>]]></content:encoded></item>
<item><title>Plain item</title><guid>http://hg.example/2</guid><description>Just text here.</description><author>ed@hg.example (Ed Ito)</author></item>
<item><link>http://hg.example/3</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Quotidien</title>
<entry><title type="text">Entrée</title><link rel="self" href="http://q/self"/><link rel="alternate" href="http://q/1"/><id>urn:q:1</id>
<published>2024-02-01T08:00:00Z</published><updated>2024-02-02T08:00:00Z</updated><author><name>Claire Dupont</name><email>c@q</email></author>
<summary>Résumé</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Texte &amp; suite &lt;3</p></div></content></entry>
<entry><title>Two</title><link href="http://q/2"/><id>urn:q:2</id><updated>2024-02-03</updated><content type="html">&lt;p&gt;Escaped HTML&lt;/p&gt;</content></entry>
</feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://r/"><title>RDF Times</title></channel>
<item rdf:about="http://r/1"><title>R1</title><link>http://r/1</link><description>First</description><dc:date>2024-01-01</dc:date><dc:creator>Rae</dc:creator></item>
</rdf:RDF>`;

describe('feeds', () => {
  it('reads RSS 2.0 items', async () => {
    const items = await readBytes(RSS, 'gazette.rss');
    const [a, b] = records(items);
    assert.equal(a.format, 'rss');
    assert.equal(a.fields.title, 'Ferry & port news');
    assert.equal(a.fields.url, 'http://hg.example/1');
    assert.equal(a.externalId, 'hg-1');
    assert.equal(a.fields.published, 'Tue, 05 Mar 2024 09:30:00 +0000');
    assert.deepEqual(a.fields.authors, ['Ann Smith', 'Bo Jones']);
    assert.equal(a.fields.outlet, 'Harbour Gazette');
    assert.equal(a.fields.language, 'en-gb');
    assert.equal(a.body, '<p>The full <b>story</b> &amp; more.</p>');
    assert.equal(a.bodyType, 'html');
    assert.equal(b.body, 'Just text here.');
    assert.equal(b.bodyType, 'text');
    assert.equal(b.fields.url, 'http://hg.example/2', 'a URL guid stands in for a missing link');
    assert.deepEqual(b.fields.authors, ['Ed Ito']);
    assert.deepEqual(failures(items), ['gazette.rss: item 3 has no title and no text']);
    assert.equal(items.at(-1)?.kind, 'file-done');
  });

  it('reads Atom entries, keeping xhtml content as escaped markup', async () => {
    const [a, b] = records(await readBytes(ATOM, 'feed.xml'));
    assert.equal(a.format, 'atom');
    assert.equal(a.fields.url, 'http://q/1');
    assert.equal(a.externalId, 'urn:q:1');
    assert.equal(a.fields.published, '2024-02-01T08:00:00Z');
    assert.deepEqual(a.fields.authors, ['Claire Dupont']);
    assert.equal(a.fields.language, 'fr');
    assert.equal(a.fields.outlet, 'Le Quotidien');
    assert.equal(a.body, '<div xmlns="http://www.w3.org/1999/xhtml"><p>Texte &amp; suite &lt;3</p></div>');
    assert.equal(b.body, '<p>Escaped HTML</p>');
    assert.equal(b.fields.published, '2024-02-03');
    assert.equal(b.fields.url, 'http://q/2');
  });

  it('reads RSS 1.0 (RDF) and feed.gz', async () => {
    const [r] = records(await readBytes(gzipSync(RDF), 'rdf.gz'));
    assert.equal(r.fields.title, 'R1');
    assert.equal(r.fields.outlet, 'RDF Times');
    assert.equal(r.fields.published, '2024-01-01');
    assert.deepEqual(r.fields.authors, ['Rae']);
  });

  it('keeps entity-expansion bombs inert', async () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('\n')}]><rss><channel><item><title>Bomb &lol9;</title><description>x &lol9; y</description></item></channel></rss>`;
    const items = await readBytes(xml, 'bomb.xml');
    const [rec] = records(items);
    assert.equal(rec.fields.title, 'Bomb &lol9;');
    assert.ok(rec.body.length < 100, 'nothing was expanded');
    assert.ok(!rec.body.includes('lollol'));
  });

  it('never resolves external entities (XXE)', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>T &xxe;</title><description>&xxe;</description></item></channel></rss>';
    const [rec] = records(await readBytes(xml, 'xxe.rss'));
    assert.equal(rec.fields.title, 'T &xxe;');
    assert.equal(rec.body, '&xxe;');
    assert.ok(!JSON.stringify(rec).includes('root:'));
  });

  it('reads the items of malformed XML it can, and fails a feed with none', async () => {
    const broken = '<rss><channel><item><title>Good</title><description>ok</description></item><item><title>Unclosed <b>bold</title><description>d';
    const items = await readBytes(broken, 'broken.rss');
    assert.equal(records(items)[0].fields.title, 'Good');
    const empty = await readBytes('<rss><channel><title>Nothing</title></channel></rss>', 'empty.rss');
    assert.deepEqual(kinds(empty), ['failure']);
    assert.match(failures(empty)[0], /feed has no items/);
    const deep = await readBytes(`<rss>${'<a>'.repeat(50000)}</rss>`, 'deep.rss');
    assert.match(failures(deep)[0], /feed has no items/);
  });
});

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function buildWarc(): Promise<Uint8Array[]> {
  const enc = new TextEncoder();
  const recs = [
    WARCRecord.createWARCInfo({ filename: 'test.warc' }, { software: 'parallax-test' }),
    WARCRecord.create({ url: 'http://w/1', type: 'request', httpHeaders: { Host: 'w' } }, once(new Uint8Array())),
    WARCRecord.create(
      { url: 'http://w/1', type: 'response', date: '2024-03-01T12:00:00Z', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } },
      once(Buffer.from('<html><body><p>\x93Caf\xe9\x94</p></body></html>', 'latin1')),
    ),
    WARCRecord.create({ url: 'http://w/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, once(enc.encode('PNG'))),
    WARCRecord.create({ url: 'http://w/moved', type: 'response', statusline: 'HTTP/1.1 301 Moved', httpHeaders: { 'Content-Type': 'text/html', Location: '/' } }, once(enc.encode('<p>moved</p>'))),
    WARCRecord.create(
      { url: 'http://w/gz', type: 'response', httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' } },
      once(gzipSync('<p>gzip coded</p>')),
    ),
    WARCRecord.create(
      { url: 'http://w/chunked', type: 'response', httpHeaders: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' } },
      once(enc.encode('5\r\n<p>ch\r\n7\r\nunked</\r\n2\r\np>\r\n0\r\n\r\n')),
    ),
    WARCRecord.create({ url: 'http://w/meta', type: 'metadata', warcHeaders: { 'Content-Type': 'text/html' } }, once(enc.encode('<p>metadata</p>'))),
    WARCRecord.create({ url: 'http://w/res', type: 'resource', warcHeaders: { 'Content-Type': 'text/html' } }, once(enc.encode('<p>resource</p>'))),
  ];
  const out: Uint8Array[] = [];
  for (const r of recs) out.push(await WARCSerializer.serialize(r));
  return out;
}

describe('WARC', () => {
  const expectBodies = ['<html><body><p>“Café”</p></body></html>', '<p>gzip coded</p>', '<p>chunked</p>', '<p>resource</p>'];

  it('reads HTML responses and resources, skipping everything else', async () => {
    const items = await readBytes(Buffer.concat(await buildWarc()), 'crawl.warc');
    const recs = records(items);
    assert.deepEqual(recs.map((r) => r.body), expectBodies);
    assert.ok(recs.every((r) => r.format === 'warc' && r.bodyType === 'html'));
    assert.equal(recs[0].fields.url, 'http://w/1');
    assert.equal(recs[0].fields.crawled, '2024-03-01T12:00:00Z');
    assert.equal(recs[0].fields.published, undefined, 'the crawl date is not the publication date');
    assert.match(recs[0].externalId ?? '', /^<urn:uuid:/);
    assert.deepEqual(failures(items), []);
  });

  it('reads WARC.gz (one gzip member per record) and keeps records before a truncation', async () => {
    const members = (await buildWarc()).map((r) => gzipSync(r));
    const whole = Buffer.concat(members);
    assert.deepEqual(records(await readBytes(whole, 'crawl.warc.gz')).map((r) => r.body), expectBodies);
    const cut = await readBytes(whole.subarray(0, whole.length - members.at(-1)!.length / 2), 'cut.warc.gz');
    assert.deepEqual(records(cut).map((r) => r.body), expectBodies.slice(0, 3));
    assert.match(failures(cut)[0], /^cut\.warc\.gz: truncated or corrupt gzip: /);
  });
});
