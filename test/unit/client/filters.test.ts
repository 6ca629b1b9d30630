/**
 * Filters: node types, relationship types, source article, date range, nodes hidden by hand,
 * and the counts the panel shows, on the seed graph.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, articlesInView, emptyFilters, isFiltering } from '../../../client/graph/filters.ts';
import { seedGraph } from './seed-fixture.ts';

describe('applyFilters', () => {
  it('refuses a date range that ends before it starts', () => {
    const { graph, store } = seedGraph();
    expect(() =>
      applyFilters(graph, store, { ...emptyFilters(), dateFrom: '2018-02-01', dateTo: '2018-01-01' }),
    ).toThrow(RangeError);
  });

  it('passes everything without filters', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, emptyFilters());
    expect(result.nodes.size).toBe(0);
    expect(result.edges.size).toBe(0);
    expect(result.nodesShown).toBe(graph.order);
    expect(result.nodeTypes.Person).toEqual({ total: 6, shown: 6 });
    expect(isFiltering(emptyFilters())).toBe(false);
  });

  it('filters a node type and the edges that touch it', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, { ...emptyFilters(), hiddenNodeTypes: new Set(['Place']) });
    expect(result.nodes.has('sochi')).toBe(true);
    expect(result.nodeTypes.Place).toEqual({ total: 4, shown: 0 });
    expect(result.relationTypes.HELD_IN!.shown).toBe(0);
    expect(result.edges.has('syrian-national-dialogue-congress:HELD_IN:sochi')).toBe(true);
  });

  it('filters relationship types without dropping nodes', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, { ...emptyFilters(), hiddenRelationTypes: new Set(['BOYCOTTS']) });
    expect(result.relationTypes.BOYCOTTS).toEqual({ total: 1, shown: 0 });
    expect(result.nodes.size).toBe(0);
  });

  it('keeps only what a source article reports', () => {
    const { graph, store } = seedGraph();
    const [article] = articlesInView(graph, store);
    expect(article!.title).toBe('Lavrov, de Mistura discuss Syrian National Dialogue Congress');
    expect(applyFilters(graph, store, { ...emptyFilters(), article: article!.id }).edgesShown).toBe(graph.size);
    const none = applyFilters(graph, store, { ...emptyFilters(), article: 'article-elsewhere' });
    expect(none.edgesShown).toBe(0);
    expect(none.nodesShown).toBe(0);
  });

  it('filters by date: reports of Jan 28, 2018 pass a range around it, not one after it', () => {
    const { graph, store } = seedGraph();
    expect(
      applyFilters(graph, store, { ...emptyFilters(), dateFrom: '2018-01-01', dateTo: '2018-01-31' }).edgesShown,
    ).toBe(graph.size);
    const later = applyFilters(graph, store, { ...emptyFilters(), dateFrom: '2018-02-01' });
    expect(later.edgesShown).toBeLessThan(graph.size);
    expect(later.nodes.has('syrian-national-dialogue-congress')).toBe(true);
  });

  it('hides nodes hidden by hand', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, { ...emptyFilters(), hiddenNodes: new Set(['russia']) });
    expect(result.nodes.has('russia')).toBe(true);
    expect(result.edges.size).toBe(graph.degree('russia'));
  });
});
