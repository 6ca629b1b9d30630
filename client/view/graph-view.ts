/**
 * Graph view.
 *
 * The sigma renderer over the explorer's render graph: reducers turn the display state into
 * what is drawn (nothing visual is written to the graph), parallel edges use the curved arrow
 * program with labels drawn along the curve, labels follow a density grid and a size
 * threshold, edge labels show on hover, selection or when zoomed in. The camera frames what
 * an answer shows (a path, a search hit, a query result, an article) beside the side panel.
 * Nodes are dragged and then pinned; a right click opens the node menu (pin, expand, paths,
 * hide). The first drawing of a view runs the layout worker; later additions settle only the
 * new nodes, so the rest of the picture stays put. The toolbar offers layout, fit, zoom, reset.
 * At scale the view stays responsive: sigma follows graph changes incrementally (no full
 * refresh per merge), restyles render once per frame (a selection restyles only what it
 * changes), large views pick nodes on the CPU instead of reading pixels back from the GPU, draw
 * with programs that keep no picking layer (programs.ts), emphasise a hovered node only once the
 * pointer rests on it, and their camera jumps to a frame rather than animating there. What the
 * analyst chose while a view's first layout ran (a search hit) is framed again where it lands.
 */
import Sigma from 'sigma';
import { createNormalizationFunction, graphExtent } from 'sigma/utils';
import { cameraFrame, type CameraState } from '../graph/camera-frame.ts';
import { neighbourhood } from '../graph/emphasis.ts';
import { framedAfterLayout } from '../graph/layout-landing.ts';
import { SIZE_METRICS, type SizeMetric } from '../graph/importance.ts';
import { edgeDisplay, nodeDisplay } from '../graph/reducers.ts';
import { settle } from '../graph/settle.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { h } from '../dom.ts';
import type { Explorer } from '../state/explorer.ts';
import { filterChanges } from '../graph/filter-changes.ts';
import { selectionChanges, type Selection } from '../graph/selection-changes.ts';
import { drawsEdgeLabels, isLargeView } from '../graph/view-size.ts';
import { drawPinnedNodeLabel } from './drawing.ts';
import { LayoutControl, loadPins, loadPositions, savePositions } from './layout.ts';
import { mountNodeMenu } from './node-menu.ts';
import { pickNothingWhile, pickOnCpu } from './node-picking.ts';
import { LARGE_PROGRAMS, SMALL_PROGRAMS } from './programs.ts';

/** Beyond this many nodes a result is offered as a table before it is drawn. */
export const LARGE_VIEW_NODES = 2000;
/** Camera ratio under which every edge label is drawn. */
const EDGE_LABEL_RATIO = 0.45;
/** Pixels kept free around a framed answer. */
const FRAME_PADDING = 40;
/** Closest a frame zooms in, so one node does not fill the screen. */
const FRAME_MIN_RATIO = 0.25;
const FRAME_MS = 450;
const MAX_RATIO = 8;
/**
 * In a large view a hover's emphasis restyles every element and redraws the whole view, and so
 * does dropping it: it waits until the pointer rests on a node, so a pointer passing over nodes
 * (on its way to the side panel) costs nothing.
 */
const HOVER_REST_MS = 120;

export interface GraphView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  layout: LayoutControl;
  /** Animates the camera to fit these nodes (and their labels) into the visible canvas. */
  frame(nodes: string[]): Promise<void>;
  focus(node: string): void;
  fit(): void;
  /** Fits the current emphasis (a path or an article), else the whole graph. */
  frameEmphasis(): void;
  setCamera(state: CameraState): void;
  /** More (factor > 1) or fewer labels than the default density (the appearance panel's slider). */
  setLabelDensity(factor: number): void;
  kill(): void;
}

export interface GraphViewActions {
  expand(node: string): void;
  reset(): void;
  pathFrom(node: string): void;
}

