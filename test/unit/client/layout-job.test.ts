/**
 * A view's first layout, as the metrics worker runs it: connected nodes draw together, a pinned
 * node stays exactly where the analyst put it, and no-overlap pulls apart discs drawn on top of
 * each other.
 */
import { describe, expect, it } from 'vitest';
import { layoutSettings } from '../../../client/graph/settle.ts';
import { layoutInput, runLayout, type LayoutTask } from '../../../client/graph/layout-job.ts';
import { createRenderGraph, type RenderGraph } from '../../../client/graph/types.ts';

function chainAndLoner(): RenderGraph {
  const graph = createRenderGraph();
  const place = (id: string, x: number, y: number, fixed = false) =>
    graph.addNode(id, { label: id, x, y, size: 5, color: '#000', entityType: 'State', fixed });
  place('a', -100, 0);
  place('b', 100, 0);
  place('c', 0, 100);
  place('pinned', 50, 50, true);
  place('loner', 0, -100);
  graph.addDirectedEdgeWithKey('a-b', 'a', 'b', {
    label: 'MEETS',
    relationType: 'MEETS',
    size: 1,
    color: '#000',
    type: 'arrow',
  });
  graph.addDirectedEdgeWithKey('b-c', 'b', 'c', {
    label: 'MEETS',
    relationType: 'MEETS',
    size: 1,
    color: '#000',
    type: 'arrow',
  });
  return graph;
}

const task = (overrides: Partial<LayoutTask>, graph: RenderGraph): LayoutTask => ({
  settings: layoutSettings(graph),
  budgetMs: 10_000,
  maxIterations: 200,
  separateScale: null,
  ...overrides,
});

describe('runLayout', () => {
  it('pulls connected nodes together and leaves a pinned node where it is', () => {
    const graph = chainAndLoner();
    const input = layoutInput(graph);
    const result = runLayout(input, task({}, graph));
    const at = (id: string) => {
      const i = input.nodes.indexOf(id);
      return { x: result.x[i]!, y: result.y[i]! };
    };
    const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    expect(result.iterations).toBe(200);
    expect(distance(at('a'), at('b'))).toBeLessThan(200);
    expect(at('pinned')).toEqual({ x: 50, y: 50 });
  });

  it('stops at its time budget', () => {
    const graph = chainAndLoner();
    let clock = 0;
    const result = runLayout(
      layoutInput(graph),
      task({ budgetMs: 25, maxIterations: 10_000 }, graph),
      () => (clock += 10),
    );
    expect(result.iterations).toBeLessThan(100);
  });

  it('with no iterations, only separates discs drawn on top of each other', () => {
    const graph = createRenderGraph();
    for (const id of ['x', 'y'])
      graph.addNode(id, { label: id, x: 0, y: 0, size: 5, color: '#000', entityType: 'Person' });
    const result = runLayout(layoutInput(graph), task({ maxIterations: 0, separateScale: 1 }, graph));
    expect(Math.hypot(result.x[0]! - result.x[1]!, result.y[0]! - result.y[1]!)).toBeGreaterThan(10);
  });
});
