/**
 * Layout landing.
 *
 * A view's first layout lands seconds after the view is drawn and moves every node. What the
 * camera shows then: what the analyst asked to see meanwhile (a search's hit and its neighbours,
 * a path), where the layout put it, rather than the whole graph; the whole graph when nothing
 * was asked or none of it is drawn any more.
 */
import type { RenderGraph } from './types.ts';

export function framedAfterLayout(graph: RenderGraph, asked: readonly string[] | null): string[] {
  const drawn = asked?.filter((node) => graph.hasNode(node)) ?? [];
  return drawn.length > 0 ? drawn : graph.nodes();
}
