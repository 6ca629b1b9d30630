/**
 * Graph view size threshold: when the view switches to cheap drawing (points, 1px lines, no
 * edge events, edges hidden while moving). The seed overview stays rich; a view of thousands of
 * nodes or edges does not.
 */
import { describe, expect, it } from 'vitest';
import { drawsEdgeLabels, EDGE_LABELS_MAX_EDGES, isLargeView, LARGE_VIEW } from '../../../client/graph/view-size.ts';
import { OVERVIEW_EDGE_CAPS } from '../../../src/graph/overview.ts';
import { seedGraph } from './seed-fixture.ts';

describe('isLargeView', () => {
  it('keeps the seed overview in rich drawing', () => {
    const { graph } = seedGraph();
    expect(isLargeView(graph.order, graph.size)).toBe(false);
  });

  it('switches to cheap drawing from the node or the edge threshold on', () => {
    expect(isLargeView(LARGE_VIEW.nodes, 0)).toBe(true);
    expect(isLargeView(300, LARGE_VIEW.edges)).toBe(true);
    expect(isLargeView(LARGE_VIEW.nodes - 1, LARGE_VIEW.edges - 1)).toBe(false);
  });
});

describe('drawsEdgeLabels', () => {
  it('keeps edge labels on the largest overview the API sends, and drops them past the edge threshold', () => {
    expect(drawsEdgeLabels(OVERVIEW_EDGE_CAPS.total)).toBe(true);
    expect(drawsEdgeLabels(EDGE_LABELS_MAX_EDGES + 1)).toBe(false);
  });
});
