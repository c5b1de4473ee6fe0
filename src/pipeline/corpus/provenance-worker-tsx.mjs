// Worker entry used when Parallax runs from TypeScript sources (tests, eval, bench under tsx):
// worker threads do not inherit tsx's --import hook, so register it here, then load the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./provenance-worker.ts');
