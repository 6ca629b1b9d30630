/**
 * Filters: node types, relationship types, source article, the slider's time window, the
 * sources filter, nodes hidden by hand, and the counts the panels show, on the seed graph
 * (the time cases on its lean drawing edges, fixtures/seed-draw-overview.json).
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, articlesInView, emptyFilters } from '../../../client/graph/filters.ts';
import { seedDrawGraph, seedGraph } from './seed-fixture.ts';

describe('applyFilters', () => {
  it('refuses a time window that ends before it starts', () => {
    const { graph, store } = seedGraph();
    const time = { from: '2018-02-01', to: '2018-01-01', asOf: null };
    expect(() => applyFilters(graph, store, { ...emptyFilters(), time })).toThrow(RangeError);
  });

  it('passes everything without filters', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, emptyFilters());
    expect(result.nodes.size).toBe(0);
    expect(result.edges.size).toBe(0);
    expect(result.nodesShown).toBe(graph.order);
    expect(result.nodeTypes.Person).toEqual({ total: 6, shown: 6 });
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

  it('an event window of 20-26 January keeps the preliminary meeting and the Vienna talks, not the congress', () => {
    const { graph, store } = seedDrawGraph();
    const result = applyFilters(graph, store, {
      ...emptyFilters(),
      time: { from: '2018-01-20', to: '2018-01-26', asOf: null },
    });
    for (const node of ['sochi-preliminary-meeting', 'vienna-talks']) expect(result.nodes.has(node)).toBe(false);
    expect(result.nodes.has('syrian-national-dialogue-congress')).toBe(true);
    expect(result.edges.has('hossein-jaberi-ansari:ATTENDS:sochi-preliminary-meeting')).toBe(false);
    expect(result.edges.has('russia:HOSTS:syrian-national-dialogue-congress')).toBe(true);
    // Facts without an event date stay, marked undated; their reports are not counted as left out.
    expect(result.undated.has('sergey-lavrov:MEETS:staffan-de-mistura')).toBe(true);
    expect(result.timeOut.edges).toBeGreaterThan(0);
    expect(result.timeOut.reports).toBeGreaterThanOrEqual(result.timeOut.edges);
  });

  it('"as of" the day before the article shows none of its facts, "as of" its day shows them all', () => {
    const { graph, store } = seedDrawGraph();
    const before = applyFilters(graph, store, {
      ...emptyFilters(),
      time: { from: null, to: null, asOf: '2018-01-27' },
    });
    expect(before.edgesShown).toBe(0);
    expect(before.nodesShown).toBe(0);
    const on = applyFilters(graph, store, { ...emptyFilters(), time: { from: null, to: null, asOf: '2018-01-28' } });
    expect(on.edgesShown).toBe(graph.size);
    expect(on.undated.size).toBe(0);
  });

  it('drops the edges the sources filter leaves without a report, and nodes left without edges', () => {
    const { graph, store } = seedDrawGraph();
    const unsourced = new Set(graph.edges('sergey-lavrov'));
    const result = applyFilters(graph, store, { ...emptyFilters(), unsourced });
    expect(result.edgesShown).toBe(graph.size - unsourced.size);
    expect(result.nodes.has('sergey-lavrov')).toBe(true);
  });

  it('hides nodes hidden by hand', () => {
    const { graph, store } = seedGraph();
    const result = applyFilters(graph, store, { ...emptyFilters(), hiddenNodes: new Set(['russia']) });
    expect(result.nodes.has('russia')).toBe(true);
    expect(result.edges.size).toBe(graph.degree('russia'));
  });
});
