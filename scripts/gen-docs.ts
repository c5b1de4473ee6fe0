// Writes docs/openapi.json and docs/export-schema.md from the zod schemas (run: npm run docs).
// A test fails when the committed files differ from what this script would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ExportDocument } from '../src/model/export.js';
import { openApiDocument } from '../src/server/openapi.js';
import { repoRoot } from '../src/util/paths.js';

export function renderOpenApi(): string {
  return JSON.stringify(openApiDocument(), null, 2) + '\n';
}

export function renderExportSchema(): string {
  const schema = z.toJSONSchema(ExportDocument, { io: 'output', unrepresentable: 'any' });
  return [
    '# Export schema',
    '',
    '`parallax export --format json` prints one object of this shape; `--format jsonl` prints one article object per line;',
    '`--format csv` prints the article columns listed in `src/services/export-writer.ts`. Generated from the zod model',
    '(`src/model/`) by `npm run docs`; do not edit by hand.',
    '',
    '```json',
    JSON.stringify(schema, null, 2),
    '```',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(join(repoRoot, 'docs', 'openapi.json'), renderOpenApi());
  writeFileSync(join(repoRoot, 'docs', 'export-schema.md'), renderExportSchema());
  console.log('wrote docs/openapi.json and docs/export-schema.md');
}
