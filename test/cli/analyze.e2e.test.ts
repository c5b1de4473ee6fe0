// End to end: the CLI on the demo corpus and on a pile of bad inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parallax } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'demo.db');

test('analyze stores the demo corpus, and a second run adds and changes nothing', () => {
  const first = parallax(['analyze', 'examples/corpus', '--db', db, '--outlets', 'examples/outlets.json', '--quiet']);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /stored 32 new, updated 0, unchanged 0, failed 0/);
  const second = parallax(['analyze', 'examples/corpus', '--db', db, '--outlets', 'examples/outlets.json', '--quiet']);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /stored 0 new, updated 0, unchanged 0, failed 0/);
  assert.match(second.stderr, /unchanged files? skipped/);
});

test('export writes the contract in json, jsonl and csv', () => {
  const json = parallax(['export', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  for (const key of ['articles', 'stories', 'entities', 'quotes', 'events']) assert.ok(Array.isArray(doc[key]), key);
  assert.equal(doc.articles.length, 32);
  const a = doc.articles.find((x: { source: string }) => x.source.endsWith('mpa/2025-03-03-kastrov-troops-brenn-valley.txt'));
  assert.ok(a, 'sources are paths as reached from the argument');
  for (const field of ['id', 'external_id', 'source', 'title', 'authors', 'published', 'published_estimated', 'outlet', 'dateline', 'original', 'language', 'segments', 'text', 'removed', 'flags', 'copies', 'duplicates', 'reuse', 'diff']) {
    assert.ok(field in a, field);
  }
  assert.equal(a.outlet.name, 'Meridian Press Agency');
  assert.ok(a.copies.length >= 1, 'the wire story has republished copies');
  const jsonl = parallax(['export', '--db', db, '--format', 'jsonl']);
  assert.equal(jsonl.stdout.trim().split('\n').length, 32);
  const csv = parallax(['export', '--db', db, '--format', 'csv']);
  assert.match(csv.stdout.split('\n')[0], /^id,external_id,source,url,title,/);
});

test('list, search and show read the store', () => {
  const search = parallax(['search', 'Varga', '--db', db, '--json']);
  assert.equal(search.status, 0, search.stderr);
  const hits = JSON.parse(search.stdout);
  assert.ok(hits.total > 0);
  const show = parallax(['show', hits.items[0].id, '--db', db]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /^# /);
  assert.equal(parallax(['show', 'nope', '--db', db]).status, 2);
  assert.equal(parallax(['list', '--db', join(work, 'missing.db')]).status, 2, 'read commands do not create stores');
});

test('bad inputs fail one by one with clear reasons; the rest is stored and nothing stored is lost', () => {
  const dir = join(work, 'bad');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0, 1, 2]));
  writeFileSync(join(dir, 'truncated.html.gz'), gzipSync('<html><body><p>' + 'Valdora news. '.repeat(200) + '</p></body></html>').subarray(0, 60));
  writeFileSync(join(dir, 'records.jsonl'), '{"title":"Good record","text":"The council met on Monday in Osterfeld."}\n{"title": broken\n');
  writeFileSync(join(dir, 'nested', 'good.txt'), 'Osterfeld council approves budget\n\nThe Osterfeld council approved its budget on Tuesday after a long debate.\n');
  writeFileSync(join(dir, 'bomb.xml'), '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>');
  const before = JSON.parse(parallax(['export', '--db', db]).stdout).articles.length;
  const res = parallax(['analyze', dir, '--db', db, '--quiet']);
  assert.equal(res.status, 1, 'exit code 1 when some inputs failed');
  assert.match(res.stderr, /empty\.txt: .*empty/i);
  assert.match(res.stderr, /binary\.bin: .*binary/i);
  assert.match(res.stderr, /truncated\.html\.gz: .*(gzip|truncated)/i);
  assert.match(res.stderr, /records\.jsonl.*(JSON|json)/);
  const after = JSON.parse(parallax(['export', '--db', db]).stdout).articles;
  assert.ok(after.length >= before + 2, 'the good text and the good JSONL record are stored');
  assert.ok(after.some((a: { title: string }) => a.title === 'Good record'));
  assert.ok(after.some((a: { title: string }) => a.title === 'Osterfeld council approves budget'));
});

test('extract prints articles as a JSON array and stores nothing', () => {
  const res = parallax(['extract', 'examples/corpus/mpa/2025-03-06-varga-sandoval-phone-call.txt']);
  assert.equal(res.status, 0, res.stderr);
  const arr = JSON.parse(res.stdout);
  assert.equal(arr.length, 1);
  assert.ok(arr[0].text.length > 200);
  assert.equal(arr[0].source, 'examples/corpus/mpa/2025-03-06-varga-sandoval-phone-call.txt');
});

test('analyze reads stdin with -', () => {
  const res = parallax(['analyze', '-', '--db', join(work, 'stdin.db'), '--quiet', '--threads', '1'], {
    input: 'Valdora port reopens\n\nThe port of Valdora reopened on Friday after a week of storms, officials said.\n',
  });
  assert.equal(res.status, 0, res.stderr);
  const doc = JSON.parse(parallax(['export', '--db', join(work, 'stdin.db')]).stdout);
  assert.equal(doc.articles[0].source, '-');
  assert.equal(doc.articles[0].title, 'Valdora port reopens');
});
