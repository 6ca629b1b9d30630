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

/**
 * Past this many edges the view draws no edge labels at all: finding which of them to draw costs a
 * walk over the edges of every labelled node in each frame (at 50k edges, seconds over an
 * expansion). The details panel still names every fact of the selection.
 */
export const EDGE_LABELS_MAX_EDGES = 20_000;

export function drawsEdgeLabels(size: number): boolean {
  return size <= EDGE_LABELS_MAX_EDGES;
}
