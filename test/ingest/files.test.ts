// Paths: directories, symlinks, stdin, skipFile, size limits and every kind of bad file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { failures, kinds, readBytes, readPaths, records, tempDir } from './helpers.js';

function tree(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'wire', 'deep'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'wire', 'b.txt'), 'Second story.');
  writeFileSync(join(dir, 'wire', 'a.txt'), 'First story.');
  writeFileSync(join(dir, 'wire', 'deep', 'c.html'), '<html><body><p>Deep</p></body></html>');
  writeFileSync(join(dir, 'wire', '.hidden.txt'), 'skipped');
  writeFileSync(join(dir, '.git', 'HEAD'), 'skipped');
  writeFileSync(join(dir, 'z.jsonl'), '{"title":"Z","text":"z"}\n');
  symlinkSync(join(dir, 'missing-target'), join(dir, 'wire', 'broken-link'));
  symlinkSync(dir, join(dir, 'wire', 'loop')); // a link back up the tree
  return dir;
}

describe('directories', () => {
  it('walks sorted, recursively, skipping dotfiles, naming sources from the argument', async () => {
    const dir = tree();
    const arg = relative(process.cwd(), dir);
    const items = await readPaths([arg]);
    const sources = records(items).map((r) => r.source);
    assert.deepEqual(sources, [join(arg, 'wire', 'a.txt'), join(arg, 'wire', 'b.txt'), join(arg, 'wire', 'deep', 'c.html'), join(arg, 'z.jsonl')]);
    const errs = failures(items);
    assert.equal(errs.length, 2, errs.join('\n'));
    assert.match(errs[0], /broken-link: broken symbolic link/);
    assert.match(errs[1], /loop: directory already read/);
    assert.equal(items.filter((i) => i.kind === 'file-done').length, 4);
  });

  it('reports a nonexistent path and goes on', async () => {
    const dir = tree();
    const items = await readPaths([join(dir, 'nope.txt'), join(dir, 'wire', 'a.txt')]);
    assert.match(failures(items)[0], /nope\.txt: no such file or directory$/);
    assert.equal(records(items)[0].body, 'First story.');
  });

  it('reports an unreadable file and goes on', async (t) => {
    if (process.getuid?.() === 0) {
      t.skip('running as root: chmod 000 does not stop root from reading, so EACCES cannot be produced');
      return;
    }
    const dir = tree();
    const locked = join(dir, 'wire', 'a.txt');
    chmodSync(locked, 0o000);
    try {
      const items = await readPaths([join(dir, 'wire')]);
      assert.match(failures(items)[0], /a\.txt: permission denied$/);
      assert.ok(records(items).some((r) => r.body === 'Second story.'));
    } finally {
      chmodSync(locked, 0o644);
    }
  });
});

describe('stdin, buffers and skipFile', () => {
  it('reads `-` from the stdin option', async () => {
    const stdin = Readable.from([Buffer.from('{"title":"S","text":"from stdin"}\n')]);
    const items = await readPaths(['-'], { stdin });
    assert.equal(records(items)[0].source, '-');
    assert.equal(records(items)[0].body, 'from stdin');
    assert.equal(items.at(-1)?.kind, 'file-done');
  });

  it('asks skipFile with the SHA-256 and skips known files', async () => {
    const dir = tree();
    const asked: Array<[string, string]> = [];
    const items = await readPaths([join(dir, 'wire', 'a.txt'), join(dir, 'wire', 'b.txt')], {
      skipFile: (sha, source) => {
        asked.push([sha, source]);
        return source.endsWith('a.txt');
      },
    });
    assert.deepEqual(kinds(items), ['file-skipped', 'record', 'file-done']);
    assert.equal(asked[0][0], createHash('sha256').update('First story.').digest('hex'));
    assert.equal(asked.length, 2);
    assert.match(asked[0][0], /^[0-9a-f]{64}$/);
    const done = items[2];
    assert.ok(done.kind === 'file-done' && done.sha256 === records(items)[0].fileSha256 && done.records === 1);
  });

  it('gives the same hash for the same bytes from a file and from a buffer', async () => {
    const dir = tree();
    const fromFile = records(await readPaths([join(dir, 'wire', 'a.txt')]))[0];
    const fromBuffer = records(await readBytes('First story.', 'upload.txt'))[0];
    assert.equal(fromFile.fileSha256, fromBuffer.fileSha256);
  });
});