/** How much of `box` (the canvas) `other` covers, per side, in pixels. */
function overlap(box: DOMRect, other: Element): { top: number; right: number; bottom: number } {
  const none = { top: 0, right: 0, bottom: 0 };
  if (!(other instanceof HTMLElement) || other.hidden || other.offsetParent === null) return none;
  const rect = other.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return none;
  if (rect.right <= box.left || rect.left >= box.right || rect.bottom <= box.top || rect.top >= box.bottom) return none;
  // A tall panel at the right edge (the sidebar over a narrow canvas) takes the right side;
  // bars along the top or bottom (toolbar, legend) take that side.
  if (rect.right >= box.right - 1 && rect.height > box.height / 2) return { ...none, right: box.right - rect.left };
  if (rect.top - box.top < box.height / 4) return { ...none, top: rect.bottom - box.top };
  return { ...none, bottom: box.bottom - rect.top };
}

export function mountGraphView(
  container: HTMLElement,
  toolbar: HTMLElement,
  explorer: Explorer,
  actions: GraphViewActions,
  covering: () => Element[] = () => [],
): GraphView {
  if (!(container instanceof HTMLElement)) throw new Error('GraphView: container should be an html element.');
  const { graph, display } = explorer;
  let large = false;
  let labelFactor = 1;
  /** The node being dragged, and where to draw it until it is dropped. */
  let dragged: string | null = null;
  let dragAt: { x: number; y: number } | null = null;
  /** The programs sigma draws with are the large view's (the first view's size is not known yet). */
  let largePrograms = true;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: true,
    // Edge events need the edges' picking layer, which sigma makes only when it starts.
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: LARGE_PROGRAMS.edges,
    nodeProgramClasses: LARGE_PROGRAMS.nodes,
    defaultDrawNodeLabel: drawPinnedNodeLabel,
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
    maxCameraRatio: MAX_RATIO,
    stagePadding: 60,
    nodeReducer: (node, attrs) => {
      const shown = nodeDisplay(node, attrs, display);
      return node === dragged && dragAt ? { ...shown, ...dragAt } : shown;
    },
    edgeReducer: (edge, attrs) => {
      const shown = edgeDisplay(graph, edge, attrs, display);
      return large ? { ...shown, type: 'line' } : shown;
    },
  });
  /** The programs of the view's size, once it has nodes (a small view's are compiled then). */
  const usePrograms = () => {
    if (largePrograms === large || graph.order === 0) return;
    largePrograms = large;
    const programs = large ? LARGE_PROGRAMS : SMALL_PROGRAMS;
    sigma.setSetting('nodeProgramClasses', programs.nodes);
    sigma.setSetting('edgeProgramClasses', programs.edges);
  };
  /**
   * Switches the cheap drawing on or off as the view grows or shrinks past LARGE_VIEW; true when
   * it switched, so every element is drawn with other programs.
   */
  const adaptToSize = (): boolean => {
    const edgeLabels = drawsEdgeLabels(graph.size);
    if (sigma.getSetting('renderEdgeLabels') !== edgeLabels) sigma.setSetting('renderEdgeLabels', edgeLabels);
    // Each setting re-indexes every element drawn (at the 10k open, five passes over 3,000 in the
    // first merge's task): an empty view takes the large view's settings, and a small first view,
    // cheap to re-index, switches back.
    const next = graph.order === 0 || isLargeView(graph.order, graph.size);
    const switched = next !== large;
    large = next;
    usePrograms();
    if (!switched) return false;
    sigma.setSetting('enableEdgeEvents', !large);
    sigma.setSetting('hideEdgesOnMove', large);
    sigma.setSetting('hideLabelsOnMove', large);
    sigma.setSetting('labelDensity', (large ? 0.3 : 0.9) * labelFactor);
    return true;
  };
  const setLabelDensity = (factor: number) => {
    labelFactor = factor;
    sigma.setSetting('labelDensity', (large ? 0.3 : 0.9) * factor);
    // Denser labels also reach smaller nodes.
    sigma.setSetting('labelRenderedSizeThreshold', 6 / factor);
  };
  adaptToSize();
  pickOnCpu(sigma as unknown as Sigma, () => large);
  /*
   * Panning sweeps the pointer over many nodes: a hover each would restyle the whole view (at 50k
   * edges a 300-700 ms frame each) and redraw sigma's highlighted nodes and edge labels, for
   * emphasis nobody asked for. While the background is dragged, no node is under the pointer.
   */
  const captor = sigma.getMouseCaptor();
  pickNothingWhile(sigma as unknown as Sigma, () => captor.isMouseDown && captor.draggedEvents > 0 && dragged === null);
  /*
   * A restyle (hover, selection, filters) re-runs the reducers at once, so what sigma reports as
   * drawn is current, and leaves the drawing to sigma's next frame: several changes in one frame
   * cost one render. Sigma follows graph events itself for what a merge adds or changes; of the
   * elements already drawn, a merge restyles those whose filter state it changed (the time
   * window's disputed and undated flags are computed over the whole view), not all of them.
   */
  /** The filter result and the selection the drawing was last styled with. */
  let styledFilter = display.filter;
  let styledSelection: Selection = { node: display.selectedNode, edge: display.selectedEdge };
  const scheduleRestyle = (index: boolean) => {
    styledFilter = display.filter;
    styledSelection = { node: display.selectedNode, edge: display.selectedEdge };
    if (index) sigma.refresh();
    else sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, schedule: true });
  };
  // After a merge: sigma restyles what the merge touched; the rest changes only with the filter.
  const restyleFilterChanges = () => {
    const changed = filterChanges(styledFilter, display.filter);
    styledFilter = display.filter;
    if (changed.nodes.length + changed.edges.length > 0) sigma.refresh({ partialGraph: changed, schedule: true });
  };
  const restyleSelection = () => {
    const selection = { node: display.selectedNode, edge: display.selectedEdge };
    const changed = selectionChanges(graph, styledSelection, selection);
    styledSelection = selection;
    if (changed.nodes.length + changed.edges.length > 0) sigma.refresh({ partialGraph: changed, schedule: true });
  };
  const layout = new LayoutControl(
    graph,
    () => explorer.viewKey,
    () => {
      const a = sigma.viewportToGraph({ x: 0, y: 0 });
      const b = sigma.viewportToGraph({ x: 100, y: 0 });
      return Math.abs(b.x - a.x) / 100 || 1;
    },
  );
  const camera = sigma.getCamera();
  const measure = document.createElement('canvas').getContext('2d');

  // Sigma cancels a running animation (e.g. a fit) only by starting another. Its promise is not
  // awaited: when the new animation ends inside the call (a slow tick), sigma 3 never resolves it.
  const setCamera = (state: CameraState) => {
    if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
    camera.setState(state);
  };

  /*
   * Where sigma draws graph points once it has processed the positions the graph holds now: its
   * normalisation and frame follow the nodes' extent, which it recomputes only in its next render.
   * Framing from the graph itself lets a layout's landing move the camera in the same render as the
   * nodes (one full redraw, not a second one a frame later for the camera).
   */
  const projection = () => {
    const extent = sigma.getCustomBBox() ?? graphExtent(graph);
    const normalise = createNormalizationFunction(extent);
    const override = {
      // The camera forces sigma to build the matrix from these dimensions, not reuse its last one.
      cameraState: camera.getState(),
      graphDimensions: { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 },
    };
    return {
      toViewport: (point: { x: number; y: number }) => sigma.framedGraphToViewport(normalise(point), override),
      override,
    };
  };

  const frame = async (nodes: string[]) => {
    const shown = nodes.filter((node) => graph.hasNode(node) && !display.filter?.nodes.has(node));
    if (shown.length === 0) return;
    const box = container.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const insets = { top: 0, right: 0, bottom: 0, left: 0 };
    for (const element of covering()) {
      const covered = overlap(box, element);
      insets.top = Math.max(insets.top, covered.top);
      insets.right = Math.max(insets.right, covered.right);
      insets.bottom = Math.max(insets.bottom, covered.bottom);
    }
    if (measure) measure.font = `500 13px ${sigma.getSetting('labelFont')}`;
    const project = projection();
    const points = shown.flatMap((node) => {
      const attrs = graph.getNodeAttributes(node);
      const at = project.toViewport({ x: attrs.x, y: attrs.y });
      const size = sigma.scaleSize(attrs.size);
      // The label runs to the right of the disc: frame it too, so no label is cut.
      const labelWidth = measure ? measure.measureText(attrs.label).width + 6 : 0;
      return [
        { x: at.x - size, y: at.y - size },
        { x: at.x + size + labelWidth, y: at.y + size },
      ];
    });
    const origin = sigma.viewportToFramedGraph({ x: 0, y: 0 }, project.override);
    const unit = sigma.viewportToFramedGraph({ x: 1, y: 1 }, project.override);
    const target = cameraFrame({
      points,
      camera: camera.getState(),
      viewport: { width: box.width, height: box.height },
      insets,
      unitsPerPixel: { x: unit.x - origin.x, y: unit.y - origin.y },
      padding: FRAME_PADDING,
      minRatio: FRAME_MIN_RATIO,
      maxRatio: MAX_RATIO,
    });
    // In a large view every frame of an animation redraws thousands of edges (with software
    // WebGL, each read back from the GPU): the camera jumps there in one frame instead.
    if (large) setCamera(target);
    else await camera.animate(target, { duration: FRAME_MS });
  };
  /** The view's first layout runs: its result is framed when it lands. */
  let fitAfterLayout = false;
  /** Before a view's first layout lands: the nodes the analyst last asked to see, shown again when it does. */
  let askedDuringLayout: string[] | null = null;
  /** Frames what an answer (a search hit, a path, a result) shows. */
  const frameAsked = (nodes: string[]) => {
    if (fitAfterLayout) askedDuringLayout = nodes;
    void frame(nodes);
  };
  const focus = (node: string) => frameAsked([...neighbourhood(graph, node).nodes]);
  const fit = () => void frame(graph.nodes());
  const frameEmphasis = () => void frame(display.path ? [...display.path.nodes] : graph.nodes());

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    clearTimeout(hoverTimer);
    if (large) hoverTimer = setTimeout(() => graph.hasNode(node) && explorer.hover(node), HOVER_REST_MS);
    else explorer.hover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    clearTimeout(hoverTimer);
    if (display.hovered !== null) explorer.hover(null);
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

  /*
   * Drag: the node follows the pointer; once moved it is pinned and the drawing saved. While it
   * moves only the node and its edges are redrawn, and the graph gets the position on drop: a
   * graph write on every move made sigma re-index the whole view each time (at 50k edges, frames
   * of 300-700 ms).
   */
  let moved = false;
  sigma.on('downNode', ({ node, event }) => {
    // A press acts on the node: no emphasis frame in the middle of a click.
    clearTimeout(hoverTimer);
    if (event.original instanceof MouseEvent && event.original.button !== 0) return;
    dragged = node;
    moved = false;
    // Keep the frame still while dragging, or the graph rescales under the pointer.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    const at = sigma.viewportToGraph(event);
    dragAt = { x: at.x, y: at.y };
    sigma.refresh({
      partialGraph: { nodes: [dragged], edges: graph.edges(dragged) },
      skipIndexation: true,
      schedule: true,
    });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (!dragged) return;
    const node = dragged;
    dragged = null;
    const at = dragAt;
    dragAt = null;
    if (moved && at) graph.mergeNodeAttributes(node, at);
    sigma.setCustomBBox(null);
    if (!moved) return;
    explorer.setPinned(node, true);
    savePositions(explorer.viewKey, graph);
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);

  const menu = mountNodeMenu(container, explorer, {
    expand: actions.expand,
    pathFrom: actions.pathFrom,
    pinned: () => savePositions(explorer.viewKey, graph),
  });
  sigma.on('rightClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    event.original.preventDefault();
    menu.open(node, event.x, event.y);
  });
  sigma.on('clickStage', () => menu.close());
  sigma.on('rightClickStage', () => menu.close());

  // Escape closes what is open (node menu, toolbar menus), then clears the selection.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const open = [...document.querySelectorAll<HTMLDetailsElement>('details.menu[open]')];
    if (!menu.isOpen() && open.length === 0) {
      const target = event.target as HTMLElement | null;
      if (target?.matches('input, textarea, select, [contenteditable]')) return;
      explorer.selectNode(null);
      return;
    }
    menu.close();
    for (const details of open) details.open = false;
  };
  document.addEventListener('keydown', onKey);

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (state) => {
    const show = state.ratio < EDGE_LABEL_RATIO;
    if (show !== display.edgeLabels) {
      display.edgeLabels = show;
      scheduleRestyle(false);
    }
    menu.close();
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => explorer.setUrl({ camera: camera.getState() }), 250);
  });

  explorer.on((event) => {
    if (event.kind === 'graph') {
      const fresh = event.merge?.addedNodes.length ?? 0;
      // Nothing new (an expand whose neighbours are all drawn): no re-index, no layout.
      if (!event.replaced && fresh === 0 && (event.merge?.addedEdges.length ?? 0) === 0) {
        if (event.focus) focus(event.focus);
        if (event.frame) frameAsked(event.frame);
        return;
      }
      const switched = adaptToSize();
      if (event.replaced) {
        for (const node of loadPins(explorer.viewKey)) if (graph.hasNode(node)) explorer.setPinned(node, true);
        const saved = loadPositions(explorer.viewKey);
        const allSaved = graph.order > 0 && graph.everyNode((node) => !!saved[node]);
        askedDuringLayout = null;
        if (fresh > 0 && !event.keepLayout && !allSaved) {
          layout.start(graph.order > 500 ? 6000 : 2500);
          fitAfterLayout = true;
        }
      } else if (event.settle && event.settle.length > 0 && !layout.isRunning()) {
        // Only what this merge added moves; the rest of the picture stays where it was.
        settle.assign(graph, event.settle, graph.order > 1000 ? 20 : 60);
        savePositions(explorer.viewKey, graph);
      }
      if (event.replaced || switched) scheduleRestyle(false);
      else restyleFilterChanges();
      // Framed from the graph's new positions, so the camera moves in the render that draws the merge.
      if (event.camera) setCamera(event.camera);
      else if (event.frame) frameAsked(event.frame);
      else if (event.replaced) fit();
      if (event.focus) focus(event.focus);
      return;
    } else if (event.kind === 'selection') {
      restyleSelection();
      if (event.frame) frameAsked(event.frame);
    } else {
      // New sizes need sigma's index rebuilt; the other changes only restyle.
      scheduleRestyle(event.kind === 'appearance');
      if (event.frame) frameAsked(event.frame);
    }
    if (event.focus) focus(event.focus);
  });

  const layoutButton = h('button', { type: 'button', title: 'Run or stop the ForceAtlas2 layout' }, 'Start layout');
  layoutButton.addEventListener('click', () => layout.toggle());
  layout.onChange((running) => {
    layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
    layoutButton.setAttribute('aria-pressed', String(running));
    if (running) return;
    // The first layout of a view moves every node: frame the result, not the starting spiral, in
    // the render that draws the new positions; what the analyst chose meanwhile stays in view.
    if (fitAfterLayout) void frame(framedAfterLayout(graph, askedDuringLayout));
    fitAfterLayout = false;
    askedDuringLayout = null;
  });
  const sizeLabels: Record<SizeMetric, string> = {
    degree: 'Size: degree',
    pagerank: 'Size: PageRank',
    betweenness: 'Size: betweenness',
  };
  const sizeSelect = h(
    'select',
    { 'aria-label': 'Size nodes by', title: 'Size nodes by a centrality' },
    SIZE_METRICS.map((metric) => h('option', { value: metric }, sizeLabels[metric])),
  );
  sizeSelect.addEventListener('change', () => explorer.setSizeBy(sizeSelect.value as SizeMetric));
  explorer.on((event) => {
    if (event.kind === 'appearance') sizeSelect.value = explorer.sizeBy;
  });
  toolbar.append(
    layoutButton,
    sizeSelect,
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
    frame,
    focus,
    fit,
    frameEmphasis,
    setCamera,
    setLabelDensity,
    kill: () => {
      clearTimeout(hoverTimer);
      layout.kill();
      menu.close();
      document.removeEventListener('keydown', onKey);
      sigma.kill();
    },
  };
}
