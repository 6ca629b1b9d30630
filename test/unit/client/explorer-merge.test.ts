/**
 * Explorer merge in two tasks (the open): the graph is built first, and the view hears of it
 * (one graph event, as after a merge) only in the next task.
 */
import { describe, expect, it } from 'vitest';
import { Explorer, type ChangeEvent } from '../../../client/state/explorer.ts';
import { seedOverview } from './seed-fixture.ts';

describe('Explorer.mergeInTwoTasks', () => {
  it('builds the whole graph at once and tells the view once, after the browser had a turn', async () => {
    const explorer = new Explorer();
    const events: ChangeEvent[] = [];
    explorer.on((event) => events.push(event));
    let turn = false;
    setTimeout(() => (turn = true));
    const merging = explorer.mergeInTwoTasks(seedOverview, { replace: true, viewKey: 'overview' });
    expect(explorer.graph.order).toBe(seedOverview.nodes.length);
    expect(explorer.graph.size).toBe(seedOverview.edges.length);
    expect(events).toEqual([]);
    const merge = await merging;
    expect(turn).toBe(true);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'graph', replaced: true, merge });
    expect(merge.addedNodes).toHaveLength(seedOverview.nodes.length);
    expect(explorer.display.filter).not.toBeNull();
  });
});
