// Hands the memory glibc's malloc keeps after free() back to the system (`malloc_trim`).
// Every thread's short-lived native allocations (message buffers between threads, SQLite, V8's
// compiler zones, typed arrays) come from a few malloc arenas, which return only the free memory at
// their top: after the read loop of 20k generated articles glibc held 361 MB for 43 MB in use, and
// V8's heap, which maps its own pages, cannot reuse it, so the clustering step's peak stood on it.
// Node has no call for it; `koffi` (an FFI package with prebuilt binaries, an optional dependency)
// calls the C function. Elsewhere (no glibc, no koffi) this does nothing.
import { createRequire } from 'node:module';

type Trim = (pad: number) => number;
let trim: Trim | null | undefined;

/** Returns malloc's free memory to the system; false where that cannot be done here. */
export function releaseFreedMemory(): boolean {
  if (trim === undefined) trim = loadTrim(); // once: null (cannot) is an answer too
  if (!trim) return false;
  trim(0);
  return true;
}

function loadTrim(): Trim | null {
  if (process.platform !== 'linux') return null;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as { load(path: string): { func(signature: string): Trim } };
    return koffi.load('libc.so.6').func('int malloc_trim(size_t pad)'); // throws on musl: it has no malloc_trim
  } catch {
    return null;
  }
}
