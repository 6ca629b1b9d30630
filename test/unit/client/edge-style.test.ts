/**
 * Edge style: the disputed fact of the e2e scenario (fixtures/iran-attends-edge.json) drawn in
 * its own colour, thicker, with a "(disputed)" label that always shows; an undated fact kept by
 * an event window says so; a filtered-out disputed fact still fades like any other.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DrawEdgeJson } from '../../../src/model/json.ts';
import { DISPUTED_EDGE_COLOR } from '../../../client/graph/edge-style.ts';
import { applyFilters, emptyFilters } from '../../../client/graph/filters.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { edgeDisplay, emptyDisplayState } from '../../../client/graph/reducers.ts';
import { FADED_EDGE_COLOR } from '../../../client/graph/colors.ts';
import { seedDrawGraph } from './seed-fixture.ts';

const { drawn } = JSON.parse(
  fs.readFileSync(new URL('./fixtures/iran-attends-edge.json', import.meta.url), 'utf8'),
) as {
  drawn: DrawEdgeJson;
};

function display(time = { from: null as string | null, to: null as string | null, asOf: null as string | null }) {
  const { graph, store } = seedDrawGraph();
  mergeGraph(graph, store, { nodes: [], edges: [drawn] });
  const filter = applyFilters(graph, store, { ...emptyFilters(), time });
  const state = { ...emptyDisplayState(), filter, edgeLabels: true };
  return (edge: string) => edgeDisplay(graph, edge, graph.getEdgeAttributes(edge), state);
}

describe('edge style', () => {
  it('draws a disputed fact distinctly, with a label that always shows', () => {
    const show = display();
    const disputed = show(drawn.id);
    const agreed = show('hossein-jaberi-ansari:ATTENDS:sochi-preliminary-meeting');
    expect(disputed.color).toBe(DISPUTED_EDGE_COLOR);
    expect(agreed.color).not.toBe(DISPUTED_EDGE_COLOR);
    expect(disputed.size).toBeGreaterThan(agreed.size);
    expect(disputed.label).toBe('ATTENDS (disputed)');
    expect(disputed.forceLabel).toBe(true);
  });

  it('marks an undated fact kept by an event window, and fades a disputed fact outside it', () => {
    const show = display({ from: '2018-01-29', to: '2018-01-30', asOf: null });
    expect(show(drawn.id).color).toBe(FADED_EDGE_COLOR);
    expect(show('sergey-lavrov:MEETS:staffan-de-mistura').label).toMatch(/^MEETS .*\(undated\)$/);
  });
});
