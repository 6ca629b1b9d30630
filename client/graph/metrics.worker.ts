/**
 * Metrics worker.
 *
 * Runs the costly metrics off the main thread for large views: Louvain (communities.ts) and the
 * centralities behind "size by" (PageRank, betweenness). Receives `{id, input, task}` and
 * answers `{id, result}` or `{id, error}`.
 */
import { communities } from './communities.ts';
import { centralityScores } from './importance.ts';
import { metricsGraph, type MetricsRequest } from './metrics.ts';

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, input, task } = event.data;
  try {
    const graph = metricsGraph(input);
    const result = task.kind === 'communities' ? communities(graph) : centralityScores(graph, task.metric);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
