// Worker entry used when Parallax runs from TypeScript sources (tests under tsx): worker threads
// do not inherit tsx's --import hook, so register it here, then load the real worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./reanalyze-worker.ts');
export default worker.default;
