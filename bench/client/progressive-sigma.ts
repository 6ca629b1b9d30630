/**
 * Progressive sigma.
 *
 * Draws a big graph with sigma 3 so that something useful is on screen early and the main
 * thread never stalls: the most important nodes (the payload is ordered by importance) and the
 * edges among them go into the first frame; the rest is streamed in, in chunks sized by a time
 * budget per frame (sigma refreshes only what each chunk added, no full re-index); above a size
 * threshold the cheap programs are used (points for nodes, 1px lines for edges) with
 * `hideEdgesOnMove` and fewer labels; ForceAtlas2 runs in a web worker once everything is in (the
 * FA2 supervisor respawns its worker on every graph change, so it is started after loading).
 * New nodes without positions are placed next to an already placed neighbour, so the picture
 * is readable before the layout has run.
 *
 * Written to be adopted by client/view: `mountProgressive(container, data, options)` returns the
 * sigma instance, the graph and promises for first frame and full load; `kill()` cleans up.
 */
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { CompactGraph } from './compact-graph.ts';

export interface ProgressiveOptions {
  /** Nodes in the first frame (the most important ones). */
  firstChunk: number;
  /** Main-thread milliseconds spent adding nodes per frame while streaming. */
  frameBudgetMs: number;
  /** From this many nodes on: point/line programs, hideEdgesOnMove, fewer labels. */
  largeGraphThreshold: number;
  /** 'worker': ForceAtlas2 in a web worker after loading; 'none': keep the given positions. */
  layout: 'worker' | 'none';
  colors: Record<string, string>;
  onProgress?: (nodes: number, edges: number) => void;
}

export const DEFAULTS: ProgressiveOptions = {
  firstChunk: 2_000,
  frameBudgetMs: 8,
  largeGraphThreshold: 5_000,
  layout: 'none',
  colors: {
    Person: '#4e79a7',
    State: '#e15759',
    Organization: '#f28e2b',
    ArmedGroup: '#b07aa1',
    Meeting: '#59a14f',
    Place: '#9c755f',
    Document: '#76b7b2',
    Position: '#edc948',
  },
};

export interface ProgressiveView {
  sigma: Sigma;
  graph: Graph;
  /** Resolves after the first frame with the first chunk is on screen. */
  firstFrame: Promise<void>;
  /** Resolves when every node and edge has been added. */
  loaded: Promise<void>;
  layout: FA2Layout | undefined;
  kill(): void;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function mountProgressive(
  container: HTMLElement,
  data: CompactGraph,
  partial: Partial<ProgressiveOptions> = {},
): ProgressiveView {
  if (!(container instanceof HTMLElement)) throw new Error('ProgressiveSigma: container should be an html element.');
  const options = { ...DEFAULTS, ...partial };
  const total = data.ids.length;
  const large = total >= options.largeGraphThreshold;
  const hasPositions = data.x.length === total;
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const maxWeight = Math.max(1, ...data.weights.slice(0, 1));
  // Edges by their later endpoint, so a chunk of nodes brings exactly the edges it completes.
  const edgesByNode: number[][] = Array.from({ length: total }, () => []);
  for (let e = 0; e < data.edges.length / 2; e++) {
    const s = data.edges[2 * e]!;
    const t = data.edges[2 * e + 1]!;
    edgesByNode[Math.max(s, t)]!.push(e);
  }
  let killed = false;
  let added = 0;
  let addedEdges = 0;

  const place = (i: number): { x: number; y: number } => {
    if (hasPositions) return { x: data.x[i]!, y: data.y[i]! };
    // Next to a placed neighbour (an earlier, more important node), else on a spiral.
    for (const e of edgesByNode[i]!) {
      const other = data.edges[2 * e] === i ? data.edges[2 * e + 1]! : data.edges[2 * e]!;
      if (other < i) {
        const at = graph.getNodeAttributes(data.ids[other]!);
        const angle = (i * 2.399963) % (2 * Math.PI);
        const r = 1 + 3 / Math.sqrt(1 + (edgesByNode[other]?.length ?? 1));
        return { x: (at.x as number) + r * Math.cos(angle), y: (at.y as number) + r * Math.sin(angle) };
      }
    }
    const angle = i * 2.399963;
    const r = 2 * Math.sqrt(i + 1);
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  };

  const addNodes = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const { x, y } = place(i);
      const weight = data.weights[i]!;
      graph.addNode(data.ids[i]!, {
        x,
        y,
        label: data.labels[i],
        size: 2 + 10 * Math.sqrt(weight / maxWeight),
        color: options.colors[data.types[data.nodeTypes[i]!]!] ?? '#999',
      });
      for (const e of edgesByNode[i]!) {
        graph.addDirectedEdge(data.ids[data.edges[2 * e]!]!, data.ids[data.edges[2 * e + 1]!]!, {
          size: 0.5,
          color: '#ccc',
        });
        addedEdges++;
      }
    }
    added = to;
    options.onProgress?.(added, addedEdges);
  };

  addNodes(0, Math.min(total, options.firstChunk));
  const sigma = new Sigma(graph, container, {
    defaultNodeType: large ? 'point' : 'circle',
    defaultEdgeType: large ? 'thin' : 'line',
    nodeProgramClasses: { point: NodePointProgram },
    edgeProgramClasses: { thin: EdgeLineProgram },
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: large ? 10 : 6,
    labelDensity: large ? 0.3 : 1,
    zIndex: false,
  });
  const firstFrame = nextFrame();

  let layout: FA2Layout | undefined;
  const loaded = (async () => {
    await firstFrame;
    while (added < total && !killed) {
      const started = performance.now();
      let next = added;
      // Add nodes in slices until this frame's budget is spent, then yield to rendering.
      while (next < total && performance.now() - started < options.frameBudgetMs) {
        const to = Math.min(total, next + 250);
        addNodes(next, to);
        next = to;
      }
      await nextFrame();
    }
    if (!killed && options.layout === 'worker') {
      const settings = forceAtlas2.inferSettings(graph);
      layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: total > 2_000 } });
      layout.start();
    }
  })();

  return {
    sigma,
    graph,
    firstFrame,
    loaded,
    get layout() {
      return layout;
    },
    kill() {
      killed = true;
      layout?.kill();
      sigma.kill();
    },
  };
}
