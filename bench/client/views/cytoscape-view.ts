/**
 * Cytoscape.js view (peer): all elements at once, as its docs show; fixed positions with the
 * `preset` layout, or its built-in force-directed `cose` layout with default options.
 */
import cytoscape, { type ElementDefinition } from 'peer-cytoscape';
import type { CompactGraph } from '../compact-graph.ts';
import { markFirstFrame, markLoaded, type BenchState } from '../probe.ts';

export function draw(container: HTMLElement, data: CompactGraph, state: BenchState): void {
  const elements: ElementDefinition[] = [];
  const fixed = data.x.length === data.ids.length;
  for (let i = 0; i < data.ids.length; i++) {
    elements.push({
      group: 'nodes',
      data: { id: data.ids[i], label: data.labels[i] },
      ...(fixed ? { position: { x: data.x[i]! * 10, y: data.y[i]! * 10 } } : {}),
    });
  }
  for (let e = 0; e < data.edges.length / 2; e++) {
    elements.push({
      group: 'edges',
      data: { id: `e${e}`, source: data.ids[data.edges[2 * e]!], target: data.ids[data.edges[2 * e + 1]!] },
    });
  }
  const cy = cytoscape({
    container,
    elements,
    layout: fixed ? { name: 'preset' } : { name: 'cose' },
    style: [
      { selector: 'node', style: { width: 6, height: 6, 'background-color': '#4e79a7' } },
      { selector: 'edge', style: { width: 0.5, 'line-color': '#ccc' } },
    ],
  });
  cy.one('render', () => {
    markFirstFrame(state);
    markLoaded(state);
  });
}
