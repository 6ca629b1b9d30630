/**
 * Emphasis.
 *
 * The sets of nodes and edges to bring forward: a node's neighbourhood (hover, selection) or a
 * path found by the paths panel. The reducers fade everything outside the active emphasis.
 */
import type { PathJson } from '../../src/model/json.ts';
import type { RenderGraph } from './types.ts';

export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
}

export function neighbourhood(graph: RenderGraph, node: string): Emphasis {
  if (!graph.hasNode(node)) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set<string>([node, ...graph.neighbors(node)]);
  const edges = new Set<string>(graph.edges(node));
  return { nodes, edges };
}

export function pathEmphasis(path: PathJson): Emphasis {
  return {
    nodes: new Set(path.nodes.map((node) => node.id)),
    edges: new Set(path.hops.map((hop) => hop.edge)),
  };
}
