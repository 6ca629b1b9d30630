/**
 * Metrics input.
 *
 * What a metrics worker needs of the render graph, as plain structured-cloneable data (node
 * ids and edge endpoints; no labels, positions or colours), and the graph rebuilt from it on
 * the other side. From WORKER_NODES nodes on, metrics run in a worker so the tab never
 * freezes while Louvain visits a large view.
 */
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { SizeMetric } from './importance.ts';
import type { LayoutInput, LayoutTask } from './layout-job.ts';

/** From this many nodes on, a metric runs in a Web Worker rather than on the main thread. */
export const WORKER_NODES = 300;

export interface MetricsInput {
  nodes: string[];
  edges: [string, string][];
}

/** What the worker is asked to do, with its input. */
export type WorkerJob =
  | { kind: 'communities'; input: MetricsInput }
  | { kind: 'scores'; metric: SizeMetric; input: MetricsInput }
  | { kind: 'layout'; input: LayoutInput; task: LayoutTask };

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

export function metricsInput(graph: AbstractGraph): MetricsInput {
  return { nodes: graph.nodes(), edges: graph.mapEdges((_edge, _attrs, source, target) => [source, target]) };
}

export function metricsGraph(input: MetricsInput): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of input.nodes) graph.addNode(node);
  for (const [source, target] of input.edges) graph.addEdge(source, target);
  return graph;
}
