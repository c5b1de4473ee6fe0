import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleId, extractArticle } from '../../src/extract/index.js';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';
import { ExtractedArticle } from '../../src/model/article.js';
import type { InputRecord } from '../../src/model/input.js';
import { FOOTER_BLOCKS, HTML_PAGE, OWN_OUTLET, REPUBLISHED_MARKDOWN } from './fixtures.js';

const ctx = {
  outlets: new OutletRegistry([
    { name: 'Associated Press', domains: ['apnews.com'], aliases: ['AP'], country: 'US', groups: ['wire'] },
    { name: 'Northern Lantern Review', domains: ['lanternreview.org'], aliases: ['Northern Lantern'], country: null, groups: [] },
    { name: 'Lantern Repost', domains: ['lanternrepost.net'], aliases: [], country: null, groups: ['aggregator'] },
  ]),
};

function record(body: string, over: Partial<InputRecord> = {}): InputRecord {
  return { source: 'in/a.txt', externalId: null, format: 'text', bodyType: 'text', body, fields: {}, recordIndex: 0, fileSha256: '', ...over };
}

const flagNames = (a: ExtractedArticle) => a.flags.map((f) => f.flag);

describe('extractArticle on plain text', () => {
  const a = extractArticle(record(REPUBLISHED_MARKDOWN), ctx);
  it('matches the schema', () => assert.doesNotThrow(() => ExtractedArticle.parse(a)));
  it('host from the masthead domain, original from the credit line', () => {
    assert.deepEqual(a.outlet, { name: 'Lantern Repost', domain: 'lanternrepost.net' });
    assert.deepEqual(a.original, { outlet: 'Northern Lantern Review', published: '2021-06-13', evidence: 'Northern Lantern 13.06.2021', article_id: null });
  });
  it('metadata, language and raw segments', () => {
    assert.equal(a.title, 'Harbour workers in Valdoria vote to extend the strike');
    assert.deepEqual(a.authors, ['Hana Kowalczyk']);
    assert.equal(a.published, '2021-06-14');
    assert.equal(a.published_estimated, false);
    assert.equal(a.language, 'en');
    assert.ok(a.segments.some((s) => s.language === 'ru'));
    assert.ok(!flagNames(a).includes('mixed_languages'));
  });
  it('an outlet crediting itself is no copy', () => {
    const own = extractArticle(record(OWN_OUTLET), ctx);
    assert.equal(own.outlet?.name, 'Northern Lantern Review');
    assert.equal(own.original, null);
  });
  it('"Source link" gives an original without outlet, and the about line names the host', () => {
    const b = extractArticle(record(FOOTER_BLOCKS), ctx);
    assert.deepEqual(b.original, { outlet: null, published: null, evidence: 'Source link', article_id: null });
    assert.deepEqual(b.outlet, { name: 'Prairie Bugle', domain: null });
    assert.deepEqual(flagNames(b).sort(), ['no_byline', 'no_date']);
  });
});

describe('extractArticle on HTML', () => {
  const a = extractArticle(record(HTML_PAGE, { bodyType: 'html', format: 'html', fields: { url: 'https://www.prairiebugle.example/2023/flood' } }), ctx);
  it('takes metadata from the page', () => {
    assert.equal(a.title, 'Valley council approves flood barrier');
    assert.deepEqual(a.authors, ['Maria Jensen']);
    assert.equal(a.published, '2023-05-02T08:00:00Z');
    assert.deepEqual(a.outlet, { name: 'Prairie Bugle', domain: 'prairiebugle.example' });
  });
  it('cleans captions and pleas that survived HTML extraction', () => {
    assert.ok(!a.text.includes('Lena Ortiz') && !a.text.includes('donation'));
    assert.ok(a.removed.some((r) => r.reason === 'caption' && r.text.includes('(Lena Ortiz/Pool/AFP)')));
    assert.ok(a.removed.some((r) => r.reason === 'donation'));
    assert.ok(a.text.startsWith('The Valley council on Thursday'));
    assert.equal(a.text.split('\n\n').length, 3);
  });
  it('removed spans found in the markup carry their offsets', () => {
    const html = record(HTML_PAGE, { bodyType: 'html' }).body;
    for (const r of a.removed) if (r.start !== undefined) assert.equal(html.slice(r.start, r.end), r.text);
    assert.ok(a.removed.some((r) => r.start !== undefined));
  });
});

