/**
 * Explorer state.
 *
 * The one place that holds the view: the render graph and entity store, the display state the
 * reducers read (hover, selection, path, filters), pins, the shareable URL state, and the
 * actions panels call (select, expand, hide, pin, show a path, load a result). One emphasis at
 * a time: a new path clears the selection, a search clears the path. Panels and the graph view
 * subscribe to its change events; it never touches the DOM.
 */
import { api } from '../api/client.ts';
import { neighbourhood, type Emphasis } from '../graph/emphasis.ts';
import { importanceSizes, sizesFromScores, writeSizes, type SizeMetric } from '../graph/importance.ts';
import { computeScores, scoresInWorker } from '../graph/metrics-runner.ts';
import { WORKER_NODES } from '../graph/metrics.ts';
import { applyFilters, emptyFilters, type FilterState } from '../graph/filters.ts';
import { mergeEdges, mergeNodes, type MergeInput, type MergeResult, type Positions } from '../graph/merge-graph.ts';
import { emptyDisplayState, type DisplayState } from '../graph/reducers.ts';
import { createRenderGraph, createStore } from '../graph/types.ts';
import type { CameraState } from '../graph/camera-frame.ts';
import { decodeFilters, encodeFilters } from './filter-codec.ts';
import type { ViewState } from './view-state.ts';
import { emptyUrlState, replaceUrlState, type UrlState } from './url-state.ts';
import { nextTask } from '../ui/next-task.ts';

export type ChangeKind = 'graph' | 'selection' | 'display' | 'filters' | 'path' | 'focus' | 'pins' | 'appearance';

export interface ChangeEvent {
  kind: ChangeKind;
  merge?: MergeResult;
  /** A node the camera should move to. */
  focus?: string;
  /** The graph was replaced, not grown. */
  replaced?: boolean;
  /** A replaced graph keeps the positions it came with: no full layout run. */
  keepLayout?: boolean;
  /** New nodes without a saved position: the view settles them among the others. */
  settle?: string[];
  /** Nodes the camera should fit (a path, a search hit and its neighbours, a query result). */
  frame?: string[];
  /** Camera to restore instead of fitting the graph (a saved view). */
  camera?: CameraState;
}

export interface ViewMergeOptions {
  replace?: boolean;
  positions?: Positions;
  viewKey?: string;
  keepLayout?: boolean;
  /** Fit the camera to the merged nodes. */
  frame?: boolean;
  camera?: CameraState;
}

/** A merge's first half: the nodes it added, and whether its sizes wait for the metrics worker. */
interface NodesMerged {
  added: string[];
  costly: boolean;
}

export class Explorer {
  readonly graph = createRenderGraph();
  readonly store = createStore();
  readonly display: DisplayState = emptyDisplayState();
  filters: FilterState = emptyFilters();
  url: UrlState = emptyUrlState();
  /** The centrality node sizes follow. */
  sizeBy: SizeMetric = 'degree';
  /** Key under which the layout of the current view is saved. */
  viewKey = 'overview';
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  on(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    if (event.kind === 'graph' || event.kind === 'filters') this.refilter();
    for (const listener of this.listeners) listener(event);
  }

  setUrl(patch: Partial<UrlState>): void {
    this.url = { ...this.url, ...patch };
    replaceUrlState(this.url);
  }

  merge(json: MergeInput, options: ViewMergeOptions = {}): MergeResult {
    const merge = this.mergeEdges(json, this.mergeNodes(json, options));
    this.emit(this.graphEvent(json, options, merge));
    return merge;
  }

  /**
   * The same as merge, in steps the browser can run between: the nodes, then `between` (the app
   * waits for a drawn frame), the edges and sizes, then in the next task the view hears of it
   * (the filters, the restyle, the layout). At the 10k open one task of all of it was the page's
   * longest (200-400 ms), and the first frame drew 300 nodes and 2,774 edges at once.
   */
  async mergeInSteps(
    json: MergeInput,
    options: ViewMergeOptions = {},
    between: () => Promise<void> = nextTask,
  ): Promise<MergeResult> {
    const nodes = this.mergeNodes(json, options);
    await between();
    const merge = this.mergeEdges(json, nodes);
    await nextTask();
    this.emit(this.graphEvent(json, options, merge));
    return merge;
  }

  private mergeNodes(json: MergeInput, options: ViewMergeOptions): NodesMerged {
    if (options.replace) {
      this.graph.clear();
      this.display.path = null;
      this.display.selectedEdge = null;
      this.display.hovered = null;
      this.display.hoverEmphasis = null;
      this.filters = { ...this.filters, hiddenNodes: new Set() };
      if (options.viewKey) this.viewKey = options.viewKey;
    }
    // A costly centrality over a large view comes from the worker; until then, sizes by degree.
    const costly = this.sizeBy !== 'degree' && this.graph.order + json.nodes.length >= WORKER_NODES;
    return { added: mergeNodes(this.graph, this.store, json, { positions: options.positions }), costly };
  }

  private mergeEdges(json: MergeInput, nodes: NodesMerged): MergeResult {
    const sizeBy = nodes.costly ? 'degree' : this.sizeBy;
    const merge = mergeEdges(this.graph, this.store, json, { sizeBy }, nodes.added);
    if (nodes.costly) void this.resize();
    if (this.display.selectedNode && !this.graph.hasNode(this.display.selectedNode)) this.display.selectedNode = null;
    return merge;
  }

