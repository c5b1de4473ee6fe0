// Read commands must not create an empty store by accident when the path is mistyped.
import { existsSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/repository.js';

export class UsageError extends Error {}

export async function openExistingStore(location: string): Promise<Store> {
  if (!/^postgres(ql)?:\/\//i.test(location) && !existsSync(location)) {
    throw new UsageError(`no store at ${location}: run \`parallax analyze PATHS --db ${location}\` first`);
  }
  return openStore(location);
}
