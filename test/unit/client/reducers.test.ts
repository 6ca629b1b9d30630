/**
 * Reducers and emphasis: what sigma draws for hover, selection, path highlight and filters,
 * computed without WebGL on the seed graph and the real Russia -> SNC paths.
 */
import { describe, expect, it } from 'vitest';
import { neighbourhood, pathEmphasis } from '../../../client/graph/emphasis.ts';
import { applyFilters, emptyFilters } from '../../../client/graph/filters.ts';
import { edgeDisplay, emptyDisplayState, nodeDisplay } from '../../../client/graph/reducers.ts';
import { FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from '../../../client/graph/colors.ts';
import { russiaToSnc, seedGraph } from './seed-fixture.ts';

const SNC = 'syrian-negotiations-commission';
const BOYCOTT = `${SNC}:BOYCOTTS:syrian-national-dialogue-congress`;

describe('emphasis', () => {
  it('is empty for a node not in the graph', () => {
    const { graph } = seedGraph();
    expect(neighbourhood(graph, 'nobody').nodes.size).toBe(0);
  });

  it('holds a node, its neighbours and its edges', () => {
    const { graph } = seedGraph();
    const around = neighbourhood(graph, SNC);
    expect([...around.nodes].sort()).toEqual(['snc-spokesman', 'syrian-national-dialogue-congress', SNC].sort());
    expect(around.edges.has(BOYCOTT)).toBe(true);
  });

  it('holds the nodes and hops of a path', () => {
    const path = pathEmphasis(russiaToSnc.paths[0]!);
    expect(path.nodes.has('russia') && path.nodes.has(SNC)).toBe(true);
    expect(path.edges.size).toBe(russiaToSnc.paths[0]!.hops.length);
  });
});

describe('reducers', () => {
  it('draws attributes unchanged with no visual state', () => {
    const { graph } = seedGraph();
    const attrs = graph.getNodeAttributes('russia');
    expect(nodeDisplay('russia', attrs, emptyDisplayState())).toEqual(attrs);
  });

  it('fades everything outside the highlighted path and labels what is on it', () => {
    const { graph } = seedGraph();
    const state = { ...emptyDisplayState(), path: pathEmphasis(russiaToSnc.paths[0]!) };
    expect(nodeDisplay('russia', graph.getNodeAttributes('russia'), state)).toMatchObject({ forceLabel: true });
    expect(nodeDisplay('vienna', graph.getNodeAttributes('vienna'), state)).toMatchObject({
      color: FADED_NODE_COLOR,
      label: '',
    });
    const onPath = edgeDisplay(graph, BOYCOTT, graph.getEdgeAttributes(BOYCOTT), state);
    expect(onPath).toMatchObject({ color: HIGHLIGHT_EDGE_COLOR, label: 'BOYCOTTS', forceLabel: true });
  });

  it('brings the hovered neighbourhood forward', () => {
    const { graph } = seedGraph();
    const state = { ...emptyDisplayState(), hovered: SNC, hoverEmphasis: neighbourhood(graph, SNC) };
    expect(nodeDisplay(SNC, graph.getNodeAttributes(SNC), state)).toMatchObject({ highlighted: true });
    expect(nodeDisplay('snc-spokesman', graph.getNodeAttributes('snc-spokesman'), state).color).not.toBe(
      FADED_NODE_COLOR,
    );
    expect(nodeDisplay('russia', graph.getNodeAttributes('russia'), state).color).toBe(FADED_NODE_COLOR);
  });

  it('fades or hides filtered elements, as chosen', () => {
    const { graph, store } = seedGraph();
    const filter = applyFilters(graph, store, { ...emptyFilters(), hiddenNodeTypes: new Set(['Place']) });
    const fade = { ...emptyDisplayState(), filter };
    expect(nodeDisplay('sochi', graph.getNodeAttributes('sochi'), fade).color).toBe(FADED_NODE_COLOR);
    expect(nodeDisplay('sochi', graph.getNodeAttributes('sochi'), { ...fade, filterMode: 'hide' }).hidden).toBe(true);
  });

  it('labels edges only when zoomed in or around the selection', () => {
    const { graph } = seedGraph();
    const attrs = graph.getEdgeAttributes(BOYCOTT);
    expect(edgeDisplay(graph, BOYCOTT, attrs, emptyDisplayState()).label).toBe('');
    expect(edgeDisplay(graph, BOYCOTT, attrs, { ...emptyDisplayState(), edgeLabels: true }).label).toBe('BOYCOTTS');
    expect(edgeDisplay(graph, BOYCOTT, attrs, { ...emptyDisplayState(), selectedNode: SNC }).label).toBe('BOYCOTTS');
  });

  it('never writes to the graph', () => {
    const { graph } = seedGraph();
    const before = JSON.stringify(graph.export());
    const state = { ...emptyDisplayState(), selectedNode: SNC, path: pathEmphasis(russiaToSnc.paths[0]!) };
    graph.forEachNode((node, attrs) => nodeDisplay(node, attrs, state));
    graph.forEachEdge((edge, attrs) => edgeDisplay(graph, edge, attrs, state));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
