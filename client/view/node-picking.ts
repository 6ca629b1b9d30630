/**
 * Node picking.
 *
 * Sigma finds the node under the pointer by reading a pixel back from its picking buffer, which
 * waits for the GPU to finish drawing: at 10k entities that readback was most of the time the tab
 * spent busy on mouse moves and clicks (the scale profile). Above the large-view threshold the
 * view answers the same question on the CPU instead: the topmost drawn disc under the pointer,
 * from sigma's own display data, in one pass over the nodes.
 */
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';

/** Extra pixels around a disc that still count as on it, so small nodes stay easy to hit. */
const SLACK_PX = 2;

export function nodeAt(sigma: Sigma, point: Coordinates): string | null {
  let best: string | null = null;
  let bestZ = -Infinity;
  let bestDistance = Infinity;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const at = sigma.framedGraphToViewport(data);
    const radius = sigma.scaleSize(data.size) + SLACK_PX;
    const dx = at.x - point.x;
    const dy = at.y - point.y;
    const distance = dx * dx + dy * dy;
    if (distance > radius * radius) return;
    // Drawn last wins, as on screen: higher zIndex, then the nearest centre.
    const z = data.zIndex ?? 0;
    if (z > bestZ || (z === bestZ && distance < bestDistance)) {
      best = node;
      bestZ = z;
      bestDistance = distance;
    }
  });
  return best;
}

/** Routes sigma's own node lookup to `nodeAt` while `useCpu()` says so. */
export function pickOnCpu(sigma: Sigma, useCpu: () => boolean): void {
  const target = sigma as unknown as { getNodeAtPosition(point: Coordinates): string | null };
  const gpu = target.getNodeAtPosition.bind(sigma);
  target.getNodeAtPosition = (point) => (useCpu() ? nodeAt(sigma, point) : gpu(point));
}

/** Makes sigma's node lookup find nothing while `active()` says so (after `pickOnCpu`, it wraps it). */
export function pickNothingWhile(sigma: Sigma, active: () => boolean): void {
  const target = sigma as unknown as { getNodeAtPosition(point: Coordinates): string | null };
  const pick = target.getNodeAtPosition.bind(sigma);
  target.getNodeAtPosition = (point) => (active() ? null : pick(point));
}
