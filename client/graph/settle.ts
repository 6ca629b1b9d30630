/**
 * Settle.
 *
 * A short ForceAtlas2 run in which only the given nodes move: the nodes an article, an
 * expansion or a query just added find their place among their neighbours while everything the
 * analyst already sees (and every pinned node) stays exactly where it was. It runs on a copy
 * whose other nodes are `fixed`, so the render graph is never half-updated. `settle` returns
 * the new positions of the movable nodes; `.assign` writes them onto the graph.
 */
import forceAtlas2, { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Positions } from './merge-graph.ts';
import type { RenderGraph } from './types.ts';

/** The ForceAtlas2 settings every layout run of the view uses, so settled nodes match the rest. */
export function layoutSettings(graph: RenderGraph): ForceAtlas2Settings {
  return { ...inferSettings(graph), adjustSizes: false, scalingRatio: 8, gravity: 0.6, slowDown: 4 };
}

export function settle(graph: RenderGraph, movable: Iterable<string>, iterations = 60): Positions {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`settle: iterations should be a positive integer, got ${iterations}`);
  }
  const moving = new Set([...movable].filter((node) => graph.hasNode(node) && !graph.getNodeAttribute(node, 'fixed')));
  if (moving.size === 0) return {};
  const copy = graph.copy();
  copy.forEachNode((node) => copy.setNodeAttribute(node, 'fixed', !moving.has(node)));
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