describe('extractArticle with record fields', () => {
  const body = 'The harbour authority said on Monday that it would reopen the northern pier for fishing boats next week after repairs.';
  const a = extractArticle(record(body, {
    format: 'json', externalId: 'item-7',
    fields: { title: 'Northern pier to reopen', url: 'https://apnews.com/article/pier', published: '2023-06-05', authors: ['Sam Okafor'], outlet: 'AP', language: 'en' },
  }), ctx);
  it('fields win over guesses', () => {
    assert.equal(a.title, 'Northern pier to reopen');
    assert.deepEqual(a.authors, ['Sam Okafor']);
    assert.equal(a.published, '2023-06-05');
    assert.deepEqual(a.outlet, { name: 'Associated Press', domain: 'apnews.com' });
    assert.equal(a.external_id, 'item-7');
    assert.equal(a.url, 'https://apnews.com/article/pier');
    assert.equal(a.text, body);
    assert.deepEqual(a.flags, []);
  });
  it('an unknown domain names the outlet', () => {
    const b = extractArticle(record(body, { fields: { url: 'https://news.prairiebugle.example/x' } }), ctx);
    assert.deepEqual(b.outlet, { name: 'news.prairiebugle.example', domain: 'news.prairiebugle.example' });
  });
});

describe('flags', () => {
  it('empty body: still an article when it has a title', () => {
    const a = extractArticle(record('', { fields: { title: 'Storm warning for the coast' } }), ctx);
    assert.equal(a.title, 'Storm warning for the coast');
    assert.equal(a.text, '');
    assert.ok(flagNames(a).includes('empty_body'));
  });
  it('truncated: unclosed quotation or open end', () => {
    const cut = extractArticle(record('Fishermen returned to port early on Tuesday as the storm approached.\n\nThe coastguard chief said, “the next two days will be'), ctx);
    assert.ok(flagNames(cut).includes('truncated'));
    const whole = extractArticle(record('Fishermen returned to port early on Tuesday as the storm approached the coast.'), ctx);
    assert.ok(!flagNames(whole).includes('truncated'));
  });
  it('boilerplate_heavy when most characters were removed', () => {
    const junk = ['Home | World | Business | Sport | Culture', 'Share this article', 'Sign up for our free morning newsletter and get the headlines first.', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'RELATED ARTICLES', 'Views: 1,204'];
    const a = extractArticle(record(['Storm closes the northern pier', 'The storm closed the northern pier on Tuesday, officials said.', ...junk].join('\n\n')), ctx);
    const f = a.flags.find((x) => x.flag === 'boilerplate_heavy');
    assert.ok(f && /% of the characters were boilerplate/.test(f.evidence));
  });
  it('mixed_languages when the clean text has a long run in another language', () => {
    const en = 'The festival opened on Friday with concerts in the old market square and a parade through the harbour district, organisers said.';
    const de = 'Das Festival wurde am Freitag mit Konzerten auf dem alten Marktplatz und einem Umzug durch das Hafenviertel eröffnet, teilten die Veranstalter mit. Tausende Besucher kamen trotz des Regens in die Innenstadt.';
    const a = extractArticle(record(`${en}\n\n${de}\n\n${en}`), ctx);
    const f = a.flags.find((x) => x.flag === 'mixed_languages');
    assert.ok(f && f.evidence.startsWith('de run'));
  });
});

describe('articleId', () => {
  it('is stable, content-derived and independent of the path', () => {
    const a = record('Some body text.', { fields: { title: 'T', url: 'https://x.example/a' } });
    const b = record('Some body text.', { source: 'elsewhere/b.txt', recordIndex: 3, fields: { url: 'https://x.example/a', title: 'T' } });
    assert.match(articleId(a), /^[0-9a-f]{16}$/);
    assert.equal(articleId(a), articleId(b));
    assert.notEqual(articleId(a), articleId(record('Some body text!', { fields: a.fields })));
    assert.notEqual(articleId(a), articleId({ ...a, externalId: 'x1' }));
    assert.notEqual(articleId(a), articleId({ ...a, bodyType: 'html' }));
  });
});
