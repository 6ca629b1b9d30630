/**
 * URL state round two: every view state round-trips through the query string (selection,
 * path alternative, "replace the view", filters, camera, saved view), path parameters never
 * outlive their path, filters survive as text, and a saved view's state survives the API's JSON
 * with the seed's positions and pins.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../client/graph/filters.ts';
import { emptyDisplayState } from '../../../client/graph/reducers.ts';
import { decodeFilters, encodeFilters } from '../../../client/state/filter-codec.ts';
import { emptyUrlState, readUrlState, urlSearch } from '../../../client/state/url-state.ts';
import { captureView, parseViewState, ViewStateError } from '../../../client/state/view-state.ts';
import { seedGraph } from './seed-fixture.ts';

describe('url state', () => {
  it('round-trips every field of a shared view', () => {
    const filters = encodeFilters({ ...emptyFilters(), hiddenRelationTypes: new Set(['OPPOSES']), mode: 'hide' });
    const state = {
      ...emptyUrlState(),
      view: 'Ab3_x-9',
      panel: 'paths',
      node: 'russia',
      from: 'russia',
      to: 'syrian-negotiations-commission',
      k: 3,
      hops: 5,
      types: ['INVITES'],
      path: 2,
      cypher: 'MATCH (n) RETURN n LIMIT 5',
      replace: true,
      filters,
      camera: { x: 0.512345, y: -0.25, ratio: 0.75, angle: 0 },
      size: 'betweenness',
    };
    expect(readUrlState(urlSearch(state))).toEqual(state);
  });

  it('drops the path parameters once there is no path, so they never pile up', () => {
    const state = { ...emptyUrlState(), node: 'russia', from: null, to: 'snc', k: 3, hops: 2, path: 2, types: ['X'] };
    expect(urlSearch(state)).toBe('?node=russia');
    expect(readUrlState('?to=snc&k=2&path=3&types=A')).toEqual(emptyUrlState());
  });

  it('reads a junk camera or flag as absent', () => {
    expect(readUrlState('?cam=1,2').camera).toBeNull();
    expect(readUrlState('?cam=1,2,-1').camera).toBeNull();
    expect(readUrlState('?replace=yes').replace).toBe(false);
  });
});

describe('filter codec', () => {
  it('writes nothing for no filter and reads junk as no filter', () => {
    expect(encodeFilters(emptyFilters())).toBeNull();
    expect(decodeFilters('not json')).toEqual(emptyFilters());
    expect(decodeFilters('{"mode": 3, "hiddenNodes": "x", "unknown": 1}')).toEqual(emptyFilters());
  });

  it('round-trips sets, strings, the time window, the sources and the mode', () => {
    const filters = {
      ...emptyFilters(),
      hiddenNodeTypes: new Set(['Place', 'Document']),
      hiddenNodes: new Set(['vienna']),
      article: 'seed-article',
      time: { from: '2018-01-20', to: '2018-01-26', asOf: null },
      sources: { outlets: ['Reuters'], speakers: [''] },
      mode: 'hide' as const,
    };
    expect(decodeFilters(encodeFilters(filters))).toEqual(filters);
  });

  it('leaves out what is worked out from the graph, and a malformed time window', () => {
    const text = encodeFilters({ ...emptyFilters(), unsourced: new Set(['a:MEETS:b']) });
    expect(text).toBeNull();
    expect(decodeFilters('{"time": {"from": 3}, "sources": {"outlets": [1]}}')).toEqual(emptyFilters());
  });
});

describe('view state', () => {
  it('refuses a state it cannot show', () => {
    expect(() => parseViewState(null)).toThrow(ViewStateError);
    expect(() => parseViewState({ version: 99, nodes: [], edges: [], positions: {} })).toThrow(ViewStateError);
    expect(() => parseViewState({ version: 1, nodes: [] })).toThrow(ViewStateError);
  });

  it('keeps nodes, positions, pins, filters, selection, emphasis and camera through JSON', () => {
    const { graph, store } = seedGraph();
    graph.setNodeAttribute('russia', 'fixed', true);
    const display = {
      ...emptyDisplayState(),
      selectedNode: 'russia',
      path: { nodes: new Set(['russia']), edges: new Set<string>() },
    };
    const filters = { ...emptyFilters(), hiddenNodeTypes: new Set(['Place']) };
    const url = { ...emptyUrlState(), panel: 'views', view: 'old', camera: { x: 1, y: 1, ratio: 1, angle: 0 } };
    const camera = { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 };
    const saved = captureView({ graph, store, display, filters, url, sizeBy: 'pagerank' }, camera);
    const back = parseViewState(JSON.parse(JSON.stringify(saved)));
    expect(back.nodes.map((node) => node.id).sort()).toEqual(graph.nodes().sort());
    expect(back.edges).toHaveLength(graph.size);
    expect(back.positions.russia).toEqual([
      graph.getNodeAttribute('russia', 'x'),
      graph.getNodeAttribute('russia', 'y'),
    ]);
    expect(back.pins).toEqual(['russia']);
    expect(decodeFilters(back.filters)).toEqual(filters);
    expect(back.selection).toEqual({ node: 'russia', edge: null });
    expect(back.emphasis).toEqual({ nodes: ['russia'], edges: [] });
    expect(back.camera).toEqual(camera);
    expect(back.appearance).toEqual({ sizeBy: 'pagerank' });
    // The saved view's own id and camera are not part of the URL it restores.
    expect(back.url).toMatchObject({ panel: 'views' });
    expect(back.url).not.toHaveProperty('view');
    expect(back.time).toBeNull();
  });
});
