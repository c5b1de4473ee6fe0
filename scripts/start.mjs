// `npm start`: analyse the bundled demo corpus into demo.db and show what Parallax read.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = ['bin/parallax.js'];
const run = (args) => {
  const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
  return r.status ?? 1;
};
if (!existsSync('dist/src/cli/main.js')) {
  const b = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const db = process.env.PARALLAX_DB ?? 'demo.db';
const status = run(['analyze', 'examples/corpus', '--db', db, '--outlets', 'examples/outlets.json']);
if (status > 1) process.exit(status);
process.exit(run(['list', '--db', db]));
