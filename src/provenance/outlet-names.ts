// Outlet-name matching for lineage: a credit naming "AP" or "World Socialist" matches the outlet
// "Associated Press" or "World Socialist Web Site" (registry aliases), case and punctuation ignored.
import { OutletRegistry } from '../extract/outlets/registry.js';
import { nameKey } from '../extract/outlets/normalise.js';

let registry: OutletRegistry | null = null;

function getRegistry(): OutletRegistry | null {
  if (registry) return registry;
  try {
    registry = OutletRegistry.load();
  } catch {
    registry = new OutletRegistry();
  }
  return registry;
}

/** The registry's canonical name of an outlet name or alias, else the name itself. */
export function canonicalOutlet(name: string): string {
  return getRegistry()?.byName(name)?.name ?? name.trim();
}

/** The key outlet names are compared by: the canonical name, case and punctuation ignored. */
export function outletKey(name: string): string {
  return nameKey(canonicalOutlet(name));
}

export function sameOutlet(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = outletKey(a);
  return ka !== '' && ka === outletKey(b);
}
