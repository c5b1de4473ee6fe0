// A per-task time limit for worker-thread work that is not fooled by a busy main thread.
// AbortSignal.timeout alone fails healthy tasks: while the main thread runs a long corpus step, finished
// results wait in the message port and queued tasks cannot be dispatched, yet their timers fire first when
// the loop resumes. A timer that fires late (the loop was blocked) re-arms instead of aborting, so only a
// task that is still unfinished after a full period of a responsive main thread is aborted.

/** How late a timer may fire and still count as on time. */
const LAG_TOLERANCE_MS = 1_000;

export interface TaskDeadline {
  readonly signal: AbortSignal;
  /** Stops the timer once the task has settled. */
  clear(): void;
}

export function taskDeadline(ms: number, label = 'task'): TaskDeadline {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const due = performance.now() + ms;
    timer = setTimeout(() => {
      if (performance.now() - due > LAG_TOLERANCE_MS) arm();
      else controller.abort(new Error(`${label} took longer than ${Math.round(ms / 1000)} s`));
    }, ms);
    timer.unref();
  };
  arm();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * Starts a pool task under a deadline. Callers await results in input order, so a later task failing
 * first is marked handled here and still rejects when its turn comes.
 */
export function runWithDeadline<T>(ms: number, label: string, start: (signal: AbortSignal) => Promise<unknown>): Promise<T> {
  const deadline = taskDeadline(ms, label);
  const result = (start(deadline.signal) as Promise<T>).finally(deadline.clear);
  result.catch(() => {});
  return result;
}
