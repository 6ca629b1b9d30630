/**
 * Figure rendering.
 *
 * The export images: the drawing as sigma shows it (for PNG, @sigma/export-image's canvas; for
 * SVG, the nodes, edges and labels sigma displays, read from its display data), with the legend
 * and source caption of figure.ts drawn in a band underneath.
 */
import type Sigma from 'sigma';
import { drawOnCanvas } from '@sigma/export-image';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.ts';
import { FIGURE, figureSvg, layoutFigure, type LegendEntry, type Scene } from './figure.ts';

type View = Sigma<NodeAttributes, EdgeAttributes>;

const FONT = `${FIGURE.font}px system-ui, sans-serif`;

function measurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = FONT;
  return (text) => context.measureText(text).width;
}

export async function figurePng(sigma: View, legend: LegendEntry[], caption: string): Promise<Blob> {
  const drawing = await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: '#ffffff' });
  const ratio = window.devicePixelRatio || 1;
  const width = drawing.width / ratio;
  const height = drawing.height / ratio;
  const layout = layoutFigure(legend, width, measurer());
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width;
  canvas.height = Math.ceil((height + layout.height) * ratio);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(drawing, 0, 0);
  context.scale(ratio, ratio);
  context.font = FONT;
  context.textBaseline = 'middle';
  const { swatch } = FIGURE;
  for (const { entry, x, y } of layout.items) {
    const top = height + y;
    context.fillStyle = entry.color;
    context.strokeStyle = entry.color;
    if (entry.shape === 'disc') {
      context.beginPath();
      context.arc(x + swatch / 2, top, swatch / 2, 0, Math.PI * 2);
      context.fill();
    } else {
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x, top);
      context.lineTo(x + swatch, top);
      context.stroke();
    }
    context.fillStyle = '#374151';
    context.fillText(entry.label, x + swatch + 6, top);
  }
  context.fillStyle = '#4b5563';
  context.fillText(caption, FIGURE.padding, height + layout.captionY, width - 2 * FIGURE.padding);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** What sigma shows, in viewport pixels: hidden nodes and edges left out, labels as displayed. */
function scene(sigma: View): Scene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labelled = sigma.getNodeDisplayedLabels();
  const at = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    return { ...sigma.framedGraphToViewport(data), r: sigma.scaleSize(data.size), data };
  };
  const nodes = graph.nodes().flatMap((node) => {
    const point = at(node);
    if (!point) return [];
    return [
      {
        x: point.x,
        y: point.y,
        r: point.r,
        color: point.data.color,
        label: labelled.has(node) ? point.data.label : null,
      },
    ];
  });
  const edges = graph.edges().flatMap((edge) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = at(graph.source(edge));
    const to = at(graph.target(edge));
    if (!data || data.hidden || !from || !to) return [];
    return [{ x1: from.x, y1: from.y, x2: to.x, y2: to.y, color: data.color, width: Math.max(1, data.size) }];
  });
  return { width, height, nodes, edges };
}

export function figureSvgOf(sigma: View, legend: LegendEntry[], caption: string): string {
  const drawn = scene(sigma);
  return figureSvg(drawn, layoutFigure(legend, drawn.width, measurer()), caption);
}
