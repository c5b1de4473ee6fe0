// State shared by the requests of one process (or one watcher): the robots.txt cache, the per-host
// rate limiter and the clock they wait on.
import { systemClock, type Clock } from './clock.js';
import { DEFAULT_MIN_HOST_INTERVAL_MS, ROBOTS_ERROR_TTL_MS, ROBOTS_TTL_MS } from './defaults.js';
import { HostLimiter } from './host-limiter.js';
import { RobotsCache } from './robots-cache.js';

export interface FetchContext {
  readonly clock: Clock;
  readonly limiter: HostLimiter;
  readonly robots: RobotsCache;
}

export interface FetchContextOptions {
  clock?: Clock;
  /** Minimum time between the starts of two requests to one host (default 1 s). */
  minHostIntervalMs?: number;
  robotsTtlMs?: number;
  robotsErrorTtlMs?: number;
}

export function createFetchContext(options: FetchContextOptions = {}): FetchContext {
  const clock = options.clock ?? systemClock;
  return {
    clock,
    limiter: new HostLimiter(clock, options.minHostIntervalMs ?? DEFAULT_MIN_HOST_INTERVAL_MS),
    robots: new RobotsCache(clock, options.robotsTtlMs ?? ROBOTS_TTL_MS, options.robotsErrorTtlMs ?? ROBOTS_ERROR_TTL_MS),
  };
}

let shared: FetchContext | null = null;

/** The process-wide context used when a request names none. */
export function defaultFetchContext(): FetchContext {
  return (shared ??= createFetchContext());
}
