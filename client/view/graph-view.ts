/**
 * Graph view.
 *
 * The sigma renderer over the explorer's render graph: reducers turn the display state into
 * what is drawn (nothing visual is written to the graph), parallel edges use the curved arrow
 * program, labels follow a density grid and a size threshold, edge labels show on hover,
 * selection or when zoomed in. Hover, click, double-click (expand) and the layout worker are
 * wired here; the toolbar offers layout start/stop, fit, zoom and reset.
 */
import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeLineProgram, NodePointProgram, type EdgeProgramType } from 'sigma/rendering';
import { edgeDisplay, nodeDisplay } from '../graph/reducers.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { h } from '../dom.ts';
import type { Explorer } from '../state/explorer.ts';
import { isLargeView } from '../graph/view-size.ts';
import { LayoutControl, loadPositions } from './layout.ts';

/** Beyond this many nodes a result is offered as a table before it is drawn. */
export const LARGE_VIEW_NODES = 2000;
/** Camera ratio under which every edge label is drawn. */
const EDGE_LABEL_RATIO = 0.45;
export interface GraphView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  layout: LayoutControl;
  focus(node: string): void;
  fit(): void;
  kill(): void;
}

export function mountGraphView(
  container: HTMLElement,
  toolbar: HTMLElement,
  explorer: Explorer,
  actions: { expand(node: string): void; reset(): void },
): GraphView {
  if (!(container instanceof HTMLElement)) throw new Error('GraphView: container should be an html element.');
  const { graph, display } = explorer;
  let large = false;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
      thin: EdgeLineProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
    },
    nodeProgramClasses: { point: NodePointProgram },
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.9,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#4b5563' },
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    stagePadding: 60,
    nodeReducer: (node, attrs) => {
      const shown = nodeDisplay(node, attrs, display);
      return large ? { ...shown, type: 'point' } : shown;
    },
    edgeReducer: (edge, attrs) => {
      const shown = edgeDisplay(graph, edge, attrs, display);
      return large ? { ...shown, type: 'thin' } : shown;
    },
  });
  // Switches the cheap drawing on or off as the view grows or shrinks past LARGE_VIEW.
  const adaptToSize = () => {
    const next = isLargeView(graph.order, graph.size);
    if (next === large) return;
    large = next;
    sigma.setSetting('enableEdgeEvents', !large);
    sigma.setSetting('hideEdgesOnMove', large);
    sigma.setSetting('hideLabelsOnMove', large);
    sigma.setSetting('labelDensity', large ? 0.3 : 0.9);
  };
  adaptToSize();
  const layout = new LayoutControl(
    graph,
    () => explorer.viewKey,
    () => {
      const a = sigma.viewportToGraph({ x: 0, y: 0 });
      const b = sigma.viewportToGraph({ x: 100, y: 0 });
      return Math.abs(b.x - a.x) / 100 || 1;
    },
  );

  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    explorer.hover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    explorer.hover(null);
  });
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  sigma.on('clickNode', ({ node }) => explorer.selectNode(node));
  sigma.on('clickEdge', ({ edge }) => explorer.selectEdge(edge));
  sigma.on('clickStage', () => explorer.selectNode(null));
  sigma.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    actions.expand(event.node);
  });
  sigma.getCamera().on('updated', ({ ratio }) => {
    const show = ratio < EDGE_LABEL_RATIO;
    if (show !== display.edgeLabels) {
      display.edgeLabels = show;
      sigma.refresh({ skipIndexation: true });
    }
  });

  const focus = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    sigma
      .getCamera()
      .animate({ x: data.x, y: data.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
  };
  // Small results would be stretched to the corners (labels cut off): show them zoomed out.
  const fit = () =>
    sigma.getCamera().animate({ x: 0.5, y: 0.5, angle: 0, ratio: graph.order < 6 ? 1.8 : 1 }, { duration: 300 });

  explorer.on((event) => {
    if (event.kind === 'graph') {
      const fresh = event.merge?.addedNodes.length ?? 0;
      // Nothing new (an expand whose neighbours are all drawn): no re-index, no layout.
      if (!event.replaced && fresh === 0 && (event.merge?.addedEdges.length ?? 0) === 0) {
        if (event.focus) focus(event.focus);
        return;
      }
      adaptToSize();
      const saved = loadPositions(explorer.viewKey);
      const allSaved = graph.order > 0 && graph.everyNode((node) => !!saved[node]);
      if (fresh > 0 && !event.keepLayout && !(event.replaced && allSaved))
        layout.start(graph.order > 500 ? 6000 : 2500);
      if (event.replaced) fit();
      sigma.refresh();
    } else {
      sigma.refresh({ skipIndexation: true });
    }
    if (event.focus) focus(event.focus);
  });

  const layoutButton = h('button', { type: 'button', title: 'Run or stop the ForceAtlas2 layout' }, 'Start layout');
  layoutButton.addEventListener('click', () => layout.toggle());
  layout.onChange((running) => {
    layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
    layoutButton.setAttribute('aria-pressed', String(running));
    if (!running) sigma.refresh();
  });
  const camera = sigma.getCamera();
  toolbar.append(
    layoutButton,
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom in',
        'aria-label': 'Zoom in',
        onclick: () => camera.animatedZoom({ duration: 200 }),
      },
      '+',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom out',
        'aria-label': 'Zoom out',
        onclick: () => camera.animatedUnzoom({ duration: 200 }),
      },
      '−',
    ),
    h('button', { type: 'button', title: 'Fit the whole graph', onclick: fit }, 'Fit'),
    h(
      'button',
      { type: 'button', title: 'Reload the overview and clear hidden nodes', onclick: actions.reset },
      'Reset view',
    ),
  );

  return {
    sigma,
    layout,
    focus,
    fit,
    kill: () => {
      layout.kill();
      sigma.kill();
    },
  };
}
