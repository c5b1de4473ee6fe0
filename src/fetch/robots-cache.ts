// robots.txt per origin (RFC 9309), parsed with robots-parser and cached with a TTL. Fetching is
// left to the caller (the client fetches robots.txt with the same limits, without this check).
import robotsParserModule from 'robots-parser';
import type { Clock } from './clock.js';
import { MAX_CRAWL_DELAY_MS, MAX_REMEMBERED_HOSTS, ROBOTS_ERROR_TTL_MS, ROBOTS_TTL_MS } from './defaults.js';
import type { FetchErrorKind, FetchResult } from './types.js';

// robots-parser is CommonJS (`module.exports = fn`) while its typings declare an ES default export,
// which NodeNext reads as `.default`; at run time the default import is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

export type RobotsVerdict =
  | { allowed: true; crawlDelayMs: number | null }
  | { allowed: false; kind: FetchErrorKind; problem: string };

type Rules =
  | { kind: 'parsed'; robot: Robot }
  | { kind: 'allow-all' }
  /** robots.txt could not be fetched (5xx, network): RFC 9309 says assume complete disallow. */
  | { kind: 'unreachable'; errorKind: FetchErrorKind; problem: string };

interface Entry {
  rules: Rules;
  expires: number;
}

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();

  constructor(private readonly clock: Clock, private readonly ttlMs = ROBOTS_TTL_MS, private readonly errorTtlMs = ROBOTS_ERROR_TTL_MS) {}

  /** Whether `url` may be fetched by `userAgent`; `fetchRobots` is called at most once per origin and TTL. */
  async check(url: URL, userAgent: string, fetchRobots: (robotsUrl: string) => Promise<FetchResult>): Promise<RobotsVerdict> {
    const rules = (await this.entry(url.origin, fetchRobots)).rules;
    if (rules.kind === 'allow-all') return { allowed: true, crawlDelayMs: null };
    if (rules.kind === 'unreachable') return { allowed: false, kind: rules.errorKind, problem: rules.problem };
    if (rules.robot.isAllowed(url.href, userAgent) === false) {
      const line = rules.robot.getMatchingLineNumber(url.href, userAgent);
      return { allowed: false, kind: 'robots', problem: `refused by robots.txt${line > 0 ? ` (line ${line})` : ''}` };
    }
    const delay = rules.robot.getCrawlDelay(userAgent);
    return { allowed: true, crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null };
  }

  private async entry(origin: string, fetchRobots: (robotsUrl: string) => Promise<FetchResult>): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expires > this.clock.now()) return cached;
    let pending = this.loading.get(origin);
    if (!pending) {
      pending = this.load(origin, fetchRobots).finally(() => this.loading.delete(origin));
      this.loading.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string, fetchRobots: (robotsUrl: string) => Promise<FetchResult>): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await fetchRobots(robotsUrl);
    const rules = rulesFrom(robotsUrl, result);
    // An aborted fetch says nothing about the site: do not remember it.
    if (result.status === 'error' && result.kind === 'aborted') return { rules, expires: -Infinity };
    const entry = { rules, expires: this.clock.now() + (rules.kind === 'unreachable' ? this.errorTtlMs : this.ttlMs) };
    if (this.entries.size >= MAX_REMEMBERED_HOSTS) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.delete(origin);
    this.entries.set(origin, entry);
    return entry;
  }
}

function rulesFrom(robotsUrl: string, result: FetchResult): Rules {
  if (result.status === 'ok') return { kind: 'parsed', robot: robotsParser(robotsUrl, result.body.toString('utf8')) };
  if (result.status === 'not-modified') return { kind: 'allow-all' };
  // RFC 9309 2.3.1.3: 4xx means no robots.txt, so no restrictions (a 429 that outlived the retries counts as unreachable).
  if (result.kind === 'http' && result.httpStatus !== undefined && result.httpStatus >= 400 && result.httpStatus < 500 && result.httpStatus !== 429) {
    return { kind: 'allow-all' };
  }
  return { kind: 'unreachable', errorKind: result.kind, problem: `robots.txt could not be fetched (${result.problem})` };
}
