import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { outletFromSignals, outletFromUrl } from '../../src/extract/outlets/host-outlet.js';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';

const shipped = OutletRegistry.load();

describe('OutletRegistry (shipped data)', () => {
  it('ships about 150 outlets or more, each valid', () => {
    assert.ok(shipped.all().length >= 150);
    for (const name of ['Associated Press', 'Reuters', 'Xinhua News Agency', 'TASS', 'World Socialist Web Site', 'The Times of Israel', 'Financial Times', 'Daily Mail', 'Daily Multan', 'Afghanistan Azad']) {
      assert.ok(shipped.byName(name), name);
    }
  });
  const domains: [string, string][] = [
    ['https://edition.cnn.com/2024/01/01/world/x', 'CNN'],
    ['www.wsws.org', 'World Socialist Web Site'],
    ['http://www.afgazad.com', 'Afghanistan Azad'],
    ['news.bbc.co.uk', 'BBC News'],
    ['desk@ft.com', 'Financial Times'],
  ];
  for (const [host, name] of domains) it(`byDomain ${host}`, () => assert.equal(shipped.byDomain(host)?.name, name));
  const names: [string, string][] = [
    ['AP', 'Associated Press'],
    ['the associated press', 'Associated Press'],
    ['World Socialist', 'World Socialist Web Site'],
    ['Times of Israel', 'The Times of Israel'],
    ['WSWS', 'World Socialist Web Site'],
    ['le  monde', 'Le Monde'],
  ];
  for (const [text, name] of names) it(`byName ${text}`, () => assert.equal(shipped.byName(text)?.name, name));
  it('unknown names and domains are null', () => {
    assert.equal(shipped.byName('Prairie Bugle'), null);
    assert.equal(shipped.byDomain('prairiebugle.example'), null);
  });
  it('groupsOf', () => {
    assert.ok(shipped.groupsOf('Xinhua').includes('state-media-china'));
    assert.ok(shipped.groupsOf('Reuters').includes('wire'));
    assert.deepEqual(shipped.groupsOf('Prairie Bugle'), []);
  });
});

describe('OutletRegistry user files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-outlets-'));
  it('extend and override the shipped list', () => {
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify([
      { name: 'Prairie Bugle', domains: ['prairiebugle.example'], aliases: ['The Bugle'], country: 'CA', groups: ['local'] },
      { name: 'Reuters', domains: ['reuters.com'], aliases: ['Reuters Wire'], country: 'GB', groups: ['wire', 'custom'] },
    ]));
    const r = OutletRegistry.load([file]);
    assert.equal(r.byDomain('news.prairiebugle.example')?.name, 'Prairie Bugle');
    assert.equal(r.byName('the bugle')?.name, 'Prairie Bugle');
    assert.deepEqual(r.groupsOf('Reuters'), ['wire', 'custom']);
    assert.equal(r.all().filter((e) => e.name === 'Reuters').length, 1);
  });
  it('a bad file fails with its name in the message', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ name: 'No Domains', domains: 'x.com' }]));
    assert.throws(() => OutletRegistry.load([file]), (e: Error) => e.message.includes(file) && e.message.includes('domains'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{');
    assert.throws(() => OutletRegistry.load([broken]), (e: Error) => e.message.includes(broken));
  });
});

describe('host outlet', () => {
  it('from a URL: known domain folds, unknown domain names itself', () => {
    assert.deepEqual(outletFromUrl('https://edition.cnn.com/x', shipped), { name: 'CNN', domain: 'cnn.com' });
    assert.deepEqual(outletFromUrl('https://www.prairiebugle.example/a', shipped), { name: 'prairiebugle.example', domain: 'prairiebugle.example' });
  });
  it('from boilerplate signals, in order of trust', () => {
    const found = outletFromSignals([
      { reason: 'donation', text: 'Support The Times of Israel today' },
      { reason: 'contact', text: 'To contact the WSWS and the Socialist Equality Party visit:' },
    ], shipped);
    assert.equal(found?.name, 'World Socialist Web Site');
    assert.equal(outletFromSignals([{ reason: 'about_outlet', text: 'About Prairie Bugle' }], shipped)?.name, 'Prairie Bugle');
    assert.equal(outletFromSignals([{ reason: 'contact', text: 'prairie.bugle@gmail.com' }], shipped), null);
    assert.equal(outletFromSignals([{ reason: 'caption', text: 'A street in Kyiv. (Jan Novak, Reuters)' }], shipped), null);
  });
});

describe('OutletRegistry.findNamesIn without the leading "The"', () => {
  const reg = new OutletRegistry([
    { name: 'The Weekly Lantern', domains: [], aliases: ['The Bulletin'], country: null, groups: [] },
  ]);
  const cases: [string, string[]][] = [
    ['Reprinted from Weekly Lantern with permission', ['The Weekly Lantern']],
    ['A report in The Bulletin said so', ['The Weekly Lantern']],
    ['Home | Bulletin | World | Sport', []], // a one-word rest is a common word, not the outlet
  ];
  for (const [text, names] of cases) it(text, () => assert.deepEqual(reg.findNamesIn(text).map((h) => h.entry.name), names));
});
