/**
 * Merge graph: building the render graph from API JSON, keeping positions, placing new nodes
 * next to their neighbours, importance sizes and parallel-edge curvatures.
 */
import { describe, expect, it } from 'vitest';
import type { DrawEdgeJson } from '../../../src/model/json.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { importanceSizes } from '../../../client/graph/importance.ts';
import { parallelCurvatures } from '../../../client/graph/parallel-edges.ts';
import { TYPE_COLORS } from '../../../client/graph/colors.ts';
import { createRenderGraph, createStore } from '../../../client/graph/types.ts';
import { seedGraph, seedOverview } from './seed-fixture.ts';

describe('mergeGraph', () => {
  it('refuses input without node and edge arrays', () => {
    expect(() => mergeGraph(createRenderGraph(), createStore(), {} as never)).toThrow(TypeError);
  });

  it('draws every seed entity and relationship with a lean render graph', () => {
    const { graph, store } = seedGraph();
    expect(graph.order).toBe(seedOverview.nodes.length);
    expect(graph.size).toBe(seedOverview.edges.length);
    const russia = graph.getNodeAttributes('russia');
    expect(Object.keys(russia).sort()).toEqual(['color', 'entityType', 'label', 'size', 'x', 'y']);
    expect(russia).toMatchObject({ label: 'Russia', entityType: 'State', color: TYPE_COLORS.State });
    expect(store.entities.get('russia')?.aliases).toContain('Russian Federation');
    expect(
      store.edges.get('syrian-negotiations-commission:BOYCOTTS:syrian-national-dialogue-congress')?.evidence,
    ).toHaveLength(2);
  });

  it('keeps positions of nodes already drawn and places new ones next to their neighbour', () => {
    const graph = createRenderGraph();
    const store = createStore();
    const snc = seedOverview.nodes.find((node) => node.id === 'syrian-negotiations-commission')!;
    const spokesman = seedOverview.nodes.find((node) => node.id === 'snc-spokesman')!;
    const far = seedOverview.nodes.find((node) => node.id === 'vienna')!;
    mergeGraph(
      graph,
      store,
      { nodes: [snc, far], edges: [] },
      { positions: { [snc.id]: [100, 100], vienna: [-100, -100] } },
    );
    const edge = seedOverview.edges.find((e) => e.source === spokesman.id && e.target === snc.id)!;
    const { addedNodes, addedEdges } = mergeGraph(graph, store, { nodes: [snc, spokesman], edges: [edge] });
    expect(addedNodes).toEqual([spokesman.id]);
    expect(addedEdges).toEqual([edge.id]);
    expect(graph.getNodeAttribute(snc.id, 'x')).toBe(100);
    const { x, y } = graph.getNodeAttributes(spokesman.id);
    expect(Math.hypot(x - 100, y - 100)).toBeLessThan(Math.hypot(x + 100, y + 100));
  });

  it('uses saved positions over computed placement', () => {
    const graph = createRenderGraph();
    mergeGraph(graph, createStore(), structuredClone(seedOverview), { positions: { russia: [7, -3] } });
    expect(graph.getNodeAttributes('russia')).toMatchObject({ x: 7, y: -3 });
  });
});

describe('importanceSizes', () => {
  it('refuses an unknown metric', () => {
    expect(() => importanceSizes(createRenderGraph(), { metric: 'fame' as never })).toThrow(RangeError);
  });

  it('sizes the seed by PageRank or betweenness within the bounds, differently from degree', () => {
    const { graph } = seedGraph();
    const degree = importanceSizes(graph, { min: 4, max: 20 });
    for (const metric of ['pagerank', 'betweenness'] as const) {
      const sizes = importanceSizes(graph, { min: 4, max: 20, metric });
      const values = Object.values(sizes);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(4);
      expect(Math.max(...values)).toBeCloseTo(20, 6);
      expect(sizes).not.toEqual(degree);
    }
  });

  it('refuses a min above the max', () => {
    expect(() => importanceSizes(createRenderGraph(), { min: 10, max: 2 })).toThrow(RangeError);
  });

  it('makes hubs bigger than leaves', () => {
    const { graph } = seedGraph();
    const sizes = importanceSizes(graph, { min: 4, max: 20 });
    expect(sizes['syrian-national-dialogue-congress']).toBe(20);
    expect(sizes['syrian-national-dialogue-congress']!).toBeGreaterThan(sizes['vienna']!);
    expect(Math.min(...Object.values(sizes))).toBeGreaterThanOrEqual(4);
  });
});

