// `npm start`: build what is missing, analyse the bundled demo corpus into demo.db, then serve the
// API and the web UI on loopback and print the address to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const cli = join(root, 'bin', 'parallax.js');
/** The V8 flags and environment on the CLI's first line (its shebang), as a user running `parallax` gets them. */
const SHEBANG = readFileSync(cli, 'utf8').split('\n', 1)[0].split(/\s+/);
const NODE_FLAGS = SHEBANG.filter((w) => w.startsWith('--'));
const NODE_ENV = { ...process.env, ...Object.fromEntries(SHEBANG.filter((w) => /^[A-Z_][A-Z0-9_]*=/.test(w)).map((w) => w.split(/=(.*)/s).slice(0, 2))) };

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const cliBuilt = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(cliBuilt)) {
  // tsc still emits when it reports type errors; only a missing CLI stops the start.
  spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });
  if (!existsSync(cliBuilt)) process.exit(1);
}
if (!existsSync(join(root, 'web', 'dist', 'index.html'))) step(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web']);

const db = process.env.PARALLAX_DB ?? 'demo.db';
const port = process.env.PORT ?? '4173';
const analysed = spawnSync(process.execPath, [...NODE_FLAGS, cli, 'analyze', 'examples/corpus', '--db', db, '--outlets', 'examples/outlets.json'], { stdio: 'inherit', env: NODE_ENV });
if ((analysed.status ?? 1) > 1) process.exit(analysed.status ?? 1); // 1 = some inputs failed; the rest is stored

console.log(`\nParallax: open http://127.0.0.1:${port}/ in a browser (Ctrl+C stops the server)\n`);
const server = spawn(process.execPath, [...NODE_FLAGS, cli, 'serve', '--db', db, '--port', port], { stdio: 'inherit', env: NODE_ENV });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(signal ? 0 : code ?? 0));
