/**
 * Importance sizing.
 *
 * Node sizes from degree (edges in either direction, so actors that act and meetings that are
 * acted upon weigh the same), scaled by square root between a minimum and a maximum: the hubs
 * of the story (the Sochi congress, Russia, de Mistura) stand out while leaves stay clickable.
 * `importanceSizes` returns the mapping; `.assign` writes it onto the graph.
 */
import type { RenderGraph } from './types.ts';

export interface SizeOptions {
  min: number;
  max: number;
}

const DEFAULTS: SizeOptions = { min: 5, max: 18 };

export function importanceSizes(graph: RenderGraph, options: Partial<SizeOptions> = {}): Record<string, number> {
  const { min, max } = { ...DEFAULTS, ...options };
  if (!(min > 0) || min > max) throw new RangeError(`importanceSizes: expected 0 < min <= max, got ${min}, ${max}`);
  const sizes: Record<string, number> = {};
  let high = 0;
  graph.forEachNode((node) => (high = Math.max(high, graph.degree(node))));
  graph.forEachNode((node) => {
    const share = high > 0 ? graph.degree(node) / high : 0;
    sizes[node] = min + Math.sqrt(share) * (max - min);
  });
  return sizes;
}

importanceSizes.assign = (graph: RenderGraph, options: Partial<SizeOptions> = {}): void => {
  const sizes = importanceSizes(graph, options);
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizes[node] ?? DEFAULTS.min));
};
