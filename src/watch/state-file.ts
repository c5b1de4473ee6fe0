// Source states in one small JSON file, for runs without a store hook. Writes go to a temporary
// file renamed over the old one, so a killed run leaves either the old or the new state.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { normalizeState } from './source-state.js';
import type { SourceState } from './types.js';

export interface StateHooks {
  loadState(url: string): Promise<SourceState | null>;
  saveState(url: string, state: SourceState): Promise<void>;
}

interface StateFile {
  version: 1;
  sources: Record<string, SourceState>;
}

export function fileStateStore(path: string): StateHooks {
  let data: Promise<StateFile> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const load = () => (data ??= readState(path));
  return {
    async loadState(url) {
      const s = (await load()).sources[url];
      return s ? normalizeState(s) : null;
    },
    async saveState(url, state) {
      const file = await load();
      file.sources[url] = state;
      const text = JSON.stringify(file, null, 1);
      writing = writing.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        await writeFile(tmp, text);
        await rename(tmp, path);
      });
      await writing;
    },
  };
}

async function readState(path: string): Promise<StateFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, sources: {} };
    throw e;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: watch state is not valid JSON (${(e as Error).message}); remove it to start afresh`);
  }
  const sources = (parsed as Partial<StateFile> | null)?.sources;
  return { version: 1, sources: sources && typeof sources === 'object' ? sources : {} };
}
