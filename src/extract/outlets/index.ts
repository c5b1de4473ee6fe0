export { OutletRegistry, type NameHit, type OutletEntry } from './registry.js';
export { hostOf, nameKey } from './normalise.js';
