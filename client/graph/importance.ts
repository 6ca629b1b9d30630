/**
 * Importance sizing.
 *
 * Node sizes from a centrality, scaled by square root between a minimum and a maximum, as Gephi
 * Lite's "size by" does: degree (edges in either direction, so actors that act and meetings
 * that are acted upon weigh the same; the default), PageRank or betweenness (graphology-metrics).
 * The hubs of the story (the Sochi congress, Russia, de Mistura) stand out while leaves stay
 * clickable. `importanceSizes` returns the mapping; `.assign` writes it onto the graph.
 */
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph } from 'graphology-types';
import type { RenderGraph } from './types.ts';

export const SIZE_METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export interface SizeOptions {
  min: number;
  max: number;
  metric: SizeMetric;
}

const DEFAULTS: SizeOptions = { min: 5, max: 18, metric: 'degree' };

/** The centrality behind a size: what the metrics worker computes for large views. */
export function centralityScores(graph: AbstractGraph, metric: SizeMetric): Record<string, number> {
  if (metric === 'pagerank') return pagerank(graph, { getEdgeWeight: null });
  if (metric === 'betweenness') return betweenness(graph, { getEdgeWeight: null });
  const degrees: Record<string, number> = {};
  graph.forEachNode((node) => (degrees[node] = graph.degree(node)));
  return degrees;
}

export function importanceSizes(graph: RenderGraph, options: Partial<SizeOptions> = {}): Record<string, number> {
  const metric = options.metric ?? DEFAULTS.metric;
  if (!SIZE_METRICS.includes(metric)) throw new RangeError(`importanceSizes: unknown metric '${String(metric)}'`);
  return sizesFromScores(graph, graph.order > 0 ? centralityScores(graph, metric) : {}, options);
}

/** Sizes from centrality scores (computed here or by the metrics worker). */
export function sizesFromScores(
  graph: RenderGraph,
  values: Record<string, number>,
  options: Partial<SizeOptions> = {},
): Record<string, number> {
  const { min, max } = { ...DEFAULTS, ...options };
  if (!(min > 0) || min > max) throw new RangeError(`importanceSizes: expected 0 < min <= max, got ${min}, ${max}`);
  const high = Object.values(values).reduce((top, value) => Math.max(top, value), 0);
  const sizes: Record<string, number> = {};
  graph.forEachNode((node) => {
    const share = high > 0 ? (values[node] ?? 0) / high : 0;
    sizes[node] = min + Math.sqrt(share) * (max - min);
  });
  return sizes;
}

importanceSizes.assign = (graph: RenderGraph, options: Partial<SizeOptions> = {}): void => {
  writeSizes(graph, importanceSizes(graph, options));
};

/** Writes only the sizes that changed: after an expand most stay, and each write costs sigma an update. */
export function writeSizes(graph: RenderGraph, sizes: Record<string, number>): void {
  graph.forEachNode((node, attrs) => {
    const size = sizes[node] ?? DEFAULTS.min;
    if (attrs.size !== size) graph.setNodeAttribute(node, 'size', size);
  });
}
