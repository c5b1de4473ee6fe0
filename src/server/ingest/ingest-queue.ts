// One queue for every write: the SQLite store has a single writer, so ingests run one at a time,
// in arrival order. Readers are never queued; a full queue is refused at once (503) rather than
// holding connections open for minutes.
import { HttpProblem } from '../problem.js';

export class IngestQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting: number) {}

  /** Number of jobs queued or running. */
  get size(): number {
    return this.waiting;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.waiting > this.maxWaiting) {
      return Promise.reject(new HttpProblem(503, 'Ingest queue full', `${this.waiting} ingests are queued; retry in a minute`));
    }
    this.waiting++;
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined).finally(() => { this.waiting--; });
    return result;
  }
}
