/**
 * Explorer merge in steps (the open): the nodes first, the edges after the browser has drawn
 * them, and the view hears of it (one graph event, as after a merge) only in the task after that.
 */
import { describe, expect, it } from 'vitest';
import { Explorer, type ChangeEvent } from '../../../client/state/explorer.ts';
import { seedOverview } from './seed-fixture.ts';

describe('Explorer.mergeInSteps', () => {
  it('adds the nodes, then the edges after the pause it is given, and tells the view once, in a later task', async () => {
    const explorer = new Explorer();
    const events: ChangeEvent[] = [];
    explorer.on((event) => events.push(event));
    let resume = () => {};
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const merging = explorer.mergeInSteps(seedOverview, { replace: true, viewKey: 'overview' }, () => paused);
    expect(explorer.graph.order).toBe(seedOverview.nodes.length);
    expect(explorer.graph.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(explorer.graph.size).toBe(0);
    resume();
    await paused;
    expect(explorer.graph.size).toBe(seedOverview.edges.length);
    expect(events).toEqual([]);
    const merge = await merging;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'graph', replaced: true, merge });
    expect(merge.addedNodes).toHaveLength(seedOverview.nodes.length);
    expect(merge.addedEdges).toHaveLength(seedOverview.edges.length);
    expect(explorer.display.filter).not.toBeNull();
  });

  it('places and sizes the nodes as one merge of the same answer does', async () => {
    const whole = new Explorer();
    whole.merge(seedOverview, { replace: true });
    const stepped = new Explorer();
    await stepped.mergeInSteps(seedOverview, { replace: true });
    const drawn = (explorer: Explorer) => explorer.graph.mapNodes((node, { x, y, size }) => ({ node, x, y, size }));
    expect(drawn(stepped)).toEqual(drawn(whole));
  });
});
