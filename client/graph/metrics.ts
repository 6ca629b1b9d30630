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

/** From this many nodes on, a metric runs in a Web Worker rather than on the main thread. */
export const WORKER_NODES = 300;

export interface MetricsInput {
  nodes: string[];
  edges: [string, string][];
}

export type MetricsTask = { kind: 'communities' } | { kind: 'scores'; metric: SizeMetric };

export interface MetricsRequest {
  id: number;
  input: MetricsInput;
  task: MetricsTask;
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
