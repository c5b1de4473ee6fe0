// Batch invariance through the whole pipeline: the demo corpus (fiction written for the project)
// analysed in one batch and, into a fresh store, in three batches must give exactly the same event
// and story groups (members, ids and parents), whatever order the batches come in.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/repository.js';
import { repoRoot } from '../../src/util/paths.js';

const CORPUS = join(repoRoot, 'examples', 'corpus');

/** Article files of the demo corpus (feeds hold many records each; they go in as whole files). */
function corpusFiles(): string[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (relative(CORPUS, a) < relative(CORPUS, b) ? -1 : 1));
}

/** Events and stories as comparable lines: level, id, parent, sorted members. */
async function groups(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const s of store.stories.iterate()) out.push(`${s.level} ${s.id} ^${s.parent_id ?? '-'} ${[...s.article_ids].sort().join(',')}`);
  return out.sort();
}

async function analysed(batches: string[][]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-batches-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    for (const batch of batches) await analyze(batch, { store, threads: 1 });
    return await groups(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('one batch and three batches give the same events and stories', { timeout: 600_000 }, async () => {
  const files = corpusFiles();
  assert.ok(files.length >= 12, 'the demo corpus is there');
  const whole = await analysed([files]);
  const events = whole.filter((g) => g.startsWith('event ')), stories = whole.filter((g) => g.startsWith('story '));
  assert.ok(events.some((g) => g.split(' ')[3].includes(',')), 'some event groups several articles');
  assert.ok(stories.length >= 1 && stories.length < events.length, `stories group events:\n${whole.join('\n')}`);
  // Every third file, in reverse order of the batches: arrival order plays no part.
  const thirds = [0, 1, 2].map((k) => files.filter((_, i) => i % 3 === k));
  assert.deepEqual(await analysed([thirds[2], thirds[0], thirds[1]]), whole);
  // Contiguous slices: whole outlets arrive together.
  const cut = Math.floor(files.length / 3);
  assert.deepEqual(await analysed([files.slice(0, cut), files.slice(cut, 2 * cut), files.slice(2 * cut)]), whole);
});
