/**
 * Emphasis.
 *
 * The sets of nodes and edges to bring forward: a node's neighbourhood (hover, selection), a
 * path found by the paths panel, or the part of the graph an article added. The reducers fade
 * everything outside the active emphasis.
 */
import type { GraphJson, PathJson } from '../../src/model/json.ts';
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

/** Every node and edge of an API result (e.g. the part of the graph an article reported). */
export function graphEmphasis(json: GraphJson): Emphasis {
  if (!json || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new TypeError('graphEmphasis: expected {nodes, edges} arrays');
  }
  return {
    nodes: new Set(json.nodes.map((node) => node.id)),
    edges: new Set(json.edges.map((edge) => edge.id)),
  };
}
