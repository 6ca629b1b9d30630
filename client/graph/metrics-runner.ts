/**
 * Metrics runner.
 *
 * Computes the communities and the "size by" centralities of the view on the main thread while
 * it is small, and in a Web Worker (metrics.worker.ts) from WORKER_NODES nodes on, so a large
 * view stays responsive; a view's first layout always runs there. One worker, started on first
 * use; per kind of job, an answer to an older request is dropped (null).
 */
import { communities } from './communities.ts';
import { centralityScores, type SizeMetric } from './importance.ts';
import { layoutInput, type LayoutResult, type LayoutTask } from './layout-job.ts';
import { metricsInput, WORKER_NODES, type WorkerJob } from './metrics.ts';
import type { RenderGraph } from './types.ts';

type Answer = { id: number; result?: unknown; error?: string };
type Request = { resolve(value: unknown): void; reject(error: Error): void };

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, Request>();
/** The request each kind of job waits on now; a newer one of the same kind replaces it. */
const latest = new Map<string, number>();

function startWorker(): Worker {
  const started = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<Answer>) => {
    const { id, result, error } = event.data;
    const request = waiting.get(id);
    waiting.delete(id);
    if (!request) return;
    if (result !== undefined) request.resolve(result);
    else request.reject(new Error(`metrics: ${error ?? 'the worker gave no answer'}`));
  };
  return started;
}

function inWorker<T>(job: WorkerJob): Promise<T | null> {
  const id = ++lastId;
  const kind = job.kind;
  const older = latest.get(kind);
  if (older !== undefined) {
    waiting.get(older)?.resolve(null);
    waiting.delete(older);
  }
  latest.set(kind, id);
  worker ??= startWorker();
  const answer = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, job });
  return answer.then((found) => (latest.get(kind) === id ? (found as T | null) : null));
}

/** Resolves with the communities, or null when a newer request has replaced this one. */
export function computeCommunities(graph: RenderGraph): Promise<Record<string, number> | null> {
  if (graph.order < WORKER_NODES) {
    latest.delete('communities');
    return Promise.resolve(communities(graph));
  }
  return inWorker({ kind: 'communities', input: metricsInput(graph) });
}

/** True when a metric over this view runs in the worker: degree never does, it is a count. */
export function scoresInWorker(graph: RenderGraph, metric: SizeMetric): boolean {
  return metric !== 'degree' && graph.order >= WORKER_NODES;
}

/** Resolves with the centrality of each node, or null when a newer request replaced this one. */
export function computeScores(graph: RenderGraph, metric: SizeMetric): Promise<Record<string, number> | null> {
  if (!scoresInWorker(graph, metric)) {
    latest.delete('scores');
    return Promise.resolve(centralityScores(graph, metric));
  }
  return inWorker({ kind: 'scores', metric, input: metricsInput(graph) });
}

/**
 * Resolves with new positions for the view's nodes (in `nodes` order), or null when a newer
 * layout replaced this one.
 */
export async function computeLayout(
  graph: RenderGraph,
  task: LayoutTask,
): Promise<{ nodes: string[]; result: LayoutResult } | null> {
  const input = layoutInput(graph);
  const result = await inWorker<LayoutResult>({ kind: 'layout', input, task });
  return result && { nodes: input.nodes, result };
}
