// Batch invariance of the provenance step: a generated corpus (written by the project's generator)
// analysed in one batch and, into a fresh store, in three batches must give the same provenance
// fields on every article (original, copies, duplicates, reuse, diff, flags).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { openStore } from '../../src/store/open-store.js';

const FIELDS = ['original', 'copies', 'duplicates', 'reuse', 'diff', 'flags'] as const;

async function provenance(dir: string, batches: string[][]): Promise<Map<string, string>> {
  const store = await openStore(join(dir, `p${Math.random().toString(36).slice(2)}.db`));
  try {
    for (const batch of batches) await analyze(batch, { store, threads: 1 });
    const out = new Map<string, string>();
    for await (const a of store.articles.iterate()) {
      const rec = a as unknown as Record<string, unknown>;
      out.set(a.id, JSON.stringify(FIELDS.map((f) => [f, rec[f] ?? null])));
    }
    return out;
  } finally {
    await store.close();
  }
}

test('one batch and three batches give the same provenance fields', { timeout: 900_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-prov-batches-'));
  try {
    const files: string[] = [];
    for (const doc of generateCorpus({ count: 150, seed: 3 })) {
      const file = join(dir, 'corpus', doc.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, doc.content);
      files.push(file);
    }
    files.sort();
    const whole = await provenance(dir, [files]);
    assert.ok([...whole.values()].some((v) => v.includes('"reuse",[{')), 'the corpus has partial reuse');
    assert.ok([...whole.values()].some((v) => v.includes('"kind":"exact"')), 'the corpus has exact duplicates');
    const cut = Math.floor(files.length / 3);
    const three = await provenance(dir, [files.slice(0, cut), files.slice(cut, 2 * cut), files.slice(2 * cut)]);
    const differ = [...whole.keys()].filter((id) => whole.get(id) !== three.get(id));
    assert.deepEqual(differ, [], `articles whose provenance depends on the batches: ${differ.slice(0, 5).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
