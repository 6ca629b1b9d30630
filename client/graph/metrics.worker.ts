/**
 * Metrics worker.
 *
 * Runs Louvain (communities.ts) off the main thread for large views: receives
 * `{id, input: MetricsInput}` and answers `{id, communities}` or `{id, error}`.
 */
import { communities } from './communities.ts';
import { metricsGraph, type MetricsInput } from './metrics.ts';

self.onmessage = (event: MessageEvent<{ id: number; input: MetricsInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, communities: communities(metricsGraph(input)) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
