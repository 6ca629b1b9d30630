/**
 * Settle.
 *
 * A short ForceAtlas2 run in which only the given nodes move: the nodes an article, an
 * expansion or a query just added find their place among their neighbours while everything the
 * analyst already sees (and every pinned node) stays exactly where it was. It runs on a copy of
 * the new nodes' neighbourhood whose other nodes are `fixed`, so the render graph is never
 * half-updated and the cost follows what was added, not the size of the view. `settle` returns
 * the new positions of the movable nodes; `.assign` writes them onto the graph.
 */
import forceAtlas2, { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Positions } from './merge-graph.ts';
import { createRenderGraph, type RenderGraph } from './types.ts';

/** The ForceAtlas2 settings every layout run of the view uses, so settled nodes match the rest. */
export function layoutSettings(graph: RenderGraph): ForceAtlas2Settings {
  return { ...inferSettings(graph), adjustSizes: false, scalingRatio: 8, gravity: 0.6, slowDown: 4 };
}

/**
 * The movable nodes and their neighbours (fixed), with the edges among them: what pulls the new
 * nodes into place, without iterating over the thousands of nodes that may not move anyway.
 */
function neighbourhoodCopy(graph: RenderGraph, moving: Set<string>): RenderGraph {
  const copy = createRenderGraph();
  const include = (node: string) => {
    if (!copy.hasNode(node)) copy.addNode(node, { ...graph.getNodeAttributes(node), fixed: !moving.has(node) });
  };
  for (const node of moving) {
    include(node);
    graph.forEachNeighbor(node, include);
  }
  for (const node of moving) {
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (!copy.hasEdge(edge)) copy.addDirectedEdgeWithKey(edge, source, target, attrs);
    });
  }
  return copy;
}

export function settle(graph: RenderGraph, movable: Iterable<string>, iterations = 60): Positions {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`settle: iterations should be a positive integer, got ${iterations}`);
  }
  const moving = new Set([...movable].filter((node) => graph.hasNode(node) && !graph.getNodeAttribute(node, 'fixed')));
  if (moving.size === 0) return {};
  const copy = neighbourhoodCopy(graph, moving);
  forceAtlas2.assign(copy, { iterations, settings: layoutSettings(graph) });
  const positions: Positions = {};
  for (const node of moving) positions[node] = [copy.getNodeAttribute(node, 'x'), copy.getNodeAttribute(node, 'y')];
  return positions;
}

settle.assign = (graph: RenderGraph, movable: Iterable<string>, iterations = 60): void => {
  for (const [node, [x, y]] of Object.entries(settle(graph, movable, iterations))) {
    graph.mergeNodeAttributes(node, { x, y });
  }
};
