// A provenance step rewrites only the results a batch can change: after every step of a run in
// batches, each stored result equals what one step over the same articles gives (no stale result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provenanceStep } from '../../src/pipeline/corpus/provenance-step.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/repository.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';
import { articleText, paragraph } from '../provenance/fixtures.js';

interface Spec { id: string; text: string; outlet: string; published: string }

/** Per story: an original, an edited copy chain, exact copies, and articles reusing one passage. */
function corpus(): Spec[] {
  const out: Spec[] = [];
  for (let s = 0; s < 4; s++) {
    const paras = articleText(s + 11, 6).split('\n\n');
    let text = paras.join('\n\n');
    for (let depth = 0; depth < 4; depth++) {
      out.push({ id: `s${s}-d${depth}`, text, outlet: `Outlet ${depth}`, published: `2024-04-0${depth + 1}T08:00:00Z` });
      out.push({ id: `s${s}-d${depth}-x`, text, outlet: `Outlet x${depth}`, published: `2024-04-0${depth + 1}T09:00:00Z` });
      text = [paras[0].replace(/^\w+/, `Then${depth}`), ...text.split('\n\n').slice(1), paragraph(500 * s + depth)].join('\n\n');
    }
    for (let r = 0; r < 3; r++) {
      const own = [paragraph(700 * s + 10 * r), paragraph(700 * s + 10 * r + 1), paragraph(700 * s + 10 * r + 2)];
      out.push({ id: `s${s}-r${r}`, text: [own[0], paras[2 + r], own[1], own[2]].join('\n\n'), outlet: `Outlet r${r}`, published: `2024-04-0${r + 2}T12:00:00Z` });
    }
  }
  return out;
}

async function storeWith(specs: Spec[]): Promise<{ store: Store; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-prov-affected-'));
  const store = await openStore(join(dir, 'p.db'));
  await store.articles.saveMany(specs.map((a) => makeWrite(makeArticle({
    id: a.id, text: a.text, published: a.published, outlet: { name: a.outlet, domain: null, country: null, groups: [], evidence: 'test' } as never,
  }))));
  return { store, close: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function results(store: Store, ids: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    const a = await store.articles.get(id);
    assert.ok(a, id);
    out.push({ id, original: a.original, copies: a.copies, duplicates: a.duplicates, reuse: a.reuse, diff: a.diff, flags: a.flags });
  }
  return out;
}

test('after every step of a batched run, stored results equal one step over the same articles', async () => {
  const specs = corpus();
  // Interleaved: each step lands in groups, chains and reuse links that earlier steps built.
  const order = specs.map((s, i) => ({ s, k: (i * 7) % specs.length })).sort((x, y) => x.k - y.k).map((x) => x.s);
  const steps = await storeWith(order);
  try {
    const size = Math.ceil(order.length / 4);
    let sawReuse = false;
    for (let i = 0; i < order.length; i += size) {
      const done = order.slice(0, i + size);
      await provenanceStep(steps.store, order.slice(i, i + size).map((s) => s.id), new Map());
      const once = await storeWith(done);
      try {
        await provenanceStep(once.store, done.map((s) => s.id), new Map());
        const want = await results(once.store, done.map((s) => s.id));
        assert.deepEqual(await results(steps.store, done.map((s) => s.id)), want, `after the step at ${i}`);
        sawReuse ||= JSON.stringify(want).includes('"passages":[{');
      } finally {
        await once.close();
      }
    }
    assert.ok(sawReuse, 'the corpus has partial reuse');
  } finally {
    await steps.close();
  }
});
