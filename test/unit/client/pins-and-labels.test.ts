/**
 * Pins and edge labels on the seed graph: a pinned node is drawn with its pin ring and label,
 * an unpinned one is not; the INVITES edge names its meeting, never by the raw id.
 */
import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../../client/graph/merge-graph.ts';
import { emptyDisplayState, nodeDisplay } from '../../../client/graph/reducers.ts';
import { seedGraph, seedOverview } from './seed-fixture.ts';

describe('pins and edge labels', () => {
  it('draws a pinned node with the pin marker and its label, and an unpinned one without', () => {
    const { graph } = seedGraph();
    graph.setNodeAttribute('russia', 'fixed', true);
    const state = emptyDisplayState();
    expect(nodeDisplay('russia', graph.getNodeAttributes('russia'), state)).toMatchObject({
      pinned: true,
      forceLabel: true,
    });
    expect(nodeDisplay('iran', graph.getNodeAttributes('iran'), state).pinned).toBeUndefined();
  });

  it('labels an edge by its meeting name, and leaves an unknown meeting id out', () => {
    const { graph } = seedGraph();
    const invites = seedOverview.edges.find((edge) => edge.meeting)!;
    const label = graph.getEdgeAttribute(invites.id, 'label');
    expect(label).toBe('INVITES (Syrian National Dialogue Congress)');
    expect(label).not.toContain(invites.meeting);
    expect(edgeLabel({ ...invites, meeting: 'no-such-meeting' }, () => undefined)).toBe('INVITES');
  });
});