describe('parallelCurvatures', () => {
  it('curves edges between the same two nodes apart and leaves lone edges straight', () => {
    const { graph } = seedGraph();
    const curvatures = parallelCurvatures(graph);
    const between = graph.edges('russia', 'syrian-national-dialogue-congress');
    expect(between.length).toBeGreaterThan(1);
    const values = between.map((edge) => curvatures[edge]);
    expect(new Set(values).size).toBe(values.length);
    expect(values.every((value) => typeof value === 'number')).toBe(true);
    expect(curvatures['syrian-negotiations-commission:BOYCOTTS:syrian-national-dialogue-congress']).toBeNull();
    expect(graph.getEdgeAttribute(between[0]!, 'type')).toBe('curved');
  });

  it('adds every edge of a fresh view already curved as a recount of the whole view would curve it', () => {
    const { graph } = seedGraph();
    const rewritten: string[] = [];
    const fresh = createRenderGraph();
    fresh.on('edgeAttributesUpdated', ({ key }: { key: string }) => rewritten.push(key));
    mergeGraph(fresh, createStore(), { nodes: seedOverview.nodes, edges: [...seedOverview.edges].reverse() });
    const recount = parallelCurvatures(fresh);
    for (const edge of fresh.edges()) {
      const curvature = recount[edge];
      expect(fresh.getEdgeAttribute(edge, 'type')).toBe(curvature === null ? 'arrow' : 'curved');
      if (curvature !== null) expect(fresh.getEdgeAttribute(edge, 'curvature')).toBe(curvature);
    }
    expect(fresh.edges().filter((edge) => fresh.getEdgeAttribute(edge, 'type') === 'curved').length).toBe(
      graph.edges().filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'curved').length,
    );
    expect(rewritten).toEqual([]);
  });

  it('after a merge, curves the new edge and its twin and rewrites only the twin already drawn', () => {
    const { graph, store } = seedGraph();
    const lone = graph.edges().find((edge) => graph.getEdgeAttribute(edge, 'type') === 'arrow')!;
    const [source, target] = [graph.source(lone), graph.target(lone)];
    const rewritten = new Set<string>();
    graph.on('edgeAttributesUpdated', ({ key }: { key: string }) => rewritten.add(key));
    const twin: DrawEdgeJson = {
      id: `${target}:OPPOSES:${source}`,
      source: target,
      target: source,
      type: 'OPPOSES',
      confidence: 0.8,
      curated: false,
      reportCount: 1,
      positive: true,
      disputed: false,
      firstReported: '2018-01-28',
      lastReported: '2018-01-28',
      happened: null,
    };
    mergeGraph(graph, store, { nodes: [], edges: [twin] });
    expect(graph.getEdgeAttribute(lone, 'type')).toBe('curved');
    expect(graph.getEdgeAttribute(twin.id, 'type')).toBe('curved');
    expect([...rewritten]).toEqual([lone]);
    const recount = parallelCurvatures(graph);
    expect(graph.getEdgeAttribute(lone, 'curvature')).toBe(recount[lone]);
    expect(graph.getEdgeAttribute(twin.id, 'curvature')).toBe(recount[twin.id]);
  });
});

describe('mergeGraph with lean drawn edges (overview, expand)', () => {
  const boycottId = 'syrian-negotiations-commission:BOYCOTTS:syrian-national-dialogue-congress';
  const lean = (id: string): DrawEdgeJson => {
    const edge = seedOverview.edges.find((e) => e.id === id)!;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      confidence: edge.confidence,
      curated: edge.curated,
      reportCount: edge.evidence.length,
      positive: true,
      disputed: false,
      firstReported: '2018-01-28',
      lastReported: '2018-01-28',
      happened: null,
    };
  };

  it('keeps the evidence it already has when the same edge comes back lean', () => {
    const { graph, store } = seedGraph();
    const edge = lean(boycottId);
    mergeGraph(graph, store, { nodes: [], edges: [edge] });
    expect(store.edges.get(boycottId)?.evidence).toHaveLength(2);
  });

  it('changes no size or curvature when an expand brings nothing new', () => {
    const { graph, store } = seedGraph();
    graph.setNodeAttribute('russia', 'size', 99);
    const result = mergeGraph(graph, store, { nodes: [seedOverview.nodes[0]!], edges: [lean(boycottId)] });
    expect(result).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.getNodeAttribute('russia', 'size')).toBe(99);
  });
});
