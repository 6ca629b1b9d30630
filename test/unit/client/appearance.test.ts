/**
 * Appearance by data (issue 11), without a DOM: Louvain communities of the seed overview
 * (test/unit/client/fixtures/seed-overview.json) split the UN track from Russia's Sochi congress
 * and come out the same on every run; the reducers colour by community and scale node sizes;
 * the appearance round-trips through the URL and a saved view's state.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { colorForCommunity, TYPE_COLORS } from '../../../client/graph/colors.ts';
import { communities } from '../../../client/graph/communities.ts';
import { metricsGraph, metricsInput } from '../../../client/graph/metrics.ts';
import { emptyDisplayState, nodeDisplay } from '../../../client/graph/reducers.ts';
import { emptyFilters } from '../../../client/graph/filters.ts';
import {
  appearanceFromUrl,
  appearanceUrl,
  communityLegend,
  communityNodeColors,
  DEFAULT_APPEARANCE,
} from '../../../client/panels/appearance/appearance-state.ts';
import { emptyUrlState, readUrlState, urlSearch } from '../../../client/state/url-state.ts';
import { captureView, parseViewState } from '../../../client/state/view-state.ts';
import { seedGraph } from './seed-fixture.ts';

describe('communities', () => {
  it('refuses a bad seed or resolution', () => {
    const { graph } = seedGraph();
    expect(() => communities(graph, { resolution: 0 })).toThrow(RangeError);
    expect(() => communities(graph, { seed: Number.NaN })).toThrow(RangeError);
  });

  it("puts the seed's two camps, the UN track and Russia's Sochi congress, in different communities", () => {
    const { graph } = seedGraph();
    const found = communities(graph);
    expect(Object.keys(found).sort()).toEqual(graph.nodes().sort());
    expect(found['staffan-de-mistura']).toBe(found['united-nations']);
    expect(found['geneva-talks']).toBe(found['united-nations']);
    expect(found['russia']).toBe(found['syrian-national-dialogue-congress']);
    expect(found['russia']).not.toBe(found['united-nations']);
  });

  it('is deterministic for a seed, and the largest community comes first', () => {
    const { graph } = seedGraph();
    const found = communities(graph, { seed: 7 });
    expect(communities(graph, { seed: 7 })).toEqual(found);
    const sizes = [0, 1, 2].map((rank) => Object.values(found).filter((value) => value === rank).length);
    expect(sizes[0]).toBeGreaterThanOrEqual(sizes[1]!);
    expect(sizes[1]).toBeGreaterThanOrEqual(sizes[2]!);
  });

  it('gives the same answer on the plain data a worker receives', () => {
    const { graph } = seedGraph();
    const rebuilt = metricsGraph(structuredClone(metricsInput(graph)));
    expect(communities(rebuilt)).toEqual(communities(graph));
  });

  it('gives every node of a graph without edges its own community', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    expect(new Set(Object.values(communities(graph))).size).toBe(2);
  });
});

describe('appearance', () => {
  it('colours nodes by community and scales their size in the reducer, never on the graph', () => {
    const { graph } = seedGraph();
    const found = communities(graph);
    const attrs = graph.getNodeAttributes('russia');
    const state = { ...emptyDisplayState(), nodeColors: communityNodeColors(found), nodeScale: 2 };
    const shown = nodeDisplay('russia', attrs, state);
    expect(shown.color).toBe(colorForCommunity(found['russia']!));
    expect(shown.size).toBe(attrs.size * 2);
    expect(graph.getNodeAttribute('russia', 'color')).toBe(TYPE_COLORS.State);
    // Selected, it keeps its community colour.
    expect(nodeDisplay('russia', attrs, { ...state, selectedNode: 'russia' }).color).toBe(shown.color);
  });

  it('names each community in the legend after its best-connected member', () => {
    const { graph } = seedGraph();
    const found = communities(graph);
    const legend = communityLegend(graph, found);
    expect(legend.map((entry) => entry.rank)).toEqual([...legend.keys()]);
    expect(legend.reduce((sum, entry) => sum + entry.members, 0)).toBe(graph.order);
    const russia = legend.find((entry) => entry.rank === found['russia']);
    expect(russia?.name).toBe(graph.getNodeAttribute('syrian-national-dialogue-congress', 'label'));
  });

  it('round-trips through the URL, clamped to the sliders, defaults left out', () => {
    const appearance = { colorBy: 'community' as const, nodeScale: 1.5, labelDensity: 2.25 };
    const url = readUrlState(urlSearch({ ...emptyUrlState(), ...appearanceUrl(appearance) }));
    expect(appearanceFromUrl(url)).toEqual(appearance);
    expect(urlSearch({ ...emptyUrlState(), ...appearanceUrl(DEFAULT_APPEARANCE) })).toBe('');
    expect(appearanceFromUrl(readUrlState('?color=rainbow&scale=50&labels=-1'))).toEqual({
      colorBy: 'type',
      nodeScale: 3,
      labelDensity: 1,
    });
  });

  it('is kept by a saved view', () => {
    const { graph, store } = seedGraph();
    const appearance = { colorBy: 'community' as const, nodeScale: 2, labelDensity: 0.5 };
    const url = { ...emptyUrlState(), ...appearanceUrl(appearance) };
    const source = {
      graph,
      store,
      display: emptyDisplayState(),
      filters: emptyFilters(),
      url,
      sizeBy: 'degree' as const,
    };
    const back = parseViewState(JSON.parse(JSON.stringify(captureView(source, null))));
    expect(appearanceFromUrl({ ...emptyUrlState(), ...back.url })).toEqual(appearance);
  });
});
