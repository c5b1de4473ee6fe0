// Per-host politeness: requests to one host run one at a time, in the order asked, and start at
// least `interval` apart. Different hosts do not wait for each other.
import type { Clock } from './clock.js';
import { MAX_REMEMBERED_HOSTS } from './defaults.js';

interface HostSlot {
  /** Settles when the last queued request to the host has finished. */
  tail: Promise<void>;
  lastStart: number | null;
  /** Set from a robots.txt Crawl-delay when longer than the default interval. */
  intervalMs: number | null;
  /** Requests queued or running. */
  pending: number;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostSlot>();

  constructor(private readonly clock: Clock, private readonly minIntervalMs: number) {}

  /** Raises the interval for one host (a Crawl-delay); never below the default. */
  setInterval(host: string, ms: number): void {
    this.slot(host).intervalMs = Math.max(ms, this.minIntervalMs);
  }

  intervalFor(host: string): number {
    return this.hosts.get(host)?.intervalMs ?? this.minIntervalMs;
  }

  /** Runs `task` when the host is free and its interval has passed. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const slot = this.slot(host);
    const previous = slot.tail;
    let release!: () => void;
    slot.pending++;
    slot.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      signal?.throwIfAborted();
      if (slot.lastStart !== null) {
        const wait = slot.lastStart + (slot.intervalMs ?? this.minIntervalMs) - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait, signal);
      }
      slot.lastStart = this.clock.now();
      return await task();
    } finally {
      slot.pending--;
      release();
    }
  }

  private slot(host: string): HostSlot {
    let slot = this.hosts.get(host);
    if (!slot) {
      if (this.hosts.size >= MAX_REMEMBERED_HOSTS) this.forgetIdle();
      slot = { tail: Promise.resolve(), lastStart: null, intervalMs: null, pending: 0 };
      this.hosts.set(host, slot);
    }
    return slot;
  }

  /** Drops hosts whose last request started long enough ago that forgetting it changes nothing. */
  private forgetIdle(): void {
    const now = this.clock.now();
    for (const [host, slot] of this.hosts) {
      if (slot.pending === 0 && slot.lastStart !== null && now - slot.lastStart > (slot.intervalMs ?? this.minIntervalMs)) this.hosts.delete(host);
    }
  }
}
