/**
 * Parallel edges.
 *
 * Edges between the same two nodes (in either direction) are drawn apart: a lone edge is a
 * straight arrow, each of several gets the `curved` program and its own curvature, spread
 * around zero. Pure (no WebGL), so the curve program module is only loaded by the renderer.
 * A merge asks for its new edges' curvatures before adding them, so each is added drawn right
 * (a rewrite costs sigma an update per edge: 32-84 ms at the 10k open); only edges already drawn
 * whose pair grew are rewritten, never the other tens of thousands of an expand at 5,000 nodes.
 */
import type { RenderGraph } from './types.ts';

export const BASE_CURVATURE = 0.35;

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

/** Curvatures of one pair's edges, in the pair's order (null: a lone, straight edge). */
function spreadPair(members: readonly EdgeEnds[], curvatures: Record<string, number | null>): void {
  if (members.length === 1) {
    curvatures[members[0]!.id] = null;
    return;
  }
  members.forEach((member, index) => {
    const spread = (index - (members.length - 1) / 2) * BASE_CURVATURE || BASE_CURVATURE / 2;
    curvatures[member.id] = member.source < member.target ? spread : -spread;
  });
}

function drawnEdges(graph: RenderGraph, source: string, target: string): EdgeEnds[] {
  // Listing builds arrays: most pairs of a fresh view have no edge yet, and this check builds none.
  if (!graph.hasNode(source) || !graph.hasNode(target) || !graph.hasDirectedEdge(source, target)) return [];
  return graph.outEdges(source, target).map((id) => ({ id, source, target }));
}

/** The edges between a and b in both directions, in one order whichever edge asks. */
function pairOf(graph: RenderGraph, source: string, target: string): EdgeEnds[] {
  const [a, b] = source < target ? [source, target] : [target, source];
  return a === b ? drawnEdges(graph, a, a) : [...drawnEdges(graph, a, b), ...drawnEdges(graph, b, a)];
}

export function parallelCurvatures(graph: RenderGraph, only?: Iterable<string>): Record<string, number | null> {
  const seen = new Set<string>();
  const curvatures: Record<string, number | null> = {};
  for (const edge of only ?? graph.edges()) {
    if (!graph.hasEdge(edge) || seen.has(edge)) continue;
    const members = pairOf(graph, graph.source(edge), graph.target(edge));
    for (const member of members) seen.add(member.id);
    spreadPair(members, curvatures);
  }
  return curvatures;
}

/**
 * The curvatures once `added` (edges not yet in the graph, in the order they will be added) are
 * added: theirs, and those of the drawn edges of the same pairs. The same as parallelCurvatures
 * would give after adding them.
 */
export function curvaturesBeforeAdding(graph: RenderGraph, added: readonly EdgeEnds[]): Record<string, number | null> {
  const pairs = new Map<string, { a: string; b: string; forward: EdgeEnds[]; backward: EdgeEnds[] }>();
  for (const edge of added) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${a}\u0000${b}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a, b, forward: [], backward: [] }));
    (edge.source === a ? pair.forward : pair.backward).push(edge);
  }
  const curvatures: Record<string, number | null> = {};
  for (const { a, b, forward, backward } of pairs.values()) {
    // A multigraph lists the edges from one node to another newest first.
    const members =
      a === b
        ? [...forward.reverse(), ...drawnEdges(graph, a, a)]
        : [...forward.reverse(), ...drawnEdges(graph, a, b), ...backward.reverse(), ...drawnEdges(graph, b, a)];
    spreadPair(members, curvatures);
  }
  return curvatures;
}

/** What an edge of this curvature is drawn with. */
export function curveAttributes(curvature: number | null): { type: 'arrow' | 'curved'; curvature: number } {
  return curvature === null ? { type: 'arrow', curvature: 0 } : { type: 'curved', curvature };
}

/** Writes these curvatures to the edges already in the graph, skipping edges already right. */
export function writeCurvatures(graph: RenderGraph, curvatures: Record<string, number | null>): void {
  for (const [edge, curvature] of Object.entries(curvatures)) {
    if (!graph.hasEdge(edge)) continue;
    const next = curveAttributes(curvature);
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.type !== next.type || attrs.curvature !== next.curvature) graph.mergeEdgeAttributes(edge, next);
  }
}
