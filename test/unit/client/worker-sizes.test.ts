// Unit: "size by" from the metrics worker's input gives the sizes the main thread computes, so a
// large view sized in the worker looks the same as a small one sized at once.
import { describe, expect, it } from 'vitest';
import { centralityScores, importanceSizes, sizesFromScores, SIZE_METRICS } from '../../../client/graph/importance.ts';
import { metricsGraph, metricsInput } from '../../../client/graph/metrics.ts';
import { createRenderGraph } from '../../../client/graph/types.ts';

function star(): ReturnType<typeof createRenderGraph> {
  const graph = createRenderGraph();
  for (const id of ['hub', 'a', 'b', 'c', 'd', 'bridge', 'far']) graph.addNode(id, { x: 0, y: 0, size: 1 } as never);
  for (const leaf of ['a', 'b', 'c', 'd', 'bridge']) graph.addEdge('hub', leaf);
  graph.addEdge('bridge', 'far');
  graph.addEdge('a', 'b');
  return graph;
}

describe('sizes computed from the worker input', () => {
  for (const metric of SIZE_METRICS) {
    it(`match the main thread's for ${metric}`, () => {
      const graph = star();
      const fromWorker = sizesFromScores(graph, centralityScores(metricsGraph(metricsInput(graph)), metric));
      expect(fromWorker).toEqual(importanceSizes(graph, { metric }));
      expect(new Set(Object.values(fromWorker)).size).toBeGreaterThan(1);
    });
  }
});
