import type { Command } from 'commander';
import { join } from 'node:path';
import { buildServer } from '../../server/app.js';
import { repoRoot } from '../../util/paths.js';
import { openExistingStore } from '../open-existing-store.js';
import { collect, dbOption, parsePositiveInt } from '../options.js';

interface ServeOpts { db: string; port: number; host: string; readToken?: string; writeToken?: string; outlets?: string[] }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API and the web UI (read-only unless a write token is given)')
    .addOption(dbOption())
    .option('--port <n>', 'port', parsePositiveInt, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--read-token <token>', 'require this bearer token on /api (or PARALLAX_READ_TOKEN)', process.env.PARALLAX_READ_TOKEN)
    .option('--write-token <token>', 'enable adding articles (POST /api/articles, the UI\'s "Add articles" page) for this bearer token (or PARALLAX_WRITE_TOKEN)', process.env.PARALLAX_WRITE_TOKEN)
    .option('--outlets <file>', 'extra outlet registry file for articles added through the API (repeatable, as analyze --outlets)', collect, [])
    .action(async (opts: ServeOpts) => {
      const store = await openExistingStore(opts.db);
      const writeToken = opts.writeToken?.trim() || null;
      if (writeToken && writeToken.length < 16) process.stderr.write('warning: the write token is shorter than 16 characters; anyone who guesses it can add articles\n');
      const app = await buildServer({ store, webRoot: join(repoRoot, 'web', 'dist'), readToken: opts.readToken ?? null, writeToken, outletFiles: opts.outlets ?? [] });
      const close = async () => { await app.close(); await store.close(); process.exit(0); };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = await app.listen({ port: opts.port, host: opts.host });
      process.stderr.write(`Parallax is serving ${opts.db} at ${address}  (API: ${address}/api/articles, OpenAPI: ${address}/api/openapi.json)${writeToken ? '; adding articles is on' : ''}\n`);
    });
}
