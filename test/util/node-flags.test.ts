// The CLI's V8 flags live on its first line; the children that npm start and the benchmarks spawn
// read them from there, and running the launcher directly (as an installed `parallax` does) gets them,
// with the environment the line sets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeEnv, nodeFlags } from '../../src/util/node-flags.js';
import { repoRoot } from '../../src/util/paths.js';

test('the flags are read off the launcher\'s shebang', () => {
  const flags = nodeFlags();
  assert.ok(flags.length > 0 && flags.every((f) => /^--[a-z-]+(=\S+)?$/.test(f)), flags.join(' '));
  assert.ok(flags.some((f) => f.startsWith('--max-semi-space-size=')));
  assert.deepEqual(nodeEnv(), { MALLOC_ARENA_MAX: '2' });
});

test('the launcher run as a program gets the flags', { skip: !existsSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js')) && 'not built (npm run build)' }, () => {
  // A program with the launcher's first line that prints the flags its node got.
  const dir = mkdtempSync(join(tmpdir(), 'parallax-flags-'));
  try {
    const program = join(dir, 'flags.mjs');
    const shebang = readFileSync(join(repoRoot, 'bin', 'parallax.js'), 'utf8').split('\n', 1)[0];
    writeFileSync(program, `${shebang}\nprocess.stdout.write(JSON.stringify([process.execArgv, process.env.MALLOC_ARENA_MAX]));\n`);
    chmodSync(program, 0o755);
    assert.deepEqual(JSON.parse(execFileSync(program, { encoding: 'utf8' })), [nodeFlags(), nodeEnv().MALLOC_ARENA_MAX]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.match(execFileSync(join(repoRoot, 'bin', 'parallax.js'), ['--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
});
