/**
 * Node picking on the CPU (large views): a click lands on the disc drawn under the pointer, the
 * one drawn on top when discs overlap, never on a hidden node, and on nothing in empty space.
 */
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { nodeAt } from '../../../client/view/node-picking.ts';
import { createRenderGraph } from '../../../client/graph/types.ts';

interface Drawn {
  x: number;
  y: number;
  size: number;
  zIndex: number;
  hidden: boolean;
}

/** Sigma's display data as the view reads it, with viewport = framed coordinates. */
function drawnView(nodes: Record<string, Drawn>): Sigma {
  const graph = createRenderGraph();
  for (const id of Object.keys(nodes))
    graph.addNode(id, { label: id, x: 0, y: 0, size: 1, color: '#000', entityType: 'Person' });
  return {
    getGraph: () => graph,
    getNodeDisplayData: (id: string) => nodes[id],
    framedGraphToViewport: (point: { x: number; y: number }) => ({ x: point.x, y: point.y }),
    scaleSize: (size: number) => size,
  } as unknown as Sigma;
}

describe('nodeAt', () => {
  const view = drawnView({
    below: { x: 100, y: 100, size: 10, zIndex: 0, hidden: false },
    above: { x: 108, y: 100, size: 10, zIndex: 1, hidden: false },
    hidden: { x: 300, y: 300, size: 10, zIndex: 5, hidden: true },
    alone: { x: 200, y: 100, size: 4, zIndex: 0, hidden: false },
  });

  it('picks the disc under the pointer, the one drawn on top where two overlap', () => {
    expect(nodeAt(view, { x: 104, y: 100 })).toBe('above');
    expect(nodeAt(view, { x: 92, y: 100 })).toBe('below');
    expect(nodeAt(view, { x: 201, y: 102 })).toBe('alone');
  });

  it('picks nothing in empty space or on a hidden node', () => {
    expect(nodeAt(view, { x: 150, y: 150 })).toBeNull();
    expect(nodeAt(view, { x: 300, y: 300 })).toBeNull();
  });
});
