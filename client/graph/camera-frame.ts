/**
 * Camera frame.
 *
 * The camera state that fits a set of points into the part of the canvas the analyst can see
 * (minus the side panel, toolbar and legend where they overlap it), with padding. Pure: it
 * works from where the points are drawn now (viewport pixels at the current camera) and how
 * many camera units one pixel is, so it needs no renderer and holds for sigma's linear camera
 * (no rotation). The view passes the result to sigma's `camera.animate`.
 */

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface FrameInput {
  /** The points to show, in viewport pixels at the current camera. */
  points: { x: number; y: number }[];
  camera: CameraState;
  viewport: { width: number; height: number };
  /** Pixels covered on each side (side panel, toolbar, legend); the frame avoids them. */
  insets: { top: number; right: number; bottom: number; left: number };
  /** Camera units per viewport pixel at the current camera, signed (sigma's y axis points up). */
  unitsPerPixel: { x: number; y: number };
  padding: number;
  /** Camera ratio bounds; `minRatio` also keeps one node from filling the screen. */
  minRatio: number;
  maxRatio: number;
}

export class FrameError extends Error {}

export function cameraFrame(input: FrameInput): CameraState {
  const { points, camera, viewport, insets, unitsPerPixel, padding } = input;
  if (points.length === 0) throw new FrameError('cameraFrame: no point to frame');
  if (!(viewport.width > 0 && viewport.height > 0)) throw new FrameError('cameraFrame: the viewport has no area');
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const left = insets.left + padding;
  const top = insets.top + padding;
  const availableWidth = Math.max(viewport.width - insets.right - padding - left, 1);
  const availableHeight = Math.max(viewport.height - insets.bottom - padding - top, 1);
  // How much bigger the points may be drawn; a single point keeps zoom (Infinity) until clamped.
  const zoom = Math.min(availableWidth / Math.max(maxX - minX, 1e-9), availableHeight / Math.max(maxY - minY, 1e-9));
  const ratio = Math.min(Math.max(camera.ratio / zoom, input.minRatio), input.maxRatio);
  const scale = ratio / camera.ratio;
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const target = { x: left + availableWidth / 2, y: top + availableHeight / 2 };
  // The camera sits at the viewport's middle: move it so the points' centre lands on the target.
  return {
    x:
      camera.x +
      (centre.x - viewport.width / 2) * unitsPerPixel.x -
      (target.x - viewport.width / 2) * unitsPerPixel.x * scale,
    y:
      camera.y +
      (centre.y - viewport.height / 2) * unitsPerPixel.y -
      (target.y - viewport.height / 2) * unitsPerPixel.y * scale,
    ratio,
    angle: 0,
  };
}
