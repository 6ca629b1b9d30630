/**
 * Settle: after an expansion adds nodes to the seed view, only the new nodes move; the nodes
 * already drawn and the pinned ones keep their exact positions.
 */
import { describe, expect, it } from 'vitest';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { settle } from '../../../client/graph/settle.ts';
import { snapshotPositions } from '../../../client/graph/positions.ts';
import { createRenderGraph, createStore } from '../../../client/graph/types.ts';
import { seedOverview } from './seed-fixture.ts';

const NEW = ['snc-spokesman', 'syrian-national-dialogue-congress'];

function grownSeed() {
  const graph = createRenderGraph();
  const store = createStore();
  const first = {
    nodes: seedOverview.nodes.filter((node) => !NEW.includes(node.id)),
    edges: seedOverview.edges.filter((edge) => !NEW.includes(edge.source) && !NEW.includes(edge.target)),
  };
  mergeGraph(graph, store, structuredClone(first));
  const { addedNodes } = mergeGraph(graph, store, structuredClone(seedOverview));
  return { graph, addedNodes };
}

describe('settle', () => {
  it('refuses a non-positive iteration count', () => {
    const { graph, addedNodes } = grownSeed();
    expect(() => settle(graph, addedNodes, 0)).toThrow(RangeError);
  });

  it('moves only the added nodes; every other node keeps its exact position', () => {
    const { graph, addedNodes } = grownSeed();
    expect(addedNodes.sort()).toEqual([...NEW].sort());
    const before = snapshotPositions(graph);
    settle.assign(graph, addedNodes);
    const after = snapshotPositions(graph);
    for (const node of Object.keys(before)) {
      if (NEW.includes(node)) expect(after[node]).not.toEqual(before[node]);
      else expect(after[node]).toEqual(before[node]);
    }
    for (const node of NEW) expect(after[node]!.every(Number.isFinite)).toBe(true);
  });

  it('never moves a pinned node, even one it was asked to move', () => {
    const { graph, addedNodes } = grownSeed();
    graph.setNodeAttribute('snc-spokesman', 'fixed', true);
    const pinned = snapshotPositions(graph)['snc-spokesman'];
    const moved = settle(graph, [...addedNodes, 'russia']);
    expect(Object.keys(moved).sort()).toEqual(['russia', 'syrian-national-dialogue-congress']);
    expect(snapshotPositions(graph)['snc-spokesman']).toEqual(pinned);
  });
});
