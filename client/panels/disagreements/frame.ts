/**
 * Frame.
 *
 * Moves the camera so that a few nodes (the two ends of a disagreement) fill the view, with an
 * animation; sigma's camera works in the framed graph's coordinates, where the whole graph is
 * ratio 1.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.ts';

export function frameNodes(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodes: readonly string[]): void {
  const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((data) => !!data);
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  void sigma.getCamera().animate(
    {
      x: (Math.max(...xs) + Math.min(...xs)) / 2,
      y: (Math.max(...ys) + Math.min(...ys)) / 2,
      ratio: Math.min(1, Math.max(0.25, span * 1.8)),
    },
    { duration: 400 },
  );
}
