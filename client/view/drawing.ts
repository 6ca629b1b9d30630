/**
 * Drawing.
 *
 * Canvas label drawers plugged into sigma. Curved edge labels are drawn as one string at the
 * curve's middle, along its tangent: @sigma/edge-curve places each character by Bézier
 * parameter, which is not arc length, so letters near the middle overlap ("INVITES" read
 * "IMTES"). Node labels of pinned nodes get a dark ring around the disc, the pin marker.
 */
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { drawDiscNodeLabel, type EdgeLabelDrawingFunction, type NodeLabelDrawingFunction } from 'sigma/rendering';

const PIN_COLOR = '#111827';

export const drawPinnedNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if ((data as { pinned?: boolean }).pinned) {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2.5, 0, Math.PI * 2);
    context.lineWidth = 2.5;
    context.strokeStyle = PIN_COLOR;
    context.stroke();
  }
  drawDiscNodeLabel(context, data, settings);
};

export const drawCurvedEdgeLabel: EdgeLabelDrawingFunction = (context, edgeData, source, target, settings) => {
  let label = edgeData.label;
  if (!label) return;
  const curvature = (edgeData as { curvature?: number }).curvature ?? DEFAULT_EDGE_CURVATURE;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  // The same control point as the curve program: the chord's middle, pushed sideways.
  const anchor = { x: (source.x + target.x) / 2 + dy * curvature, y: (source.y + target.y) / 2 - dx * curvature };
  const middle = { x: (source.x + 2 * anchor.x + target.x) / 4, y: (source.y + 2 * anchor.y + target.y) / 4 };
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
  context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
  const available = length - source.size - target.size;
  if (context.measureText(label).width > available) {
    while (label.length > 1 && context.measureText(`${label}…`).width > available) label = label.slice(0, -1);
    if (label.length < 3) return;
    label = `${label}…`;
  }
  context.save();
  context.translate(middle.x, middle.y);
  context.rotate(angle);
  context.fillStyle = settings.edgeLabelColor.attribute
    ? String((edgeData as Record<string, unknown>)[settings.edgeLabelColor.attribute] ?? settings.edgeLabelColor.color)
    : (settings.edgeLabelColor.color ?? '#000');
  context.textAlign = 'center';
  context.fillText(label, 0, -edgeData.size / 2 - 3);
  context.restore();
};
