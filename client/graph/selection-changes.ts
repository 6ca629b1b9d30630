/**
 * Selection changes.
 *
 * A new selection restyles only what the reducers draw differently: the node or edge selected
 * before and the one selected now, and the edges of a selected node (their labels and order).
 * Restyling the whole view instead re-ran the reducers of every drawn edge on each click or search
 * (thousands in an expanded view) before the details could be drawn.
 */
import type { RenderGraph } from './types.ts';

export interface Selection {
  node: string | null;
  edge: string | null;
}

export function selectionChanges(
  graph: RenderGraph,
  before: Selection,
  after: Selection,
): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const { node, edge } of [before, after]) {
    if (node !== null && graph.hasNode(node)) {
      nodes.add(node);
      for (const incident of graph.edges(node)) edges.add(incident);
    }
    if (edge !== null && graph.hasEdge(edge)) edges.add(edge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
