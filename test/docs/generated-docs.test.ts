import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExportSchema, renderOpenApi } from '../../scripts/gen-docs.js';
import { repoRoot } from '../../src/util/paths.js';

test('committed docs/openapi.json and docs/export-schema.md match the zod model (run npm run docs)', () => {
  assert.equal(readFileSync(join(repoRoot, 'docs', 'openapi.json'), 'utf8'), renderOpenApi());
  assert.equal(readFileSync(join(repoRoot, 'docs', 'export-schema.md'), 'utf8'), renderExportSchema());
});
