/**
 * Parallel edges.
 *
 * Edges between the same two nodes (in either direction) are drawn apart: a lone edge is a
 * straight arrow, each of several gets the `curved` program and its own curvature, spread
 * around zero. Pure (no WebGL), so the curve program module is only loaded by the renderer.
 */
import type { RenderGraph } from './types.ts';

export const BASE_CURVATURE = 0.35;

export function parallelCurvatures(graph: RenderGraph): Record<string, number | null> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures: Record<string, number | null> = {};
  for (const edges of groups.values()) {
    if (edges.length === 1) {
      curvatures[edges[0]!] = null;
      continue;
    }
    edges.forEach((edge, index) => {
      const spread = (index - (edges.length - 1) / 2) * BASE_CURVATURE || BASE_CURVATURE / 2;
      const canonical = graph.source(edge) < graph.target(edge);
      curvatures[edge] = canonical ? spread : -spread;
    });
  }
  return curvatures;
}

parallelCurvatures.assign = (graph: RenderGraph): void => {
  const curvatures = parallelCurvatures(graph);
  graph.forEachEdge((edge) => {
    const curvature = curvatures[edge] ?? null;
    graph.mergeEdgeAttributes(
      edge,
      curvature === null ? { type: 'arrow', curvature: 0 } : { type: 'curved', curvature },
    );
  });
};
