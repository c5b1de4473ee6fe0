// CPU seconds of the calling thread alone (process.cpuUsage counts every thread). On a shared
// machine this shows what the main thread spends per stage, the part worker threads cannot share;
// Linux only (/proc/thread-self), null elsewhere. Hand-written: Node 20 has no per-thread CPU clock.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc (USER_HZ, 100 on every mainstream Linux build). */
const TICKS = 100;

/**
 * The fields of a /proc stat file (`/proc/thread-self/stat`, `/proc/self/task/TID/stat`) after the
 * command name, which may hold spaces: index 0 is the state (field 3 in proc(5)). Null when unreadable.
 */
export function procStatFields(path: string): string[] | null {
  try {
    const stat = readFileSync(path, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export function threadCpuSeconds(): number | null {
  const f = procStatFields('/proc/thread-self/stat');
  // utime and stime (fields 14 and 15).
  return f ? (Number(f[11]) + Number(f[12])) / TICKS : null;
}
