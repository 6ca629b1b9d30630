/**
 * Metrics worker.
 *
 * Runs the costly work off the main thread for large views: Louvain (communities.ts), the
 * centralities behind "size by" (PageRank, betweenness) and a view's first layout
 * (layout-job.ts). Receives `{id, job}` and answers `{id, result}` or `{id, error}`.
 */
import { communities } from './communities.ts';
import { centralityScores } from './importance.ts';
import { runLayout } from './layout-job.ts';
import { metricsGraph, type WorkerJob, type WorkerRequest } from './metrics.ts';

function run(job: WorkerJob): unknown {
  switch (job.kind) {
    case 'communities':
      return communities(metricsGraph(job.input));
    case 'scores':
      return centralityScores(metricsGraph(job.input), job.metric);
    case 'layout':
      return runLayout(job.input, job.task);
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, job } = event.data;
  try {
    self.postMessage({ id, result: run(job) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
