/**
 * Selection changes: a new selection restyles a few elements, not the view, and those few are
 * every element the reducers draw differently (so what is on screen stays current), on the seed
 * graph, from no selection, between nodes, and between a node and an edge.
 */
import { describe, expect, it } from 'vitest';
import { edgeDisplay, emptyDisplayState, nodeDisplay, type DisplayState } from '../../../client/graph/reducers.ts';
import { selectionChanges, type Selection } from '../../../client/graph/selection-changes.ts';
import type { RenderGraph } from '../../../client/graph/types.ts';
import { seedGraph } from './seed-fixture.ts';

const SNC = 'syrian-negotiations-commission';
const BOYCOTT = `${SNC}:BOYCOTTS:syrian-national-dialogue-congress`;

/** The elements whose drawing differs between two selections, as the reducers decide it. */
function drawnDifferently(graph: RenderGraph, before: Selection, after: Selection) {
  const state = (selection: Selection): DisplayState => ({
    ...emptyDisplayState(),
    selectedNode: selection.node,
    selectedEdge: selection.edge,
  });
  const [a, b] = [state(before), state(after)];
  return {
    nodes: graph.filterNodes(
      (node, attrs) => JSON.stringify(nodeDisplay(node, attrs, a)) !== JSON.stringify(nodeDisplay(node, attrs, b)),
    ),
    edges: graph.filterEdges(
      (edge, attrs) =>
        JSON.stringify(edgeDisplay(graph, edge, attrs, a)) !== JSON.stringify(edgeDisplay(graph, edge, attrs, b)),
    ),
  };
}

describe('selectionChanges', () => {
  it('ignores what is not in the view', () => {
    const { graph } = seedGraph();
    expect(selectionChanges(graph, { node: 'nobody', edge: null }, { node: null, edge: 'no-edge' })).toEqual({
      nodes: [],
      edges: [],
    });
  });

  it('names every element a new selection draws differently, and few of the view', () => {
    const { graph } = seedGraph();
    const none: Selection = { node: null, edge: null };
    const cases: [Selection, Selection][] = [
      [none, { node: 'russia', edge: null }],
      [
        { node: 'russia', edge: null },
        { node: SNC, edge: null },
      ],
      [
        { node: SNC, edge: null },
        { node: null, edge: BOYCOTT },
      ],
      [{ node: null, edge: BOYCOTT }, none],
    ];
    for (const [before, after] of cases) {
      const changes = selectionChanges(graph, before, after);
      const differ = drawnDifferently(graph, before, after);
      expect(changes.nodes).toEqual(expect.arrayContaining(differ.nodes));
      expect(changes.edges).toEqual(expect.arrayContaining(differ.edges));
      expect(differ.nodes.length + differ.edges.length).toBeGreaterThan(0);
      expect(changes.nodes.length + changes.edges.length).toBeLessThan((graph.order + graph.size) / 2);
    }
  });
});
