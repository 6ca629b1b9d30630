/**
 * Layout job.
 *
 * The first layout of a view, computed in one go off the main thread: ForceAtlas2 for a time
 * budget, then no-overlap so labels and discs do not sit on each other, pinned nodes held in
 * place by both. The view gets the result as one update, so the tab draws once instead of on
 * every iteration (a 300-node overview used to keep the main thread busy for its whole run).
 * Pure: `layoutInput` reads the render graph into structured-cloneable arrays, `runLayout`
 * works on them (in the metrics worker, or anywhere in a test).
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { RenderGraph } from './types.ts';

export interface LayoutInput {
  nodes: string[];
  x: number[];
  y: number[];
  size: number[];
  fixed: boolean[];
  /** Endpoints as indexes into `nodes`. */
  edges: [number, number][];
}

export interface LayoutTask {
  settings: ForceAtlas2Settings;
  /** ForceAtlas2 runs until this much time has passed, or `maxIterations`. */
  budgetMs: number;
  maxIterations: number;
  /** No-overlap with this many graph units per screen pixel; null skips it (a very large view). */
  separateScale: number | null;
}

export interface LayoutResult {
  x: number[];
  y: number[];
  iterations: number;
}

/** Iterations between two looks at the clock. */
const CHUNK = 10;

export function layoutInput(graph: RenderGraph): LayoutInput {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const attrs = nodes.map((node) => graph.getNodeAttributes(node));
  return {
    nodes,
    x: attrs.map((a) => a.x),
    y: attrs.map((a) => a.y),
    size: attrs.map((a) => a.size ?? 5),
    fixed: attrs.map((a) => a.fixed === true),
    edges: graph.mapEdges((_edge, _attrs, source, target) => [index.get(source)!, index.get(target)!]),
  };
}

/** No-overlap keeping pinned nodes where they are; the others make room around them. */
function separate(graph: MultiDirectedGraph, scale: number): void {
  noverlap.assign(graph, {
    maxIterations: 200,
    inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: (attrs.size ?? 5) * scale }),
    outputReducer: (key, attrs) =>
      graph.getNodeAttribute(key, 'fixed')
        ? { x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') }
        : attrs,
    settings: { margin: 14 * scale, ratio: 1.2, expansion: 1.1 },
  });
}

export function runLayout(input: LayoutInput, task: LayoutTask, now = () => performance.now()): LayoutResult {
  const graph = new MultiDirectedGraph();
  input.nodes.forEach((node, i) =>
    graph.addNode(node, { x: input.x[i], y: input.y[i], size: input.size[i], fixed: input.fixed[i] }),
  );
  for (const [source, target] of input.edges) graph.addEdge(input.nodes[source]!, input.nodes[target]!);
  const started = now();
  let iterations = 0;
  while (iterations < task.maxIterations && now() - started < task.budgetMs) {
    const step = Math.min(CHUNK, task.maxIterations - iterations);
    forceAtlas2.assign(graph, { iterations: step, settings: task.settings });
    iterations += step;
  }
  if (task.separateScale !== null && graph.order > 1) separate(graph, task.separateScale);
  return {
    x: input.nodes.map((node) => graph.getNodeAttribute(node, 'x') as number),
    y: input.nodes.map((node) => graph.getNodeAttribute(node, 'y') as number),
    iterations,
  };
}
