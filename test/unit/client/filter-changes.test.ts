/**
 * Filter changes: after a merge into a filtered view, only what the filter now treats otherwise
 * is restyled (sigma sees the merge's own nodes and edges), on the seed graph.
 */
import { describe, expect, it } from 'vitest';
import { filterChanges } from '../../../client/graph/filter-changes.ts';
import { applyFilters, emptyFilters } from '../../../client/graph/filters.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import type { DrawEdgeJson } from '../../../src/model/json.ts';
import { seedDrawGraph } from './seed-fixture.ts';

const drawEdge = (source: string, type: DrawEdgeJson['type'], target: string): DrawEdgeJson => ({
  id: `${source}:${type}:${target}`,
  source,
  target,
  type,
  confidence: 0.8,
  curated: false,
  reportCount: 1,
  positive: true,
  disputed: false,
  firstReported: '2018-01-29',
  lastReported: '2018-01-29',
  happened: null,
});

describe('filterChanges', () => {
  const hidePlaces = { ...emptyFilters(), hiddenNodeTypes: new Set(['Place']) };

  it('names nothing when a merge leaves every filtered state as it was', () => {
    const { graph, store } = seedDrawGraph();
    const before = applyFilters(graph, store, hidePlaces);
    mergeGraph(graph, store, {
      nodes: [{ id: 'qatar', name: 'Qatar', type: 'State', aliases: [] }],
      edges: [drawEdge('qatar', 'SUPPORTS', 'syrian-negotiations-commission')],
    });
    expect(filterChanges(before, applyFilters(graph, store, hidePlaces))).toEqual({ nodes: [], edges: [] });
  });

  it('names the merged place and its edge when places are filtered out', () => {
    const { graph, store } = seedDrawGraph();
    const before = applyFilters(graph, store, hidePlaces);
    mergeGraph(graph, store, {
      nodes: [{ id: 'doha', name: 'Doha', type: 'Place', aliases: [] }],
      edges: [drawEdge('russia', 'MEETS', 'doha')],
    });
    expect(filterChanges(before, applyFilters(graph, store, hidePlaces))).toEqual({
      nodes: ['doha'],
      edges: ['russia:MEETS:doha'],
    });
  });

  it('names every filtered node and edge when a filter appears or goes', () => {
    const { graph, store } = seedDrawGraph();
    const filtered = applyFilters(graph, store, hidePlaces);
    expect(filtered.nodes.size).toBeGreaterThan(0);
    const appeared = filterChanges(null, filtered);
    expect(new Set(appeared.nodes)).toEqual(filtered.nodes);
    expect(new Set(appeared.edges)).toEqual(new Set([...filtered.edges, ...filtered.disputed, ...filtered.undated]));
    expect(filterChanges(filtered, null).nodes.sort()).toEqual([...filtered.nodes].sort());
  });
});
