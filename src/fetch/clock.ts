// Time as a dependency: the client and the watcher wait through a Clock, so tests can inject a
// virtual one and check the waits asked for instead of measuring wall-clock time.
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** Milliseconds since an arbitrary origin. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms <= 0) return signal?.throwIfAborted();
    await delay(ms, undefined, { signal });
  },
};
