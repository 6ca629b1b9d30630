/**
 * Metrics runner.
 *
 * Computes the communities of the view on the main thread while it is small, and in a Web
 * Worker (metrics.worker.ts) from WORKER_NODES nodes on, so a large view stays responsive.
 * One worker, started on first use; an answer to an older request is dropped.
 */
import { communities } from './communities.ts';
import { metricsInput, WORKER_NODES } from './metrics.ts';
import type { RenderGraph } from './types.ts';

type Answer = { id: number; communities?: Record<string, number>; error?: string };

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, { resolve(value: Record<string, number>): void; reject(error: Error): void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<Answer>) => {
    const { id, communities: found, error } = event.data;
    const request = waiting.get(id);
    waiting.delete(id);
    if (!request) return;
    if (found) request.resolve(found);
    else request.reject(new Error(`metrics: ${error ?? 'the worker gave no answer'}`));
  };
  return started;
}

/** Resolves with the communities, or null when a newer request has replaced this one. */
export function computeCommunities(graph: RenderGraph): Promise<Record<string, number> | null> {
  const id = ++lastId;
  if (graph.order < WORKER_NODES) return Promise.resolve(communities(graph));
  worker ??= startWorker();
  for (const [older, request] of waiting) {
    waiting.delete(older);
    request.resolve({});
  }
  const answer = new Promise<Record<string, number>>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, input: metricsInput(graph) });
  return answer.then((found) => (id === lastId ? found : null));
}