  private graphEvent(json: MergeInput, options: ViewMergeOptions, merge: MergeResult): ChangeEvent {
    return {
      kind: 'graph',
      merge,
      replaced: options.replace,
      keepLayout: options.keepLayout,
      settle: merge.addedNodes.filter((id) => !options.positions?.[id]),
      frame: options.frame ? json.nodes.map((node) => node.id) : undefined,
      camera: options.camera,
    };
  }

  selectNode(id: string | null, options: { focus?: boolean } = {}): void {
    this.display.selectedNode = id;
    this.display.selectedEdge = null;
    this.setUrl({ node: id, edge: null });
    this.emit({ kind: 'selection', focus: options.focus && id ? id : undefined });
  }

  selectEdge(id: string | null): void {
    this.display.selectedEdge = id;
    this.display.selectedNode = null;
    this.setUrl({ node: null, edge: id });
    this.emit({ kind: 'selection' });
  }

  setSizeBy(metric: SizeMetric): void {
    this.sizeBy = metric;
    this.setUrl({ size: metric === 'degree' ? null : metric });
    if (scoresInWorker(this.graph, metric)) {
      void this.resize();
      return;
    }
    importanceSizes.assign(this.graph, { metric });
    this.emit({ kind: 'appearance' });
  }

  /** Sizes from the metrics worker; an answer overtaken by a newer merge or metric is dropped. */
  private async resize(): Promise<void> {
    const metric = this.sizeBy;
    const scores = await computeScores(this.graph, metric).catch(() => null);
    if (!scores || metric !== this.sizeBy) return;
    writeSizes(this.graph, sizesFromScores(this.graph, scores));
    this.emit({ kind: 'appearance' });
  }

  isPinned(id: string): boolean {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'fixed') === true;
  }

  /** Pinned nodes keep their place: `fixed` is what ForceAtlas2 reads, so it lives on the graph. */
  setPinned(id: string, pinned: boolean): void {
    if (!this.graph.hasNode(id)) return;
    if (pinned) this.graph.setNodeAttribute(id, 'fixed', true);
    else this.graph.removeNodeAttribute(id, 'fixed');
    this.emit({ kind: 'pins' });
  }

  pinned(): string[] {
    return this.graph.filterNodes((node) => this.isPinned(node));
  }

  hover(id: string | null): void {
    this.display.hovered = id;
    this.display.hoverEmphasis = id ? neighbourhood(this.graph, id) : null;
    this.emit({ kind: 'display' });
  }

  /** Shows one emphasis (a path, an article's part of the graph) in place of the selection. */
  setPath(emphasis: Emphasis | null): void {
    this.display.path = emphasis;
    if (emphasis) {
      this.display.selectedNode = null;
      this.display.selectedEdge = null;
      this.setUrl({ node: null, edge: null });
    }
    this.emit({ kind: 'path', frame: emphasis ? [...emphasis.nodes] : undefined });
  }

  setFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
    this.display.filterMode = this.filters.mode;
    this.setUrl({ filters: encodeFilters(this.filters) });
    this.emit({ kind: 'filters' });
  }

  hideNode(id: string): void {
    this.setFilters({ hiddenNodes: new Set([...this.filters.hiddenNodes, id]) });
    if (this.display.selectedNode === id) this.selectNode(null);
  }

  async expand(id: string): Promise<MergeResult> {
    // The neighbours already on screen go last, so an expand of a drawn hub still adds something.
    const shown = this.graph.hasNode(id) ? this.graph.neighbors(id).slice(0, 200) : [];
    const json = await api.neighbours(id, { limit: 50, shown });
    return this.merge({ nodes: [json.node, ...json.nodes], edges: json.edges });
  }

  /**
   * Makes sure an entity is in the view (fetching its neighbourhood if not), then selects it in
   * place of any path shown.
   */
  async reveal(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) await this.expand(id);
    if (this.display.path) this.setPath(null);
    this.setUrl({ from: null, to: null });
    if (this.filters.hiddenNodes.has(id)) {
      this.setFilters({ hiddenNodes: new Set([...this.filters.hiddenNodes].filter((node) => node !== id)) });
    }
    this.selectNode(id, { focus: true });
  }

  /** Replaces the view with a saved one: same nodes, positions, pins, filters, emphasis, camera. */
  restoreView(state: ViewState, viewKey: string): void {
    this.display.selectedNode = null;
    this.sizeBy = state.appearance.sizeBy;
    this.merge(
      { nodes: state.nodes, edges: state.edges as MergeInput['edges'] },
      { replace: true, positions: state.positions, viewKey, keepLayout: true, camera: state.camera ?? undefined },
    );
    // After the merge: replacing the graph clears the hidden nodes.
    this.filters = decodeFilters(state.filters);
    for (const node of state.pins) if (this.graph.hasNode(node)) this.graph.setNodeAttribute(node, 'fixed', true);
    this.display.path = state.emphasis
      ? { nodes: new Set(state.emphasis.nodes), edges: new Set(state.emphasis.edges) }
      : null;
    this.url = { ...this.url, ...state.url };
    this.setFilters({});
    const { node, edge } = state.selection;
    if (edge && this.graph.hasEdge(edge)) this.selectEdge(edge);
    else this.selectNode(node && this.graph.hasNode(node) ? node : null);
  }

  private refilter(): void {
    this.display.filter = applyFilters(this.graph, this.store, this.filters);
    this.display.filterMode = this.filters.mode;
  }
}
