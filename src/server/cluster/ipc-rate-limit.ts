// Rate limits shared by the worker processes of `serve --workers N`: each worker asks the primary
// process, which holds the only counters, so a client gets the configured number of requests per
// window from the whole server, whichever worker its connections land on. @fastify/rate-limit's own
// stores are per process (LocalStore) or need Redis; its store contract is small (incr, child).
import { answerWorkers, askPrimary } from './ipc-call.js';

interface RateRequest { space: string; key: string; timeWindow: number; max: number }
interface RateReply { current: number; ttl: number }
type Callback = (err: Error | null, res?: RateReply) => void;

/** The worker side: a @fastify/rate-limit store whose counts live in the primary process. */
export class IpcRateLimitStore {
  private children = 0;
  constructor(_options?: unknown, private readonly space = 'global') {}
  incr(key: string, cb: Callback, timeWindow: number, max: number): void {
    askPrimary<RateReply>('rate', { space: this.space, key, timeWindow, max } satisfies RateRequest).then((r) => cb(null, { current: r.current, ttl: r.ttl }));
  }
  /** Routes with their own limits count apart; every worker registers routes in the same order, so
   * the n-th child names the same route in each. */
  child(): IpcRateLimitStore {
    return new IpcRateLimitStore(undefined, `${this.space}/${++this.children}`);
  }
}

/** The primary side: fixed windows per (route space, client key), as LocalStore counts them. */
export function serveRateLimits(): void {
  const windows = new Map<string, { count: number; start: number; span: number }>();
  let sweep = Date.now();
  answerWorkers<RateRequest>('rate', (m, send: (reply: RateReply) => void) => {
    const now = Date.now();
    if (now - sweep > 60_000) { // forget windows that ended (bounded memory under many clients)
      for (const [k, w] of windows) if (w.start + w.span <= now) windows.delete(k);
      sweep = now;
    }
    const k = `${m.space}\u0000${m.key}`;
    let w = windows.get(k);
    if (!w || w.start + w.span <= now) windows.set(k, (w = { count: 0, start: now, span: m.timeWindow }));
    w.count++;
    send({ current: w.count, ttl: w.span - (now - w.start) });
  });
}
