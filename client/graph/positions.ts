/**
 * Positions.
 *
 * Snapshot and restore of node positions, so a layout survives reloads of the same view (the
 * view stores the snapshot in localStorage under the view's key).
 */
import type { Positions } from './merge-graph.ts';
import type { RenderGraph } from './types.ts';

export function snapshotPositions(graph: RenderGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    if (Number.isFinite(x) && Number.isFinite(y)) positions[node] = [x, y];
  });
  return positions;
}

/** Applies saved positions to the nodes that have one; returns how many did. */
export function applyPositions(graph: RenderGraph, positions: Positions): number {
  let applied = 0;
  for (const [node, pair] of Object.entries(positions)) {
    if (!graph.hasNode(node) || !Array.isArray(pair) || !pair.every(Number.isFinite)) continue;
    graph.mergeNodeAttributes(node, { x: pair[0], y: pair[1] });
    applied += 1;
  }
  return applied;
}

export function parsePositions(text: string | null): Positions {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Positions) : {};
  } catch {
    return {};
  }
}
