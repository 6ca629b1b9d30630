/**
 * vis-network view (peer, what neovis.js uses): all elements at once; fixed positions with
 * physics off, or its default physics (barnesHut, stabilized before the first draw).
 */
import { DataSet, Network } from 'peer-vis-network';
import type { CompactGraph } from '../compact-graph.ts';
import { markFirstFrame, markLoaded, type BenchState } from '../probe.ts';

export function draw(container: HTMLElement, data: CompactGraph, state: BenchState): void {
  const fixed = data.x.length === data.ids.length;
  const nodes = new DataSet(
    data.ids.map((id, i) => ({
      id,
      label: data.labels[i],
      ...(fixed ? { x: data.x[i]! * 10, y: data.y[i]! * 10 } : {}),
    })),
  );
  const edges = new DataSet(
    Array.from({ length: data.edges.length / 2 }, (_, e) => ({
      id: e,
      from: data.ids[data.edges[2 * e]!],
      to: data.ids[data.edges[2 * e + 1]!],
    })),
  );
  const network = new Network(container, { nodes, edges }, fixed ? { physics: false } : {});
  network.once('afterDrawing', () => {
    markFirstFrame(state);
    markLoaded(state);
  });
}
