// CPU seconds of the calling thread alone (process.cpuUsage counts every thread). On a shared
// machine this shows what the main thread spends per stage, the part worker threads cannot share;
// Linux only (/proc/thread-self), null elsewhere. Hand-written: Node 20 has no per-thread CPU clock.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc (USER_HZ, 100 on every mainstream Linux build). */
const TICKS = 100;

export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS;
  } catch {
    return null;
  }
}
