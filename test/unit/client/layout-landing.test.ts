/**
 * Layout landing: when a view's first layout lands, the camera shows what the analyst chose while
 * it ran (a search's hit), not the whole graph; the whole graph when nothing was chosen or the
 * chosen nodes have left the view.
 */
import { describe, expect, it } from 'vitest';
import { framedAfterLayout } from '../../../client/graph/layout-landing.ts';
import { createRenderGraph } from '../../../client/graph/types.ts';

function view(nodes: string[]) {
  const graph = createRenderGraph();
  for (const node of nodes)
    graph.addNode(node, { x: 0, y: 0, size: 1, label: node, color: '#000', entityType: 'Person' });
  return graph;
}

describe('framedAfterLayout', () => {
  it('frames the nodes chosen while the layout ran', () => {
    expect(framedAfterLayout(view(['a', 'b', 'c']), ['b', 'c'])).toEqual(['b', 'c']);
  });

  it('drops chosen nodes that are no longer drawn', () => {
    expect(framedAfterLayout(view(['a', 'b']), ['b', 'gone'])).toEqual(['b']);
  });

  it('fits the whole graph when nothing was chosen, or nothing chosen is drawn', () => {
    expect(framedAfterLayout(view(['a', 'b']), null)).toEqual(['a', 'b']);
    expect(framedAfterLayout(view(['a', 'b']), ['gone'])).toEqual(['a', 'b']);
  });
});
