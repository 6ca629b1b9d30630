/**
 * Parallel edges.
 *
 * Edges between the same two nodes (in either direction) are drawn apart: a lone edge is a
 * straight arrow, each of several gets the `curved` program and its own curvature, spread
 * around zero. Pure (no WebGL), so the curve program module is only loaded by the renderer.
 * Given the edges a merge added, only their node pairs are recomputed: an expand at 5,000 nodes
 * must not touch the other tens of thousands of edges (each write costs sigma an update).
 */
import type { RenderGraph } from './types.ts';

export const BASE_CURVATURE = 0.35;

/** The edges between a and b in both directions, in one order whichever edge asks. */
function pairOf(graph: RenderGraph, source: string, target: string): string[] {
  const [a, b] = source < target ? [source, target] : [target, source];
  return a === b ? graph.outEdges(a, a) : [...graph.outEdges(a, b), ...graph.outEdges(b, a)];
}

export function parallelCurvatures(graph: RenderGraph, only?: Iterable<string>): Record<string, number | null> {
  const seen = new Set<string>();
  const curvatures: Record<string, number | null> = {};
  for (const edge of only ?? graph.edges()) {
    if (!graph.hasEdge(edge) || seen.has(edge)) continue;
    const edges = pairOf(graph, graph.source(edge), graph.target(edge));
    for (const member of edges) seen.add(member);
    if (edges.length === 1) {
      curvatures[edges[0]!] = null;
      continue;
    }
    edges.forEach((member, index) => {
      const spread = (index - (edges.length - 1) / 2) * BASE_CURVATURE || BASE_CURVATURE / 2;
      const canonical = graph.source(member) < graph.target(member);
      curvatures[member] = canonical ? spread : -spread;
    });
  }
  return curvatures;
}

/** Writes the curvatures (of `only`'s pairs, or of every edge), skipping edges already right. */
parallelCurvatures.assign = (graph: RenderGraph, only?: Iterable<string>): void => {
  for (const [edge, curvature] of Object.entries(parallelCurvatures(graph, only))) {
    const next = curvature === null ? { type: 'arrow' as const, curvature: 0 } : { type: 'curved' as const, curvature };
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.type !== next.type || attrs.curvature !== next.curvature) graph.mergeEdgeAttributes(edge, next);
  }
};