describe('bad input', () => {
  it('refuses a file over maxFileBytes without reading it (sparse 300 MiB file)', async () => {
    const dir = tempDir();
    const big = join(dir, 'huge.jsonl');
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024); // sparse: no 300 MiB written
    let asked = false;
    const items = await readPaths([big], { skipFile: () => (asked = true) });
    assert.deepEqual(kinds(items), ['failure']);
    assert.match(failures(items)[0], /huge\.jsonl: file is 300 MiB, over the 256 MiB limit \(maxFileBytes\)/);
    assert.equal(asked, false, 'not even hashed');
  });

  it('applies a small maxFileBytes to files, buffers and decompressed bodies', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(2000));
    assert.match(failures(await readPaths([join(dir, 'a.txt')], { maxFileBytes: 1000 }))[0], /a\.txt: file is 2\.0 KiB, over the 1000 bytes limit/);
    assert.match(failures(await readBytes('y'.repeat(2000), 'b.txt', { maxFileBytes: 1000 }))[0], /over the 1000 bytes limit/);
    const bomb = gzipSync(`<p>${'z'.repeat(100_000)}</p>`);
    assert.ok(bomb.length < 1000);
    assert.match(failures(await readBytes(bomb, 'c.html.gz', { maxFileBytes: 1000 }))[0], /content is over 1000 bytes/);
  });

  const bad: Array<{ name: string; bytes: Buffer; message: RegExp }> = [
    { name: 'empty file', bytes: Buffer.alloc(0), message: /^f: empty file$/ },
    { name: 'empty gzip', bytes: gzipSync(''), message: /^f: empty file \(after decompression\)$/ },
    { name: 'binary with NUL bytes', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), message: /^f: binary content, not text/ },
    { name: 'binary of control characters', bytes: Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08def\x0e\x0f'.repeat(20), 'latin1'), message: /binary content, not text/ },
    { name: 'truncated gzip', bytes: gzipSync('some text '.repeat(200)).subarray(0, 30), message: /^f: truncated or corrupt gzip: / },
    { name: 'corrupt gzip', bytes: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), Buffer.from('not deflate data at all')]), message: /truncated or corrupt gzip/ },
    { name: 'gzip name without gzip data', bytes: Buffer.from('plain'), message: /truncated or corrupt gzip: incorrect header check/ },
    { name: 'whitespace only', bytes: Buffer.from('   \n'), message: /^f: empty file \(only whitespace\)$/ },
  ];
  for (const c of bad) {
    it(`fails cleanly on ${c.name}`, async () => {
      const items = await readBytes(c.bytes, c.name === 'gzip name without gzip data' ? 'f.gz' : 'f');
      assert.deepEqual(kinds(items), ['failure']);
      assert.match(failures(items)[0], c.message);
    });
  }

  it('goes on with the next file after each bad one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(join(dir, 'c-cut.jsonl.gz'), gzipSync('{"title":"x","text":"y"}\n'.repeat(50)).subarray(0, 40));
    writeFileSync(join(dir, 'd-bad.json'), '{"title": "x", ');
    writeFileSync(join(dir, 'e-ragged.csv'), 'title,text\na,b,c\n');
    writeFileSync(join(dir, 'f-good.txt'), 'Good.');
    const items = await readPaths([dir]);
    assert.equal(failures(items).length, 5);
    assert.equal(records(items).at(-1)?.body, 'Good.');
  });
});
