// Hands work items to a few concurrent dispatches (worker threads, or inline), in batches of those
// that wait: an idle slot takes what is there at once, a busy pool lets batches fill. Batches let
// the language stage run one step at a time across several articles (see annotateTexts).

/** An item's result, or why it failed (a failing item fails alone). */
export type Outcome<R> = { ok: R } | { error: string };

/** The outcome of an item that threw `err`. */
export const failure = (err: unknown): { error: string } => ({ error: err instanceof Error ? err.message : String(err) });

interface Waiting<T, R> { item: T; resolve: (r: R) => void; reject: (e: Error) => void; alone?: boolean }

export interface BatchingPool<T, R> {
  run(item: T): Promise<R>;
  /** How many items may be in flight before the caller should wait (back-pressure). */
  readonly capacity: number;
  close(): Promise<void>;
}

/**
 * `slots` concurrent calls of `dispatch`, each with up to `batch` waiting items. A batch that fails
 * as a whole (past its deadline, a crashed thread) is retried one item at a time, so a hostile item
 * fails alone and the others of its batch still finish.
 */
export function batchingPool<T, R>(slots: number, batch: number, dispatch: (items: T[]) => Promise<Outcome<R>[]>, close: () => Promise<void>): BatchingPool<T, R> {
  const waiting: Waiting<T, R>[] = [];
  let busy = 0;
  let closed = false;
  const send = (group: Waiting<T, R>[]): void => {
    busy++;
    dispatch(group.map((w) => w.item)).then((outcomes) => {
      outcomes.forEach((o, i) => ('ok' in o ? group[i].resolve(o.ok) : group[i].reject(new Error(o.error))));
    }, (err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      // Once closed, a failed batch is not retried item by item: the pool is gone.
      if (group.length === 1 || closed) for (const w of group) w.reject(error);
      else waiting.unshift(...group.map((w) => ({ ...w, alone: true })));
    }).finally(() => {
      busy--;
      pump();
    });
  };
  const pump = (): void => {
    while (busy < slots && waiting.length > 0) send(waiting.splice(0, waiting[0].alone ? 1 : batch));
  };
  return {
    // Room for every slot's batch plus one waiting batch each, so that batches can fill.
    capacity: slots * batch * 2,
    run: (item) => new Promise<R>((resolve, reject) => {
      if (closed) { reject(new Error('the worker pool is closed')); return; }
      waiting.push({ item, resolve, reject });
      pump();
    }),
    close: async () => {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new Error('the worker pool is closed'));
      await close();
    },
  };
}
