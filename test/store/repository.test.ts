// The repository contract (repository-contract.ts) against every store: SQLite, and PostgreSQL
// when a server answers (see store-targets.ts for PARALLAX_TEST_PG).
import { describe, test } from 'node:test';
import { CONTRACT } from './repository-contract.js';
import { storeTargets, withStore } from './store-targets.js';

for (const target of await storeTargets()) {
  describe(`repository contract: ${target.name}`, { skip: target.skip }, () => {
    for (const c of CONTRACT) test(c.name, () => withStore(target, (store, location) => c.run(store, location)));
  });
}
