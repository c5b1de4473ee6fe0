// Thread entry of a run's provenance steps (see provenance-thread.ts): its own store connection;
// steps are taken one at a time, in the order they arrive.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../store/open-store.js';
import { logStep } from './provenance-mem-log.js';
import { timedStep, type StepReply, type StepRequest } from './provenance-thread.js';

const { location, threads } = workerData as { location: string; threads: number };
const store = await openStore(location);
let queue = Promise.resolve();

parentPort!.on('message', (request: StepRequest) => {
  queue = queue.then(async () => {
    if ('close' in request) {
      await store.close();
      parentPort!.close();
      return;
    }
    let reply: StepReply;
    try {
      reply = { seq: request.seq, ok: true, step: await timedStep(store, request.ids, new Map(request.summaries), threads) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply = { seq: request.seq, ok: false, message: e.message, stack: e.stack };
    }
    logStep(request.seq, reply.ok ? reply.step : reply.message);
    parentPort!.postMessage(reply);
  });
});
