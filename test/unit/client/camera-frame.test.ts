/**
 * Camera frame: the framed points land inside the visible part of the canvas (beside the side
 * panel), with padding, under a linear camera model like sigma's (units per pixel scale with
 * the ratio, y pointing up).
 */
import { describe, expect, it } from 'vitest';
import { cameraFrame, FrameError, type CameraState } from '../../../client/graph/camera-frame.ts';

const viewport = { width: 1000, height: 600 };
// Camera units per pixel at ratio 1; y is negative because camera y points up.
const unit = { x: 0.001, y: -0.001 };
const insets = { top: 50, right: 420, bottom: 40, left: 0 };
const padding = 30;

function toViewport(point: { x: number; y: number }, camera: CameraState) {
  return {
    x: viewport.width / 2 + (point.x - camera.x) / (unit.x * camera.ratio),
    y: viewport.height / 2 + (point.y - camera.y) / (unit.y * camera.ratio),
  };
}

function frame(points: { x: number; y: number }[], camera: CameraState) {
  return cameraFrame({
    points: points.map((point) => toViewport(point, camera)),
    camera,
    viewport,
    insets,
    unitsPerPixel: { x: unit.x * camera.ratio, y: unit.y * camera.ratio },
    padding,
    minRatio: 0.2,
    maxRatio: 8,
  });
}

function visible(point: { x: number; y: number }) {
  return (
    point.x >= insets.left + padding - 1e-6 &&
    point.x <= viewport.width - insets.right - padding + 1e-6 &&
    point.y >= insets.top + padding - 1e-6 &&
    point.y <= viewport.height - insets.bottom - padding + 1e-6
  );
}

describe('cameraFrame', () => {
  it('refuses to frame nothing or a viewport without area', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    expect(() => frame([], camera)).toThrow(FrameError);
    expect(() =>
      cameraFrame({
        points: [{ x: 1, y: 1 }],
        camera,
        viewport: { width: 0, height: 0 },
        insets,
        unitsPerPixel: unit,
        padding,
        minRatio: 0.1,
        maxRatio: 8,
      }),
    ).toThrow(FrameError);
  });

  it('brings two far-apart nodes, one of them under the side panel, into the visible area', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const nodes = [
      { x: 0.3, y: 0.6 },
      { x: 0.85, y: 0.45 },
    ];
    expect(nodes.map((node) => visible(toViewport(node, camera)))).toEqual([true, false]);
    const next = frame(nodes, camera);
    for (const node of nodes) expect(visible(toViewport(node, next))).toBe(true);
    // Fitted, not just shrunk: the pair spans the visible width less the padding.
    const [a, b] = nodes.map((node) => toViewport(node, next));
    expect(Math.abs(b!.x - a!.x)).toBeCloseTo(viewport.width - insets.right - insets.left - 2 * padding, 6);
  });

  it('zooms out to fit a spread-out path and in to fit a tight one, whatever the current camera', () => {
    const spread = [
      { x: -0.5, y: 0 },
      { x: 1.5, y: 1 },
      { x: 0.5, y: 2 },
    ];
    const tight = [
      { x: 0.5, y: 0.5 },
      { x: 0.52, y: 0.51 },
    ];
    for (const camera of [
      { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      { x: 3, y: -2, ratio: 0.3, angle: 0 },
    ]) {
      const out = frame(spread, camera);
      expect(out.ratio).toBeGreaterThan(1);
      for (const node of spread) expect(visible(toViewport(node, out))).toBe(true);
      const zoomIn = frame(tight, camera);
      expect(zoomIn.ratio).toBeLessThan(1);
      for (const node of tight) expect(visible(toViewport(node, zoomIn))).toBe(true);
    }
  });

  it('centres a single node in the visible area at no closer than the minimum ratio', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const next = frame([{ x: 0.9, y: 0.2 }], camera);
    expect(next.ratio).toBe(0.2);
    const seen = toViewport({ x: 0.9, y: 0.2 }, next);
    expect(seen.x).toBeCloseTo((insets.left + padding + viewport.width - insets.right - padding) / 2, 6);
    expect(seen.y).toBeCloseTo((insets.top + padding + viewport.height - insets.bottom - padding) / 2, 6);
  });
});
