/**
 * View size.
 *
 * From this many nodes or edges on, the graph view draws cheaply (what the bench's progressive
 * loader proved): points and 1px straight lines, edges and labels hidden while the camera moves,
 * and no edge events, since picking an edge reads a pixel back from the GPU on every mouse move.
 */
export const LARGE_VIEW = { nodes: 1_000, edges: 2_000 } as const;

export function isLargeView(order: number, size: number): boolean {
  return order >= LARGE_VIEW.nodes || size >= LARGE_VIEW.edges;
}
