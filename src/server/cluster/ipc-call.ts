// Request/reply between `serve --workers N` processes and their primary over node:cluster's IPC
// channel: a worker sends { px: kind, id, ...payload }, the primary answers { px: `${kind}-reply`, id, ...reply }.
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';

type Message = { px: string; id: number } & Record<string, unknown>;

const pending = new Map<number, (reply: Message) => void>();
let nextId = 1;
let listening = false;

function onReply(message: unknown): void {
  const m = message as Message;
  if (typeof m?.px !== 'string' || !m.px.endsWith('-reply')) return;
  const settle = pending.get(m.id);
  pending.delete(m.id);
  settle?.(m);
}

/** Worker side: sends a request of this kind and resolves with the primary's reply message. */
export function askPrimary<Reply>(kind: string, payload: object): Promise<Reply & Message> {
  if (!listening) { process.on('message', onReply); listening = true; }
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve as (reply: Message) => void);
    process.send!({ ...payload, px: kind, id });
  });
}

/** Primary side: answers every worker request of this kind; `reply` sends the answer back to its worker. */
export function answerWorkers<Request>(kind: string, handle: (request: Request, reply: (answer: object) => void) => void): void {
  cluster.on('message', (worker: Worker, message: unknown) => {
    const m = message as Message;
    if (m?.px !== kind) return;
    handle(m as unknown as Request, (answer) => { if (worker.isConnected()) worker.send({ ...answer, px: `${kind}-reply`, id: m.id }); });
  });
}
